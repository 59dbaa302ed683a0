import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * A client that sends its upload in several writes must get the 401 it needs to refresh its
 * token, not a broken pipe: the server reads (and discards) the body within the size limit.
 */
describe('POST /files refused before the body is read', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('anonymous upload sent in 64 KiB chunks: every write succeeds and the answer is 401', async () => {
    const { port } = new URL(server.url);
    const boundary = '----rt-boundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const payload = Buffer.alloc(3 * 1024 * 1024, 7);
    const body = Buffer.concat([Buffer.from(head), payload, Buffer.from(tail)]);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((r) => socket.once('connect', () => r()));
    let response = '';
    let socketError: Error | null = null;
    socket.on('data', (d) => {
      response += d.toString();
    });
    socket.on('error', (err) => {
      socketError = err;
    });
    socket.write(
      `POST /files HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
        `Content-Length: ${body.length}\r\n\r\n`,
    );
    let closedEarly = false;
    socket.once('close', () => {
      closedEarly = true;
    });
    for (let off = 0; off < body.length && !socketError && !socket.destroyed; off += 64 * 1024) {
      await new Promise<void>((resolve) => {
        socket.write(body.subarray(off, off + 64 * 1024), () => resolve());
        setTimeout(resolve, 1000);
      });
      await new Promise((r) => setTimeout(r, 5));
    }
    const sentAll = !socket.destroyed && !closedEarly;
    await new Promise((r) => setTimeout(r, 300));
    socket.end();
    if (!socket.destroyed)
      await Promise.race([new Promise((r) => socket.once('close', r)), new Promise((r) => setTimeout(r, 2000))]);
    expect(sentAll).toBe(true);
    expect(socketError).toBeNull();
    expect(response).toMatch(/^HTTP\/1\.1 401/);
    expect(response).toContain('UNAUTHENTICATED');
  });
});
