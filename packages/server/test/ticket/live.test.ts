import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

describe('live notifications over graphql-ws', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  it('community staff receive notificationAdded within 1 s of a resident’s submitTicket', async () => {
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${w.tokens.boxue}`, locale: 'en-US' },
      retryAttempts: 0,
    });
    type Live = { kind: string; subject: { type: string; id: string }; title: string; zh: string };
    const received: Live[] = [];
    let resolveFirst: (at: number) => void = () => {};
    const first = new Promise<number>((r) => {
      resolveFirst = r;
    });
    const subscribed = new Promise<void>((ready, fail) => {
      client.subscribe(
        { query: 'subscription { notificationAdded { kind subject { type id } title zh: title(locale: "zh-CN") } }' },
        {
          next: (msg) => {
            const n = (msg.data as { notificationAdded: Live }).notificationAdded;
            received.push(n);
            resolveFirst(Date.now());
          },
          error: fail,
          complete: () => {},
        },
      );
      client.on('connected', () => setTimeout(ready, 100));
    });
    await subscribed;
    const sentAt = Date.now();
    const t = await submit(server, w, { title: '楼道灯不亮' });
    const arrivedAt = await Promise.race([
      first,
      new Promise<number>((_, rej) => setTimeout(() => rej(new Error('no notification within 1 s')), 1000)),
    ]);
    expect(arrivedAt - sentAt).toBeLessThan(1000);
    // The connection asked for English (connectionParams.locale); a field may still ask for Chinese.
    expect(received[0]).toEqual({
      kind: 'TICKET_NEW',
      subject: { type: 'Ticket', id: t.id },
      title: 'New matter: 楼道灯不亮',
      zh: '新诉求：楼道灯不亮',
    });
    await client.dispose();
  });

  it('a subscription without a valid token hears nothing of others’ notifications', async () => {
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const got: unknown[] = [];
    const errors: unknown[] = [];
    client.subscribe(
      { query: 'subscription { notificationAdded { kind } }' },
      { next: (m) => got.push(m), error: (e) => errors.push(e), complete: () => {} },
    );
    await new Promise((r) => setTimeout(r, 200));
    await submit(server, w, { title: '另一条诉求' });
    await new Promise((r) => setTimeout(r, 500));
    expect(got.filter((m) => (m as { data?: unknown }).data)).toEqual([]);
    await client.dispose();
  });

  it('staff of another community or another street hear nothing of a 博学路 resident’s matter, while 博学路’s staff hear it', async () => {
    const listen = (token: string | undefined) => {
      const got: { kind: string; subject: { id: string } }[] = [];
      const client = createClient({
        url: `${server.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      client.subscribe(
        { query: 'subscription { notificationAdded { kind subject { id } } }' },
        {
          next: (m) => got.push((m.data as { notificationAdded: (typeof got)[number] }).notificationAdded),
          error: () => {},
          complete: () => {},
        },
      );
      return { got, client };
    };
    const inScope = listen(w.tokens.boxue);
    const otherCommunity = listen(w.tokens.xingyi);
    const otherStreet = listen(w.tokens.otherStreet);
    await new Promise((r) => setTimeout(r, 300));
    const t = await submit(server, w, { title: '只属于博学路的诉求' });
    await expect.poll(() => inScope.got.map((n) => n.subject.id), { timeout: 2000 }).toContain(t.id);
    // Give any stray delivery the same time again before reading the others.
    await new Promise((r) => setTimeout(r, 500));
    expect(otherCommunity.got).toEqual([]);
    expect(otherStreet.got).toEqual([]);
    await Promise.all([inScope, otherCommunity, otherStreet].map((l) => l.client.dispose()));
  });
});
