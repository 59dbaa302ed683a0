import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicationRevisionEntity } from '../../src/modules/publication/publication.entity.js';
import { buildPublication } from '../factories/publication.js';
import { testDialect } from '../helpers/database.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';

/** Races decided by the database (meaningful on MariaDB: TEST_DB=mysql). */
describe(`publication races (${testDialect})`, () => {
  let s: TestServer;
  let w: World;
  beforeAll(async () => {
    s = await startTestServer();
    w = await buildWorld(s);
  });
  afterAll(() => s.close());

  const item = () => buildPublication(s, { community: { id: w.community.boxue, streetId: w.streetId } });

  it('two editors of one published item: one new revision, the other CONFLICT', async () => {
    const p = await item();
    const edit = (n: number) =>
      s.gql(
        'mutation($i: UpdatePublicationInput!) { updatePublication(input: $i) { publication { revisionNumber } } }',
        { i: { id: p.id, body: `<p>第${n}种改法</p>`, changeNote: `改法${n}` } },
        w.tokens.boxue,
      );
    const results = await Promise.all([edit(1), edit(2), edit(3)]);
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'OK').length).toBeGreaterThanOrEqual(1);
    expect(codes.every((c) => c === 'OK' || c === 'CONFLICT')).toBe(true);
    const revs = await w.ds.getRepository(PublicationRevisionEntity).findBy({ publicationId: p.id });
    // Numbers are 1..n without gaps or duplicates, one per successful edit.
    expect(revs.map((r) => r.number).sort()).toEqual(
      Array.from({ length: 1 + codes.filter((c) => c === 'OK').length }, (_, i) => i + 1),
    );
  });

  it('one reader opening an item five times at once counts once', async () => {
    const p = await item();
    const view = () =>
      s.gql(
        'mutation($i: RecordPublicationViewInput!) { recordPublicationView(input: $i) { publication { viewCount } } }',
        { i: { id: p.id } },
        w.tokens.resident,
      );
    const results = await Promise.all([view(), view(), view(), view(), view()]);
    expect(results.map(codeOf)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK']);
    const after = await s.gql<{ publication: { viewCount: number } }>(
      'query($id: ID!) { publication(id: $id) { viewCount } }',
      { id: p.id },
      w.tokens.resident,
    );
    expect(after.data?.publication.viewCount).toBe(1);
  });

  it('two job runs at once publish a scheduled item once', async () => {
    const p = await buildPublication(s, {
      community: { id: w.community.boxue, streetId: w.streetId },
      status: 'DRAFT',
    });
    const at = new Date(Date.now() + 3_600_000);
    await s.gql(
      'mutation($i: PublishPublicationInput!) { publishPublication(input: $i) { publication { id } } }',
      { i: { id: p.id, publishAt: at.toISOString() } },
      w.tokens.boxue,
    );
    const later = new Date(at.getTime() + 1000);
    const svc = s.app.services.publications;
    // SQLite has one connection: two transactions cannot overlap in one process, so there the runs
    // go one after the other (the second finds nothing); MariaDB runs them truly at once.
    const [a, b] =
      testDialect === 'mysql'
        ? await Promise.all([svc.publishDue(later), svc.publishDue(later)])
        : [await svc.publishDue(later), await svc.publishDue(later)];
    expect(a + b).toBe(1);
    const revs = await w.ds.getRepository(PublicationRevisionEntity).countBy({ publicationId: p.id });
    expect(revs).toBe(1);
  });
});
