import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer } from '../../src/auth/viewer.js';
import { DomainError } from '../../src/common/errors.js';
import { detectMime, sanitiseFileName } from '../../src/modules/file/file.content.js';
import { FileService } from '../../src/modules/file/file.service.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';
import { filesUnder, tinyJpeg, tinyPdf, tinyPng } from './fixtures.js';

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'OK';
  } catch (err) {
    if (err instanceof DomainError) return `${err.code}${err.options.field ? `:${err.options.field}` : ''}`;
    if (err instanceof Error && 'code' in err) return String((err as { code: unknown }).code);
    throw err;
  }
};

describe('FileService: attaching, purging, limits', () => {
  let server: TestServer;
  let w: World;
  let uploadDir: string;
  let files: FileService;
  let alice: Viewer;
  let bob: Viewer;

  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'rt-files-svc-'));
    server = await startTestServer({ UPLOAD_DIR: uploadDir });
    w = await buildWorld(server);
    files = server.app.services.files;
    alice = new Viewer(w.user.resident, 'alice', 'fam-a', []);
    bob = new Viewer(w.user.xingyiResident, 'bob', 'fam-b', []);
  });
  afterAll(async () => {
    await server.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  const store = (viewer: Viewer, bytes: Buffer = tinyPng(), name = 'p.png', svc = files) =>
    svc.store(viewer, { filename: name, stream: Readable.from([bytes]) });

  it('assertAttachable: accepts the viewer’s own unattached files, in the given order', async () => {
    const a = await store(alice);
    const b = await store(alice, tinyJpeg(), 'j.jpg');
    const got = await files.assertAttachable(alice, [b.id, a.id]);
    expect(got.map((f) => f.id)).toEqual([b.id, a.id]);
    expect(await files.assertAttachable(alice, [])).toEqual([]);
  });

  it('assertAttachable: another user’s file or an unknown id is NOT_FOUND', async () => {
    const mine = await store(alice);
    expect(await codeOf(files.assertAttachable(bob, [mine.id]))).toBe('NOT_FOUND');
    expect(await codeOf(files.assertAttachable(alice, ['01900000-0000-7000-8000-000000000000']))).toBe('NOT_FOUND');
    expect(await codeOf(files.assertAttachable(alice, ['not-an-id']))).toBe('NOT_FOUND');
  });

  it('assertAttachable: more than 9, duplicates, already attached or a refused type are BAD_USER_INPUT on photoFileIds', async () => {
    const many = await Promise.all(Array.from({ length: 10 }, () => store(alice)));
    const ids = many.map((f) => f.id);
    expect(await codeOf(files.assertAttachable(alice, ids))).toBe('BAD_USER_INPUT:photoFileIds');
    expect(await codeOf(files.assertAttachable(alice, ids.slice(0, 9)))).toBe('OK');
    expect(await codeOf(files.assertAttachable(alice, [ids[0] as string, ids[0] as string]))).toBe(
      'BAD_USER_INPUT:photoFileIds',
    );
    await server.db.dataSource.transaction((m) => files.attach(m, [ids[1] as string], 'Ticket', 't-1'));
    expect(await codeOf(files.assertAttachable(alice, [ids[1] as string]))).toBe('BAD_USER_INPUT:photoFileIds');
    const pdf = await store(alice, tinyPdf(), 'a.pdf');
    expect(
      await codeOf(files.assertAttachable(alice, [pdf.id], { accept: ['image/png', 'image/jpeg'], field: 'photos' })),
    ).toBe('BAD_USER_INPUT:photos');
  });

  it('attach: inside the caller’s transaction (rolled back with it); attaching twice is a CONFLICT', async () => {
    const f = await store(alice);
    const ds = server.db.dataSource;
    await expect(
      ds.transaction(async (m) => {
        await files.attach(m, [f.id], 'Ticket', 't-rollback');
        throw new Error('the ticket insert failed');
      }),
    ).rejects.toThrow('the ticket insert failed');
    expect((await files.assertAttachable(alice, [f.id])).length).toBe(1);

    await ds.transaction((m) => files.attach(m, [f.id], 'Ticket', 't-2'));
    expect((await files.attachedTo('Ticket', 't-2')).map((x) => x.id)).toEqual([f.id]);
    expect(await codeOf(ds.transaction((m) => files.attach(m, [f.id], 'Ticket', 't-3')))).toBe('CONFLICT');
    expect(await files.attachedTo('Ticket', 't-3')).toEqual([]);
  });

  it('purgeUnattached: deletes rows and bytes of unattached files older than a day, keeps the rest', async () => {
    const ds = server.db.dataSource;
    const old = await store(alice, tinyPng(2, 2), 'old.png');
    const oldAttached = await store(alice, tinyPng(2, 3), 'old-attached.png');
    const fresh = await store(alice, tinyPng(3, 3), 'fresh.png');
    await ds.transaction((m) => files.attach(m, [oldAttached.id], 'Ticket', 't-old'));
    await ds.query('UPDATE file SET createdAt = ? WHERE id IN (?, ?)', ['2020-01-01 00:00:00', old.id, oldAttached.id]);
    const removed = await files.purgeUnattached();
    expect(removed).toBeGreaterThanOrEqual(1);
    const left = (await ds.query('SELECT id FROM file')).map((r: { id: string }) => r.id);
    expect(left).not.toContain(old.id);
    expect(left).toContain(oldAttached.id);
    expect(left).toContain(fresh.id);
    const onDisk = filesUnder(uploadDir).map((p) => p.split(/[/\\]/).pop());
    expect(onDisk).not.toContain(old.id);
    expect(onDisk).toContain(oldAttached.id);
    expect(onDisk).toContain(fresh.id);
  });

  it('store: refuses more pending uploads than the per-user limit (429), leaving nothing on disk', async () => {
    const small = new FileService(server.db.dataSource, { uploadDir, maxBytes: 1024, maxPendingPerUser: 1 });
    const bobFirst = await store(bob, tinyPng(), 'b.png', small);
    expect(bobFirst.ownerId).toBe(bob.userId);
    const before = filesUnder(uploadDir);
    expect(await codeOf(store(bob, tinyPng(), 'b2.png', small))).toBe('TOO_MANY_PENDING_FILES');
    expect(
      await codeOf(
        store(
          alice,
          Buffer.alloc(2048, 1),
          'big.png',
          new FileService(server.db.dataSource, { uploadDir, maxBytes: 1024 }),
        ),
      ),
    ).toBe('FILE_TOO_LARGE');
    expect(filesUnder(uploadDir)).toEqual(before);
  });
});

describe('file content rules', () => {
  it('detects the allowed formats by magic bytes only', () => {
    expect(detectMime(tinyPng())).toBe('image/png');
    expect(detectMime(tinyJpeg())).toBe('image/jpeg');
    expect(detectMime(tinyPdf())).toBe('application/pdf');
    expect(detectMime(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('image/gif');
    expect(detectMime(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(detectMime(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
    expect(detectMime(Buffer.from('<html>'))).toBeNull();
    expect(detectMime(Buffer.from([0x89, 0x50]))).toBeNull();
  });

  it('sanitises names: last path segment, no controls or quotes, never empty, ≤ 200 characters', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\a\\照片 1.jpg')).toBe('照片 1.jpg');
    expect(sanitiseFileName('a\u0000b\r\n"c".png')).toBe('ab_c_.png');
    expect(sanitiseFileName('\u202egnp.exe')).toBe('gnp.exe');
    expect(sanitiseFileName('...')).toBe('file');
    expect(sanitiseFileName(undefined)).toBe('file');
    expect(Array.from(sanitiseFileName('😀'.repeat(250)))).toHaveLength(200);
  });
});
