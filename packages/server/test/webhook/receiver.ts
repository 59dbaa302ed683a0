/** A local webhook receiver for tests: records each request and answers with the status it is told. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

export async function startReceiver(answers: number[] = []) {
  const received: Received[] = [];
  const waiting: (() => void)[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answers.shift() ?? 200;
      res.end(res.statusCode >= 300 ? 'receiver is down' : 'ok');
      for (const w of waiting.splice(0)) w();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** Resolves once `n` requests have arrived. */
    async until(n: number, timeoutMs = 5000) {
      const started = Date.now();
      while (received.length < n) {
        if (Date.now() - started > timeoutMs) throw new Error(`receiver: ${received.length} of ${n} requests`);
        await new Promise<void>((r) => {
          waiting.push(r);
          setTimeout(r, 100);
        });
      }
      return received;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
