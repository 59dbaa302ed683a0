import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/db/seed/demo.js';
import { PublicationEntity } from '../../src/modules/publication/publication.entity.js';
import { buildPublication } from '../factories/publication.js';
import { tinyPdf, tinyPng, upload } from '../file/fixtures.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, login, type World } from '../helpers/world.js';

const FIELDS = 'id status title body revisionNumber version withdrawnAt withdrawalReason pinned viewCount isNew';
const CREATE = `mutation($i: CreatePublicationInput!) { createPublication(input: $i) { publication { ${FIELDS} } } }`;
const PUBLISH = `mutation($i: PublishPublicationInput!) { publishPublication(input: $i) { publication { ${FIELDS} publishAt } } }`;
const UPDATE = `mutation($i: UpdatePublicationInput!) { updatePublication(input: $i) { publication { ${FIELDS} } } }`;
const WITHDRAW = `mutation($i: WithdrawPublicationInput!) { withdrawPublication(input: $i) { publication { ${FIELDS} } } }`;
const ONE = `query($id: ID!) { publication(id: $id) { ${FIELDS} publisherName placeName attachments { id mime } } }`;
const LIST =
  'query($c: PublicationChannel) { publications(channel: $c, first: 50) { totalCount edges { node { id title pinned isNew status } } } }';

type P = {
  id: string;
  status: string;
  title: string;
  body: string;
  revisionNumber: number;
  version: number;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  pinned: boolean;
  viewCount: number;
  isNew: boolean;
};

