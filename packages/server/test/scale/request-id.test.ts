import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EstateEntity } from '../../src/modules/org/estate.entity.js';
import { WebhookDeliveryEntity } from '../../src/modules/webhook/webhook.entity.js';
import { buildCommunity, buildResident, buildStaff } from '../factories/index.js';
import { buildOrganisation } from '../factories/org.js';
import { buildTicket } from '../factories/ticket.js';
import type { GqlResult, TestServer } from '../helpers/server.js';
import { startTestServer } from '../helpers/server.js';
import { startReceiver } from '../webhook/receiver.js';

type LogLine = { reqId?: string; msg?: string; sms?: unknown; level?: number };

describe('request ids', () => {
  let s: TestServer;
  const lines: LogLine[] = [];
  beforeAll(async () => {
    const stream = new PassThrough();
    let buffered = '';
    stream.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const p of parts) if (p.trim()) lines.push(JSON.parse(p) as LogLine);
    });
    // The development SMS transport logs the code through the server's root logger (not the request's).
    s = await startTestServer(
      { LOG_LEVEL: 'info', SMS_PROVIDER: 'log' },
      { logStream: stream, smsTransport: 'configured' },
    );
  });
  afterAll(() => s.close());

  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  it('honours a sane X-Request-Id, replaces an insane one, makes one when none is sent; the response carries it', async () => {
    const q = '{ __typename }';
    expect((await post(q, {}, { 'x-request-id': 'lb-7f3a9c21-0001' })).headers.get('x-request-id')).toBe(
      'lb-7f3a9c21-0001',
    );
    for (const bad of ['short', 'has space in it 123', 'x'.repeat(65), 'semi;colon-123456']) {
      const given = (await post(q, {}, { 'x-request-id': bad })).headers.get('x-request-id');
      expect(given).not.toBe(bad);
      expect(given).toMatch(/^[A-Za-z0-9._:-]{8,64}$/);
    }
    const a = (await post(q, {})).headers.get('x-request-id');
    const b = (await post(q, {})).headers.get('x-request-id');
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,64}$/);
    expect(a).not.toBe(b);
  });

  it('every log line written while a request is served names it, lines from the root logger too', async () => {
    const rid = 'req-log-check-0001';
    const from = lines.length;
    const res = await post(
      'mutation($i: RequestSmsCodeInput!) { requestSmsCode(input: $i) { sent } }',
      { i: { phone: '13800001234', purpose: 'REGISTER' } },
      { 'x-request-id': rid },
    );
    expect(((await res.json()) as GqlResult).errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 50));
    const during = lines.slice(from);
    const sms = during.find((l) => l.sms !== undefined);
    const request = during.find((l) => l.msg?.startsWith('POST /graphql'));
    expect(sms?.reqId).toBe(rid);
    expect(request?.reqId).toBe(rid);
    expect(during.length).toBeGreaterThanOrEqual(2);
    expect(during.filter((l) => l.reqId !== rid)).toEqual([]);
  });

  it('a webhook delivery carries the id of the request whose write caused it: a header, and on its row', async () => {
    const receiver = await startReceiver();
    const community = await buildCommunity(s);
    const resident = await buildResident(s, { community });
    const estate = await s.db.dataSource
      .getRepository(EstateEntity)
      .findOneByOrFail({ id: resident.household.estateId });
    const company = await buildOrganisation(s, { kind: 'PROPERTY_COMPANY', serves: [estate] });
    const staff = await buildStaff(s, { role: 'PROPERTY_STAFF', scope: company });
    const made = await s.gql(
      `mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret } }`,
      { i: { organisationId: company.id, name: '物业系统', url: receiver.url, events: ['TICKET_STATE_CHANGED'] } },
      await staff.token(),
    );
    expect(made.errors).toBeUndefined();
    // The factory's requests as they are, except the submission, which names itself.
    const rid = 'submit-ticket-rid-42';
    const tagged: Pick<TestServer, 'db' | 'gql'> = {
      db: s.db,
      async gql(query, variables, token) {
        const res = await post(query, variables ?? {}, {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(query.includes('submitTicket') ? { 'x-request-id': rid } : {}),
        });
        return (await res.json()) as GqlResult<never>;
      },
    };
    const ticket = await buildTicket(tagged, { community, resident });
    const [first] = await receiver.until(1);
    expect(JSON.parse(first?.body ?? '{}')).toMatchObject({ data: { ticketId: ticket.id } });
    expect(first?.headers['x-request-id']).toBe(rid);
    const row = await s.db.dataSource
      .getRepository(WebhookDeliveryEntity)
      .findOneByOrFail({ id: String(first?.headers['x-roundtable-delivery']) });
    expect(row.requestId).toBe(rid);
    await receiver.close();
  });
});
