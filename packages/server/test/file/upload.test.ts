import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/db/seed/demo.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, login, type World } from '../helpers/world.js';
import { filesUnder, sha256, tinyJpeg, tinyPdf, tinyPng, upload } from './fixtures.js';

const MAX = 4096;

describe('files over HTTP: POST /files and GET /files/:id', () => {
  let server: TestServer;
  let w: World;
  let uploadDir: string;
  let resident2: string;

  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'rt-uploads-'));
    server = await startTestServer({ UPLOAD_DIR: uploadDir, FILE_MAX_BYTES: String(MAX) });
    w = await buildWorld(server);
    resident2 = await login(server, DEMO_ACCOUNTS.resident2);
  });
  afterAll(async () => {
    // App.close() cuts connections left once no request is in flight (an upload refused before
    // its body was read used to hold fastify.close() open until the keep-alive timeout).
    await server.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  /** GET /files/:id, the body read at once (an unread fetch body keeps its connection busy). */
  const get = async (id: string, token: string | undefined, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}/files/${id}`, {
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, json: () => JSON.parse(bytes.toString('utf8')) };
  };
  const storageKeyOf = async (id: string) =>
    (await server.db.dataSource.query('SELECT storageKey FROM file WHERE id = ?', [id]))[0]?.storageKey as
      | string
      | undefined;

  it('resident: uploads a real PNG, gets 201 with the detected type, size and hash, stored under yyyy/mm/<id>', async () => {
    const png = tinyPng(2, 2);
    const r = await upload(server.url, w.tokens.resident, png, '楼道积水.png', 'image/png');
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      mime: 'image/png',
      size: png.length,
      sha256: sha256(png),
      originalName: '楼道积水.png',
    });
    const key = await storageKeyOf(String(r.body.id));
    const now = new Date();
    expect(key).toBe(`${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${r.body.id}`);
    expect(filesUnder(uploadDir)).toContain(join(...(key as string).split('/')));
  });

  it('resident: uploads a JPEG declared as octet-stream with a .bin name: the type comes from the bytes', async () => {
    const jpeg = tinyJpeg();
    const r = await upload(server.url, w.tokens.resident, jpeg, 'IMG_0001.bin', 'application/octet-stream');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ mime: 'image/jpeg', size: jpeg.length, sha256: sha256(jpeg) });
  });

  it('staff: uploads a PDF', async () => {
    const pdf = tinyPdf();
    const r = await upload(server.url, w.tokens.boxue, pdf, '整改通知.pdf', 'application/pdf');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ mime: 'application/pdf', size: pdf.length });
  });

  it('rejects a text file renamed .png with 415 UNSUPPORTED_FILE_TYPE and keeps nothing', async () => {
    const before = filesUnder(uploadDir);
    const r = await upload(server.url, w.tokens.resident, 'just some notes\n', 'photo.png', 'image/png');
    expect(r.status).toBe(415);
    expect(r.body).toEqual({ error: 'UNSUPPORTED_FILE_TYPE', message: expect.any(String) });
    expect(filesUnder(uploadDir)).toEqual(before);
  });

  it('rejects an HTML payload declared as image/png (415)', async () => {
    const html = '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>';
    const r = await upload(server.url, w.tokens.resident, html, 'cat.png', 'image/png');
    expect(r.status).toBe(415);
    expect(r.body.error).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('rejects an SVG (XML) even when it calls itself an image', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>';
    const r = await upload(server.url, w.tokens.resident, svg, 'x.svg', 'image/svg+xml');
    expect(r.status).toBe(415);
  });

  it('rejects a file over FILE_MAX_BYTES with 413 FILE_TOO_LARGE and leaves nothing in UPLOAD_DIR', async () => {
    const before = filesUnder(uploadDir);
    const big = Buffer.concat([tinyPng(), Buffer.alloc(MAX)]);
    const r = await upload(server.url, w.tokens.resident, big, 'big.png', 'image/png');
    expect(r.status).toBe(413);
    expect(r.body).toEqual({ error: 'FILE_TOO_LARGE', message: expect.any(String) });
    expect(filesUnder(uploadDir)).toEqual(before);
    const rows = await server.db.dataSource.query('SELECT id FROM file WHERE originalName = ?', ['big.png']);
    expect(rows).toHaveLength(0);
  });

  it('accepts a file of exactly FILE_MAX_BYTES', async () => {
    const png = tinyPng();
    const exact = Buffer.concat([png, Buffer.alloc(MAX - png.length)]);
    const r = await upload(server.url, w.tokens.resident, exact, 'exact.png', 'image/png');
    expect(r.status).toBe(201);
    expect(r.body.size).toBe(MAX);
  });

  it('anonymous: 401 UNAUTHENTICATED, nothing stored; a bad token is 401 too', async () => {
    const before = filesUnder(uploadDir);
    const r = await upload(server.url, undefined, tinyPng(), 'a.png', 'image/png');
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: 'UNAUTHENTICATED', message: expect.any(String) });
    const bad = await upload(server.url, 'not-a-token', tinyPng(), 'a.png', 'image/png');
    expect(bad.status).toBe(401);
    expect(bad.body.error).toBe('UNAUTHENTICATED');
    expect(filesUnder(uploadDir)).toEqual(before);
  });

  it('rejects a part not named `file`, a JSON body and an empty file with 400', async () => {
    const wrong = await upload(server.url, w.tokens.resident, tinyPng(), 'a.png', 'image/png', 'photo');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('BAD_USER_INPUT');
    const json = await fetch(`${server.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.tokens.resident}`, 'content-type': 'application/json' },
      body: '{"file":"x"}',
    });
    expect(json.status).toBe(400);
    const empty = await upload(server.url, w.tokens.resident, Buffer.alloc(0), 'empty.png', 'image/png');
    expect(empty.status).toBe(400);
    expect(empty.body.error).toBe('EMPTY_FILE');
  });

  it('sanitises the original name: no path, no control characters, at most 200 characters', async () => {
    const r = await upload(server.url, w.tokens.resident, tinyPng(), '..\\..\\evil\u202e<x>.png', 'image/png');
    expect(r.status).toBe(201);
    expect(r.body.originalName).toBe('evil_x_.png');
    const long = await upload(server.url, w.tokens.resident, tinyPng(), `${'长'.repeat(300)}.png`, 'image/png');
    expect(long.status).toBe(201);
    expect(Array.from(String(long.body.originalName))).toHaveLength(200);
  });

  it('owner: GET returns the identical bytes with safe serving headers', async () => {
    const png = tinyPng(3, 1);
    const { body } = await upload(server.url, w.tokens.resident, png, '单元门 坏了.png', 'image/png');
    const res = await get(String(body.id), w.tokens.resident);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('单元门 坏了.png')}`,
    );
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(res.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(res.headers.get('etag')).toBe(`"${sha256(png)}"`);
    expect(res.headers.get('content-length')).toBe(String(png.length));
    expect(res.bytes.equals(png)).toBe(true);
  });

  it('owner: a PDF is served as an attachment', async () => {
    const pdf = tinyPdf();
    const { body } = await upload(server.url, w.tokens.boxue, pdf, 'notice.pdf', 'application/pdf');
    const res = await get(String(body.id), w.tokens.boxue);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''notice.pdf");
    expect(res.bytes.equals(pdf)).toBe(true);
  });

  it('owner: If-None-Match with the ETag gets 304 and no body', async () => {
    const png = tinyPng(1, 2);
    const { body } = await upload(server.url, w.tokens.resident, png, 'a.png', 'image/png');
    const res = await get(String(body.id), w.tokens.resident, { 'if-none-match': `"${sha256(png)}"` });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(`"${sha256(png)}"`);
    expect(res.bytes.length).toBe(0);
    const stale = await get(String(body.id), w.tokens.resident, { 'if-none-match': `"${'0'.repeat(64)}"` });
    expect(stale.status).toBe(200);
  });

  it('another resident: 404 NOT_FOUND, the same as for an id that does not exist', async () => {
    const { body } = await upload(server.url, w.tokens.resident, tinyPng(), 'mine.png', 'image/png');
    const other = await get(String(body.id), resident2);
    expect(other.status).toBe(404);
    const otherBody = other.json();
    const missing = await get('01900000-0000-7000-8000-000000000000', resident2);
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual(otherBody);
    expect(otherBody).toEqual({ error: 'NOT_FOUND', message: 'File not found' });
    // An ETag guess does not reveal existence either.
    const probe = await get(String(body.id), resident2, { 'if-none-match': '*' });
    expect(probe.status).toBe(404);
  });

  it('staff: 404 for a resident file that is not attached to anything they can see', async () => {
    const { body } = await upload(server.url, w.tokens.resident, tinyPng(), 'mine.png', 'image/png');
    expect((await get(String(body.id), w.tokens.boxue)).status).toBe(404);
    expect((await get(String(body.id), w.tokens.system)).status).toBe(404);
  });

  it('anonymous: GET is 401; a malformed id is 404', async () => {
    const { body } = await upload(server.url, w.tokens.resident, tinyPng(), 'mine.png', 'image/png');
    const anon = await get(String(body.id), undefined);
    expect(anon.status).toBe(401);
    expect(anon.json()).toMatchObject({ error: 'UNAUTHENTICATED' });
    expect((await get('..%2F..%2Fetc%2Fpasswd', w.tokens.resident)).status).toBe(404);
  });

  it('staff: may read a file attached to a record when the registered read rule of that record says so', async () => {
    const files = server.app.services.files;
    const { body } = await upload(server.url, w.tokens.resident, tinyPng(), 'attached.png', 'image/png');
    const id = String(body.id);
    const boxueStaff = w.user.boxue;
    files.registerReadRule(
      'HttpTestThing',
      async (viewer, attachedId) => attachedId === 'thing-1' && viewer.userId === boxueStaff,
    );
    await server.db.dataSource.transaction((m) => files.attach(m, [id], 'HttpTestThing', 'thing-1'));
    expect((await get(id, w.tokens.boxue)).status).toBe(200);
    expect((await get(id, w.tokens.greentown)).status).toBe(404);
    expect((await get(id, resident2)).status).toBe(404);
    expect((await get(id, w.tokens.resident)).status).toBe(200);
  });
});