describe('publications over HTTP', () => {
  let s: TestServer;
  let w: World;
  let uploadDir: string;
  let resident2: string;

  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'rt-pub-'));
    s = await startTestServer({ UPLOAD_DIR: uploadDir });
    w = await buildWorld(s);
    resident2 = await login(s, DEMO_ACCOUNTS.resident2);
  });
  afterAll(async () => {
    await s.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  const create = async (token: string | undefined, i: Record<string, unknown>) =>
    s.gql<{ createPublication: { publication: P } }>(
      CREATE,
      {
        i: { title: '电梯维保公示', body: '<p>本月电梯维保已完成。</p>', ...i },
      },
      token,
    );
  const publishNew = async (token: string | undefined, i: Record<string, unknown>) => {
    const made = await create(token, i);
    expect(made.errors).toBeUndefined();
    const id = made.data?.createPublication.publication.id as string;
    const pub = await s.gql<{ publishPublication: { publication: P } }>(PUBLISH, { i: { id } }, token);
    expect(pub.errors).toBeUndefined();
    return pub.data?.publishPublication.publication as P;
  };

  it('property staff cannot publish for an estate their company does not serve', async () => {
    // 绿城 serves 天钜银河府 and 银塆学府; 白马御府 is served by 滨江.
    const served = await create(w.tokens.greentown, { channel: 'PROPERTY', scope: 'ESTATE', placeId: w.estate.tianju });
    expect(served.errors).toBeUndefined();
    const notServed = await create(w.tokens.greentown, {
      channel: 'PROPERTY',
      scope: 'ESTATE',
      placeId: w.estate.baima,
    });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(notServed));
    // Nor another channel in a served estate, nor a community-level item.
    const committee = await create(w.tokens.greentown, {
      channel: 'COMMITTEE',
      scope: 'ESTATE',
      placeId: w.estate.tianju,
    });
    expect(codeOf(committee)).toBe('FORBIDDEN');
    expect(committee.errors?.[0]?.extensions?.reason).toBe('PUBLICATION_NOT_PUBLISHER');
    const community = await create(w.tokens.greentown, {
      channel: 'PROPERTY',
      scope: 'COMMUNITY',
      placeId: w.community.boxue,
    });
    expect(community.errors?.[0]?.extensions?.reason).toBe('PUBLICATION_SCOPE_NOT_ALLOWED');
    const count = await w.ds.getRepository(PublicationEntity).countBy({ estateId: w.estate.baima });
    expect(count).toBe(0);
  });

  it('who publishes what: committee COMMITTEE of its estate, community staff their channels, street staff street news', async () => {
    expect(
      codeOf(await create(w.tokens.committee, { channel: 'COMMITTEE', scope: 'ESTATE', placeId: w.estate.tianju })),
    ).toBe('OK');
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
      codeOf(await create(w.tokens.committee, { channel: 'COMMITTEE', scope: 'ESTATE', placeId: w.estate.baima })),
    );
    expect(
      codeOf(
        await create(w.tokens.boxue, {
          channel: 'COMMUNITY_AFFAIRS',
          kind: 'FINANCE',
          scope: 'COMMUNITY',
          placeId: w.community.boxue,
        }),
      ),
    ).toBe('OK');
    const noKind = await create(w.tokens.boxue, {
      channel: 'COMMUNITY_AFFAIRS',
      scope: 'COMMUNITY',
      placeId: w.community.boxue,
    });
    expect(noKind.errors?.[0]?.extensions?.reason).toBe('PUBLICATION_KIND_MISMATCH');
    expect(
      codeOf(await create(w.tokens.boxue, { channel: 'PROPERTY', scope: 'ESTATE', placeId: w.estate.tianju })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await create(w.tokens.boxue, { channel: 'NEWS', scope: 'COMMUNITY', placeId: w.community.xingyi })),
    ).toBe('NOT_FOUND');
    expect(codeOf(await create(w.tokens.street, { channel: 'NEWS', scope: 'STREET', placeId: w.streetId }))).toBe('OK');
    expect(codeOf(await create(w.tokens.boxue, { channel: 'NEWS', scope: 'STREET', placeId: w.streetId }))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await create(w.tokens.resident, { channel: 'NEWS', scope: 'COMMUNITY', placeId: w.community.boxue })),
    ).toBe('FORBIDDEN');
  });

  it('<script>, onerror= and javascript: do not survive sanitising', async () => {
    const made = await create(w.tokens.boxue, {
      channel: 'NEWS',
      scope: 'COMMUNITY',
      placeId: w.community.boxue,
      body: '<p onclick="steal()">通知<script>alert(1)</script><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">点此</a><a href=" JaVaScRiPt:alert(2)">再点</a><a href="https://example.cn/a">正常链接</a></p><svg onload="x()"></svg><iframe src="https://evil"></iframe>',
    });
    expect(made.errors).toBeUndefined();
    const body = made.data?.createPublication.publication.body as string;
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/onerror|onclick|onload/i);
    expect(body).not.toMatch(/javascript:/i);
    expect(body).not.toMatch(/iframe|svg/i);
    expect(body).toContain('通知');
    expect(body).toContain('href="https://example.cn/a"');
    const blank = await create(w.tokens.boxue, {
      channel: 'NEWS',
      scope: 'COMMUNITY',
      placeId: w.community.boxue,
      body: '<script>x</script>',
    });
    expect(blank.errors?.[0]?.extensions?.reason).toBe('PUBLICATION_BLANK_BODY');
  });

  it('an HTML file renamed .jpg is refused (415); a PDF attachment and a PNG cover are taken', async () => {
    const html = await upload(
      s.url,
      w.tokens.greentown,
      '<html><body><script>alert(1)</script></body></html>',
      '维保单.jpg',
      'image/jpeg',
    );
    expect(html.status).toBe(415);
    const pdf = await upload(s.url, w.tokens.greentown, tinyPdf(), '维保单.pdf', 'application/pdf');
    const png = await upload(s.url, w.tokens.greentown, tinyPng(), 'cover.png', 'image/png');
    expect(pdf.status).toBe(201);
    // A PDF is not a cover.
    const badCover = await create(w.tokens.greentown, {
      channel: 'PROPERTY',
      scope: 'ESTATE',
      placeId: w.estate.tianju,
      coverFileId: pdf.body.id,
    });
    expect(badCover.errors?.[0]?.extensions?.reason).toBe('PUBLICATION_COVER_NOT_IMAGE');
    const p = await publishNew(w.tokens.greentown, {
      channel: 'PROPERTY',
      scope: 'ESTATE',
      placeId: w.estate.tianju,
      coverFileId: png.body.id,
      attachmentFileIds: [pdf.body.id],
    });
    const read = await s.gql<{ publication: { attachments: { mime: string }[] } }>(
      ONE,
      { id: p.id },
      w.tokens.resident,
    );
    expect(read.data?.publication.attachments.map((a) => a.mime)).toEqual(['application/pdf']);
    const file = await fetch(`${s.url}/files/${pdf.body.id}`, {
      headers: { authorization: `Bearer ${w.tokens.resident}` },
    });
    expect(file.status).toBe(200);
    await file.arrayBuffer();
    // A resident of another estate (白马御府) neither sees the item nor downloads its file.
    const other = await fetch(`${s.url}/files/${pdf.body.id}`, { headers: { authorization: `Bearer ${resident2}` } });
    expect(other.status).toBe(404);
    await other.arrayBuffer();
  });

  it('editing a published item creates a revision; the earlier text stays readable with a word-level diff', async () => {
    const p = await publishNew(w.tokens.greentown, {
      channel: 'PROPERTY',
      scope: 'ESTATE',
      placeId: w.estate.tianju,
      title: '物业服务收费标准',
      body: '<p>电梯维保单位为甲公司，每月两次。</p>',
    });
    expect(p.revisionNumber).toBe(1);
    const noNote = await s.gql(
      UPDATE,
      { i: { id: p.id, body: '<p>电梯维保单位更换为乙公司，每月两次。</p>' } },
      w.tokens.greentown,
    );
    expect(noNote.errors?.[0]?.extensions?.reason).toBe('PUBLICATION_CHANGE_NOTE_REQUIRED');
    const edited = await s.gql<{ updatePublication: { publication: P } }>(
      UPDATE,
      {
        i: {
          id: p.id,
          expectedVersion: p.version,
          body: '<p>电梯维保单位更换为乙公司，每月两次。</p>',
          changeNote: '维保单位变更',
        },
      },
      w.tokens.greentown,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updatePublication.publication.revisionNumber).toBe(2);
    const stale = await s.gql(
      UPDATE,
      { i: { id: p.id, expectedVersion: p.version, body: '<p>x</p>', changeNote: 'x' } },
      w.tokens.greentown,
    );
    expect(codeOf(stale)).toBe('CONFLICT');

    const revs = await s.gql<{
      publicationRevisions: {
        totalCount: number;
        edges: { node: { number: number; body: string; changeNote: string | null } }[];
      };
    }>(
      'query($id: ID!) { publicationRevisions(publicationId: $id) { totalCount edges { node { number body changeNote } } } }',
      { id: p.id },
      w.tokens.resident,
    );
    expect(revs.errors).toBeUndefined();
    expect(revs.data?.publicationRevisions.totalCount).toBe(2);
    const first = revs.data?.publicationRevisions.edges.find((e) => e.node.number === 1)?.node;
    expect(first?.body).toContain('甲公司');
    expect(revs.data?.publicationRevisions.edges.find((e) => e.node.number === 2)?.node.changeNote).toBe(
      '维保单位变更',
    );

    const diff = await s.gql<{ publicationDiff: { body: { op: string; text: string }[] } }>(
      'query($id: ID!) { publicationDiff(publicationId: $id, from: 1, to: 2) { body { op text } title { op text } } }',
      { id: p.id },
      w.tokens.resident,
    );
    expect(diff.errors).toBeUndefined();
    const body = diff.data?.publicationDiff.body ?? [];
    expect(
      body
        .filter((d) => d.op === 'REMOVED')
        .map((d) => d.text)
        .join(''),
    ).toContain('甲');
    expect(
      body
        .filter((d) => d.op === 'ADDED')
        .map((d) => d.text)
        .join(''),
    ).toContain('更换');
    expect(
      body
        .filter((d) => d.op === 'ADDED')
        .map((d) => d.text)
        .join(''),
    ).toContain('乙');
    // Word level: the unchanged words come back whole, not character by character.
    expect(body.find((d) => d.op === 'SAME')?.text).toBe('电梯维保单位');
    const missing = await s.gql(
      'query($id: ID!) { publicationDiff(publicationId: $id, from: 1, to: 9) { from } }',
      { id: p.id },
      w.tokens.resident,
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('withdrawal keeps the history and shows when and why; nothing is deleted', async () => {
    const p = await publishNew(w.tokens.boxue, {
      channel: 'NEWS',
      scope: 'COMMUNITY',
      placeId: w.community.boxue,
      title: '活动通知',
    });
    const noReason = await s.gql(WITHDRAW, { i: { id: p.id, reason: '  ' } }, w.tokens.boxue);
    expect(noReason.errors?.[0]?.extensions?.reason).toBe('PUBLICATION_REASON_REQUIRED');
    const done = await s.gql<{ withdrawPublication: { publication: P } }>(
      WITHDRAW,
      { i: { id: p.id, reason: '活动延期' } },
      w.tokens.boxue,
    );
    expect(done.errors).toBeUndefined();
    const seen = await s.gql<{ publication: P }>(ONE, { id: p.id }, w.tokens.resident);
    expect(seen.data?.publication).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: '活动延期' });
    expect(seen.data?.publication.withdrawnAt).toBeTruthy();
    const revs = await s.gql<{ publicationRevisions: { totalCount: number } }>(
      'query($id: ID!) { publicationRevisions(publicationId: $id) { totalCount } }',
      { id: p.id },
      w.tokens.resident,
    );
    expect(revs.data?.publicationRevisions.totalCount).toBe(1);
    const again = await s.gql(UPDATE, { i: { id: p.id, title: '新', changeNote: 'x' } }, w.tokens.boxue);
    expect(codeOf(again)).toBe('INVALID_TRANSITION');
    // No operation deletes a publication: the schema has none.
    const schema = await s.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
    );
    expect(
      schema.data?.__schema.mutationType.fields.map((f) => f.name).filter((n) => /delete.*publication/i.test(n)),
    ).toEqual([]);
  });

  it('drafts are seen by the publishing organisation only; residents see their street, community and estates', async () => {
    const draft = await create(w.tokens.greentown, {
      channel: 'PROPERTY',
      scope: 'ESTATE',
      placeId: w.estate.tianju,
      title: '草稿',
    });
    const id = draft.data?.createPublication.publication.id as string;
    expect(codeOf(await s.gql(ONE, { id }, w.tokens.greentown))).toBe('OK');
    for (const t of [w.tokens.resident, w.tokens.boxue, w.tokens.committee, w.tokens.street]) {
      expect(codeOf(await s.gql(ONE, { id }, t))).toBe('NOT_FOUND');
    }
    const estateItem = await publishNew(w.tokens.greentown, {
      channel: 'PROPERTY',
      scope: 'ESTATE',
      placeId: w.estate.tianju,
      title: '天钜公示',
    });
    const streetItem = await publishNew(w.tokens.street, {
      channel: 'NEWS',
      scope: 'STREET',
      placeId: w.streetId,
      title: '街道政策',
    });
    // 周女士 lives in 天钜银河府; 吴先生 in 白马御府 (same community); the 兴议 resident in another community.
    expect(codeOf(await s.gql(ONE, { id: estateItem.id }, w.tokens.resident))).toBe('OK');
    expect(codeOf(await s.gql(ONE, { id: estateItem.id }, resident2))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(ONE, { id: streetItem.id }, resident2))).toBe('OK');
    expect(codeOf(await s.gql(ONE, { id: estateItem.id }, w.tokens.xingyi))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(ONE, { id: streetItem.id }, w.tokens.otherStreet))).toBe('NOT_FOUND');
  });

  it('readers: pinned first then newest, "new since your last visit", view counts once per reader', async () => {
    const community = w.community.xingyi;
    const xingyiResident = await login(s, '13900000004');
    const old = await publishNew(w.tokens.xingyi, {
      channel: 'PARTY_BUILDING',
      scope: 'COMMUNITY',
      placeId: community,
      title: '党建一',
    });
    const newer = await publishNew(w.tokens.xingyi, {
      channel: 'PARTY_BUILDING',
      scope: 'COMMUNITY',
      placeId: community,
      title: '党建二',
    });
    const pin = await s.gql(
      'mutation($i: PinPublicationInput!) { pinPublication(input: $i) { publication { pinned } } }',
      { i: { id: old.id, pinned: true } },
      w.tokens.xingyi,
    );
    expect(pin.errors).toBeUndefined();
    const list = await s.gql<{ publications: { edges: { node: { id: string; isNew: boolean } }[] } }>(
      LIST,
      { c: 'PARTY_BUILDING' },
      xingyiResident,
    );
    expect(list.data?.publications.edges.map((e) => e.node.id)).toEqual([old.id, newer.id]);
    expect(list.data?.publications.edges.every((e) => e.node.isNew)).toBe(true);
    const visit = await s.gql(
      'mutation { markPublicationChannelVisited(input: { channel: PARTY_BUILDING }) { visitedAt } }',
      {},
      xingyiResident,
    );
    expect(visit.errors).toBeUndefined();
    const third = await publishNew(w.tokens.xingyi, {
      channel: 'PARTY_BUILDING',
      scope: 'COMMUNITY',
      placeId: community,
      title: '党建三',
    });
    const after = await s.gql<{ publications: { edges: { node: { id: string; isNew: boolean } }[] } }>(
      LIST,
      { c: 'PARTY_BUILDING' },
      xingyiResident,
    );
    expect(after.data?.publications.edges.filter((e) => e.node.isNew).map((e) => e.node.id)).toEqual([third.id]);
    const view =
      'mutation($i: RecordPublicationViewInput!) { recordPublicationView(input: $i) { publication { viewCount } } }';
    await s.gql(view, { i: { id: third.id } }, xingyiResident);
    const twice = await s.gql<{ recordPublicationView: { publication: { viewCount: number } } }>(
      view,
      { i: { id: third.id } },
      xingyiResident,
    );
    expect(twice.data?.recordPublicationView.publication.viewCount).toBe(1);
    const byStaff = await s.gql<{ recordPublicationView: { publication: { viewCount: number } } }>(
      view,
      { i: { id: third.id } },
      w.tokens.xingyi,
    );
    expect(byStaff.data?.recordPublicationView.publication.viewCount).toBe(2);
  });

  it('scheduled publishing: the job publishes when the time comes (controlled clock)', async () => {
    const made = await create(w.tokens.boxue, {
      channel: 'NEWS',
      scope: 'COMMUNITY',
      placeId: w.community.boxue,
      title: '定时发布',
    });
    const id = made.data?.createPublication.publication.id as string;
    const at = new Date(Date.now() + 3 * 3600_000);
    const sched = await s.gql<{ publishPublication: { publication: { status: string } } }>(
      PUBLISH,
      { i: { id, publishAt: at.toISOString() } },
      w.tokens.boxue,
    );
    expect(sched.data?.publishPublication.publication.status).toBe('SCHEDULED');
    expect(codeOf(await s.gql(ONE, { id }, w.tokens.resident))).toBe('NOT_FOUND');
    const svc = s.app.services.publications;
    expect(await svc.publishDue(new Date(at.getTime() - 60_000))).toBe(0);
    expect(await svc.publishDue(new Date(at.getTime() + 60_000))).toBe(1);
    expect(await svc.publishDue(new Date(at.getTime() + 120_000))).toBe(0);
    const seen = await s.gql<{ publication: P & { publishedAt: string } }>(
      `query($id: ID!) { publication(id: $id) { ${FIELDS} publishedAt } }`,
      { id },
      w.tokens.resident,
    );
    expect(seen.data?.publication).toMatchObject({ status: 'PUBLISHED', revisionNumber: 1 });
    expect(new Date(seen.data?.publication.publishedAt as string).getTime()).toBe(at.getTime());
  });

  it("owners' committee: members and a resolution with its vote, published to COMMITTEE and read by a resident", async () => {
    const member = await s.gql(
      'mutation($i: AddCommitteeMemberInput!) { addCommitteeMember(input: $i) { member { id term post } } }',
      {
        i: { organisationId: w.org.tianjuCommittee, name: '赵主任', term: 2, post: 'DIRECTOR', startOn: '2024-03-01' },
      },
      w.tokens.committee,
    );
    expect(member.errors).toBeUndefined();
    const badDay = await s.gql(
      'mutation($i: AddCommitteeMemberInput!) { addCommitteeMember(input: $i) { member { id } } }',
      { i: { organisationId: w.org.tianjuCommittee, name: 'x', term: 2, post: 'MEMBER', startOn: '2024-02-30' } },
      w.tokens.committee,
    );
    expect(badDay.errors?.[0]?.extensions?.reason).toBe('PUBLICATION_COMMITTEE_BAD_DATE');
    const members = await s.gql<{ committeeMembers: { totalCount: number } }>(
      'query($o: ID!) { committeeMembers(organisationId: $o) { totalCount } }',
      { o: w.org.tianjuCommittee },
      w.tokens.resident,
    );
    expect(members.data?.committeeMembers.totalCount).toBe(1);
    const rec = await s.gql<{ recordCommitteeResolution: { resolution: { id: string } } }>(
      'mutation($i: RecordCommitteeResolutionInput!) { recordCommitteeResolution(input: $i) { resolution { id } } }',
      {
        i: {
          organisationId: w.org.tianjuCommittee,
          meetingOn: '2026-11-20',
          subject: '更换电梯维保单位',
          body: '<p>同意更换。</p>',
          votesFor: 7,
          votesAgainst: 1,
          votesAbstain: 1,
          areaFor: 6543210,
          areaAgainst: 12000,
          areaAbstain: 9800,
        },
      },
      w.tokens.committee,
    );
    expect(rec.errors).toBeUndefined();
    const rid = rec.data?.recordCommitteeResolution.resolution.id as string;
    expect(
      codeOf(
        await s.gql(
          'mutation($i: PublishCommitteeResolutionInput!) { publishCommitteeResolution(input: $i) { resolution { id } } }',
          { i: { resolutionId: rid } },
          w.tokens.greentown,
        ),
      ),
    ).toBe('FORBIDDEN');
    const pub = await s.gql<{ publishCommitteeResolution: { resolution: { publicationId: string } } }>(
      'mutation($i: PublishCommitteeResolutionInput!) { publishCommitteeResolution(input: $i) { resolution { publicationId } } }',
      { i: { resolutionId: rid } },
      w.tokens.committee,
    );
    expect(pub.errors).toBeUndefined();
    const again = await s.gql(
      'mutation($i: PublishCommitteeResolutionInput!) { publishCommitteeResolution(input: $i) { resolution { id } } }',
      { i: { resolutionId: rid } },
      w.tokens.committee,
    );
    expect(again.errors?.[0]?.extensions?.reason).toBe('PUBLICATION_COMMITTEE_ALREADY_PUBLISHED');
    const seen = await s.gql<{ publication: { title: string; body: string; publisherName: string; status: string } }>(
      ONE,
      { id: pub.data?.publishCommitteeResolution.resolution.publicationId },
      w.tokens.resident,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.publication).toMatchObject({ status: 'PUBLISHED', publisherName: '天钜银河府业主委员会' });
    expect(seen.data?.publication.body).toContain('65432.10');
    expect(
      codeOf(await s.gql(ONE, { id: pub.data?.publishCommitteeResolution.resolution.publicationId }, resident2)),
    ).toBe('NOT_FOUND');
  });

  it('a factory-built item lists for its community staff', async () => {
    const p = await buildPublication(s, { community: { id: w.community.xingyi, streetId: w.streetId }, title: '工厂' });
    const r = await s.gql<{ publication: { title: string } }>(ONE, { id: p.id }, w.tokens.xingyi);
    expect(r.data?.publication.title).toBe('工厂');
  });
});
