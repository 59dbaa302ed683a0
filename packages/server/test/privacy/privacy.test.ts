import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserEntity } from '../../src/modules/identity/user.entity.js';
import { EstateEntity } from '../../src/modules/org/estate.entity.js';
import { PointsEntryEntity } from '../../src/modules/points/points-entry.entity.js';
import { TicketEntity } from '../../src/modules/ticket/ticket.entity.js';
import {
  VoteBallotEntity,
  VoteChoiceEntity,
  VoteMatterEntity,
  VoteVoterEntity,
} from '../../src/modules/vote/vote.entity.js';
import { buildCommunity, buildResident, buildStaff, FACTORY_PASSWORD } from '../factories/index.js';
import { givePoints } from '../factories/points.js';
import { buildErasureRequest } from '../factories/privacy.js';
import { buildTicket } from '../factories/ticket.js';
import { buildVote, buildVoteUnit } from '../factories/vote.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { CAST } from '../vote/helpers.js';

const EXPORT = '{ myDataExport { generatedAt data html } }';
const REQUEST = 'mutation { requestErasure { request { id status dueAt communityId } } }';
const COMPLETE = 'mutation($id: ID!) { completeErasure(id: $id) { request { id status completedAt } } }';
const LIST =
  'query($c: ID) { erasureRequests(communityId: $c) { totalCount edges { node { id userId status dueAt overdue } } } }';
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }';
const FIGURES =
  'query($c: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { ticketFigures(communityId: $c, from: $from, to: $to) { submitted valid resolved } }';

type Export = {
  myDataExport: { data: Record<string, unknown> & { tickets: { id: string; title: string }[] }; html: string };
};

