import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng, upload } from '../file/fixtures.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { key } from '../helpers/tickets.js';
import { buildWorld, login, type World } from '../helpers/world.js';

describe('ticket photos', () => {
  let server: TestServer;
  let w: World;
  const dir = mkdtempSync(join(tmpdir(), 'rt-photos-'));
  beforeAll(async () => {
    server = await startTestServer({ UPLOAD_DIR: dir });
    w = await buildWorld(server);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const submitWith = (photoFileIds: string[], token = w.tokens.resident) =>
    server.gql<{ submitTicket: { ticket: { id: string; photos: { id: string; url: string }[] } } }>(
      'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id photos { id url mime } } } }',
      {
        i: {
          categoryId: w.category.boxue.FACILITIES_REPAIR,
          title: '楼道墙面脱落',
          body: '3幢楼道墙面大块脱落，有砸伤风险。',
          estateId: w.estate.tianju,
          photoFileIds,
          idempotencyKey: key(),
        },
      },
      token,
    );

  it('a resident attaches an uploaded photo; staff in scope may read it, other residents may not', async () => {
    const up = await upload(server.url, w.tokens.resident, tinyPng(), 'wall.png', 'image/png');
    expect(up.status).toBe(201);
    const id = up.body.id as string;
    const r = await submitWith([id]);
    expect(r.errors).toBeUndefined();
    expect(r.data?.submitTicket.ticket.photos.map((p) => p.id)).toEqual([id]);
    const get = (token: string | undefined) =>
      fetch(`${server.url}/files/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }).then(
        async (res) => {
          await res.arrayBuffer();
          return res.status;
        },
      );
    expect(await get(w.tokens.resident)).toBe(200);
    expect(await get(w.tokens.boxue)).toBe(200);
    expect(await get(w.tokens.xingyi)).toBe(404);
    expect(await get(await login(server, '13900000002'))).toBe(404);
  });

  it('refuses another user’s file, and a file already attached, without creating a ticket', async () => {
    const up = await upload(server.url, w.tokens.resident, tinyPng(2, 2), 'x.png', 'image/png');
    const id = up.body.id as string;
    const before = Number((await w.ds.query('SELECT COUNT(*) AS n FROM ticket'))[0].n);
    expect(codeOf(await submitWith([id], await login(server, '13900000002')))).toBe('NOT_FOUND');
    expect(codeOf(await submitWith([id]))).toBe('OK');
    expect(codeOf(await submitWith([id]))).toBe('BAD_USER_INPUT');
    expect(Number((await w.ds.query('SELECT COUNT(*) AS n FROM ticket'))[0].n)).toBe(before + 1);
  });

  it('20 concurrent retries of one submit with the same key and photo all return the first ticket', async () => {
    for (let round = 0; round < 3; round++) {
      const up = await upload(server.url, w.tokens.resident, tinyPng(3, 3 + round), 'race.png', 'image/png');
      const id = up.body.id as string;
      const k = key();
      const send = () =>
        server.gql<{ submitTicket: { ticket: { id: string } } }>(
          'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
          {
            i: {
              categoryId: w.category.boxue.FACILITIES_REPAIR,
              title: '楼道墙面脱落',
              body: '3幢楼道墙面大块脱落，有砸伤风险。',
              estateId: w.estate.tianju,
              photoFileIds: [id],
              idempotencyKey: k,
            },
          },
          w.tokens.resident,
        );
      const results = await Promise.all(Array.from({ length: 20 }, send));
      expect(results.map((r) => r.errors?.[0]?.message ?? 'OK')).toEqual(Array(20).fill('OK'));
      expect(new Set(results.map((r) => r.data?.submitTicket.ticket.id)).size).toBe(1);
      expect(Number((await w.ds.query('SELECT COUNT(*) AS n FROM ticket WHERE idempotencyKey = ?', [k]))[0].n)).toBe(1);
    }
  });
});
