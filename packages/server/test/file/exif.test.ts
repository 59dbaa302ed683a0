import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';
import { sha256, tinyPng, upload } from './fixtures.js';

/** A 40×20 JPEG with a camera make, a GPS position and orientation 6 (shown rotated to 20×40). */
const photoWithGps = () =>
  sharp({ create: { width: 40, height: 20, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'X1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '30/1 10/1 12/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '120/1 16/1 5/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

describe('photos lose their metadata when stored', () => {
  let server: TestServer;
  let w: World;
  let uploadDir: string;
  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'rt-exif-'));
    server = await startTestServer({ UPLOAD_DIR: uploadDir });
    w = await buildWorld(server);
  });
  afterAll(async () => {
    await server.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  const download = async (id: string) => {
    const res = await fetch(`${server.url}/files/${id}`, { headers: { authorization: `Bearer ${w.tokens.resident}` } });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  it('resident: a JPEG with GPS tags is stored without EXIF, upright, and its size and hash describe the stored bytes', async () => {
    const original = await photoWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif?.toString('latin1')).toContain('TestPhone');
    expect(before.orientation).toBe(6);

    const r = await upload(server.url, w.tokens.resident, original, 'IMG_0001.jpg', 'image/jpeg');
    expect(r.status).toBe(201);
    expect(r.body.mime).toBe('image/jpeg');
    const stored = await download(String(r.body.id));
    const after = await sharp(stored).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(stored.includes(Buffer.from('TestPhone'))).toBe(false);
    // Orientation applied to the pixels: shown as it was meant to be, no tag needed.
    expect([after.orientation ?? 1]).toEqual([1]);
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(r.body.size).toBe(stored.length);
    expect(r.body.sha256).toBe(sha256(stored));
    const [row] = await w.ds.query('SELECT size, sha256 FROM file WHERE id = ?', [r.body.id]);
    expect(Number(row.size)).toBe(stored.length);
    expect(row.sha256).toBe(sha256(stored));
  });

  it('resident: a PNG carrying EXIF is stored without it', async () => {
    const png = await sharp(tinyPng(4, 4))
      .png()
      .withExif({ IFD0: { Make: 'TestPhone' } })
      .toBuffer();
    expect((await sharp(png).metadata()).exif).toBeDefined();
    const r = await upload(server.url, w.tokens.resident, png, 'p.png', 'image/png');
    expect(r.status).toBe(201);
    const stored = await download(String(r.body.id));
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(r.body.sha256).toBe(sha256(stored));
  });

  it('resident: an image without metadata is stored byte for byte', async () => {
    const png = tinyPng(3, 2);
    const r = await upload(server.url, w.tokens.resident, png, 'clean.png', 'image/png');
    expect(r.status).toBe(201);
    expect((await download(String(r.body.id))).equals(png)).toBe(true);
  });
});