describe('privacy: export and erasure over HTTP', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it("exports the resident's own data as JSON and HTML (Chinese intact) and nothing of another resident", async () => {
    const community = await buildCommunity(s);
    const me = await buildResident(s, { community, displayName: '王小明' });
    const other = await buildResident(s, { community, displayName: '李四邻居' });
    const mine = await buildTicket(s, { community, resident: me, title: '楼道灯坏了𠀀' });
    const theirs = await buildTicket(s, { community, resident: other, title: '邻居的诉求' });
    await givePoints(s, { userId: me.user.id, community, amount: 5 });
    const r = await s.gql<Export>(EXPORT, {}, await me.token());
    expect(r.errors).toBeUndefined();
    const { data, html } = (r.data as Export).myDataExport;
    expect((data.profile as { displayName: string }).displayName).toBe('王小明');
    expect(data.tickets.map((t) => t.id)).toEqual([mine.id]);
    expect(data.tickets[0]?.title).toBe('楼道灯坏了𠀀');
    expect((data.points as unknown[]).length).toBe(1);
    expect((data.bindings as unknown[]).length).toBe(1);
    const json = JSON.stringify(data);
    expect(json).not.toContain(theirs.id);
    expect(json).not.toContain('李四邻居');
    expect(json).not.toContain(other.user.phone);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('楼道灯坏了𠀀');
    expect(html).toContain('王小明');
    expect(html).not.toContain('邻居的诉求');
    expect(html).not.toContain('<script');

    // The same as downloads: GET /me/export.html and /me/export.json with the bearer token.
    const token = await me.token();
    const page = await fetch(`${s.url}/me/export.html`, { headers: { authorization: `Bearer ${token}` } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const text = await page.text();
    expect(text).toContain('楼道灯坏了𠀀');
    expect(text).not.toContain('李四邻居');
    const doc = await fetch(`${s.url}/me/export.json`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await doc.json()) as { tickets: { id: string }[] }).tickets.map((t) => t.id)).toEqual([mine.id]);
    expect((await fetch(`${s.url}/me/export.html`)).status).toBe(401);
  });

  it('erasure: requested once (due in 15 working days), completed by community staff; sign-in refused, phone gone, tickets and ledger still counted', async () => {
    const community = await buildCommunity(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const staffToken = await staff.token();
    const me = await buildResident(s, { community, displayName: '赵六' });
    const phone = me.user.phone;
    const t1 = await buildTicket(s, { community, resident: me, state: 'ACCEPTED' });
    await buildTicket(s, { community, resident: me });
    await givePoints(s, { userId: me.user.id, community, amount: 7 });
    const token = await me.token();
    // A ballot of an open vote of the resident's estate, cast online as the owner of record.
    await buildVoteUnit(s, { household: me.household, ownerUserId: me.user.id, ownerName: '赵六' });
    const estate = await s.app.dataSource.getRepository(EstateEntity).findOneByOrFail({ id: me.household.estateId });
    const vote = await buildVote(s, { estate, status: 'OPEN' });
    const matter = await s.app.dataSource.getRepository(VoteMatterEntity).findOneByOrFail({ voteId: vote.id });
    const cast = await s.gql(CAST, { id: vote.id, c: [{ matterId: matter.id, choice: 'FOR' }] }, token);
    expect(cast.errors).toBeUndefined();
    const ballotsOf = async () => ({
      ballots: await s.app.dataSource.getRepository(VoteBallotEntity).countBy({ voteId: vote.id }),
      for: await s.app.dataSource.getRepository(VoteChoiceEntity).countBy({ voteId: vote.id, choice: 'FOR' as never }),
    });
    const ballotsBefore = await ballotsOf();
    expect(ballotsBefore).toEqual({ ballots: 1, for: 1 });
    const exported = await s.gql<Export>(EXPORT, {}, token);
    expect(exported.data?.myDataExport.data.ballots).toHaveLength(1);
    const period = { c: community.id, from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };
    const before = await s.gql<{ ticketFigures: { submitted: number; valid: number } }>(FIGURES, period, staffToken);
    expect(before.errors).toBeUndefined();
    expect(before.data?.ticketFigures.submitted).toBeGreaterThanOrEqual(2);

    const asked = await s.gql<{ requestErasure: { request: { id: string; status: string; dueAt: string } } }>(
      REQUEST,
      {},
      token,
    );
    expect(asked.errors).toBeUndefined();
    const req = (asked.data as { requestErasure: { request: { id: string; status: string; dueAt: string } } })
      .requestErasure.request;
    expect(req.status).toBe('PENDING');
    // 15 working days in the working-day calendar tickets use: three weeks or more of calendar days.
    const calendar = await s.app.services.calendar.ready();
    const dueDay = new Date(req.dueAt).toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' });
    const today = new Date().toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' });
    expect(calendar.workingDaysBetween(today, dueDay)).toBe(15);
    const days = (Date.parse(req.dueAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(18);
    expect(days).toBeLessThan(42);

    const again = await s.gql(REQUEST, {}, token);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.reason).toBe('PRIVACY_ERASURE_ALREADY_REQUESTED');

    const listed = await s.gql<{ erasureRequests: { totalCount: number; edges: { node: { userId: string } }[] } }>(
      LIST,
      { c: community.id },
      staffToken,
    );
    expect(listed.data?.erasureRequests.edges.map((e) => e.node.userId)).toEqual([me.user.id]);

    const done = await s.gql<{ completeErasure: { request: { status: string } } }>(
      COMPLETE,
      { id: req.id },
      staffToken,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.completeErasure.request.status).toBe('COMPLETED');
    expect(codeOf(await s.gql(COMPLETE, { id: req.id }, staffToken))).toBe('CONFLICT');

    // Sign-in refused; the old token no longer works; the phone finds nobody.
    const login = await s.gql(LOGIN, { i: { phone, password: FACTORY_PASSWORD } });
    expect(codeOf(login)).not.toBe('OK');
    expect(login.data?.login ?? null).toBeNull();
    expect(codeOf(await s.gql(EXPORT, {}, token))).not.toBe('OK');
    const ds = s.app.dataSource;
    expect(await ds.getRepository(UserEntity).countBy({ phone })).toBe(0);
    const user = await ds.getRepository(UserEntity).findOneByOrFail({ id: me.user.id });
    expect(user.displayName).toBe('已注销居民');
    expect(user.phone).not.toMatch(/\d{11}/);
    const search = await s.gql<{ users: { totalCount: number } }>(
      'query($q: String) { users(search: $q) { totalCount } }',
      { q: phone },
      staffToken,
    );
    expect(search.data?.users.totalCount ?? 0).toBe(0);

    // Tickets, figures and ledger unchanged; the submitter shows as erased.
    expect(await ds.getRepository(TicketEntity).countBy({ submitterId: me.user.id })).toBe(2);
    const after = await s.gql<{ ticketFigures: { submitted: number; valid: number } }>(FIGURES, period, staffToken);
    expect(after.data?.ticketFigures).toEqual(before.data?.ticketFigures);
    const ticket = await s.gql<{ ticket: { submitter: { displayName: string } | null } }>(
      'query($id: ID!) { ticket(id: $id) { submitter { displayName } } }',
      { id: t1.id },
      staffToken,
    );
    expect(ticket.errors).toBeUndefined();
    expect(ticket.data?.ticket.submitter?.displayName).toBe('已注销居民');
    expect(await ballotsOf()).toEqual(ballotsBefore);
    const voter = await ds.getRepository(VoteVoterEntity).findOneByOrFail({ voteId: vote.id, userId: me.user.id });
    expect(voter.ownerName).toBeNull();
    const ledger = await ds.getRepository(PointsEntryEntity).findBy({ userId: me.user.id });
    expect(ledger.map((e) => e.delta)).toEqual([7]);

    const audit = await s.gql<{ auditLog: { totalCount: number } }>(
      'query($id: ID!) { auditLog(communityId: $id, operation: "privacy.erasure.complete") { totalCount } }',
      { id: community.id },
      staffToken,
    );
    expect(audit.data?.auditLog.totalCount).toBe(1);
  });

  it('staff only: another community NOT_FOUND (hidden from the list), property staff FORBIDDEN, staff cannot ask', async () => {
    const { request } = await buildErasureRequest(s);
    const elsewhere = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: await buildCommunity(s) });
    const token = await elsewhere.token();
    expect(codeOf(await s.gql(COMPLETE, { id: request.id }, token))).toBe('NOT_FOUND');
    const list = await s.gql<{ erasureRequests: { totalCount: number } }>(LIST, { c: request.communityId }, token);
    expect(list.data?.erasureRequests.totalCount).toBe(0);
    const property = await buildStaff(s, { role: 'PROPERTY_STAFF' });
    expect(codeOf(await s.gql(COMPLETE, { id: request.id }, await property.token()))).toBe('FORBIDDEN');
    const asked = await s.gql(REQUEST, {}, token);
    expect(codeOf(asked)).toBe('FORBIDDEN');
    expect(asked.errors?.[0]?.extensions?.reason).toBe('PRIVACY_ERASURE_RESIDENTS_ONLY');
  });
});
