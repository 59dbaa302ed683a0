import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer } from '../../src/auth/viewer.js';
import type { Actor } from '../../src/common/actor.js';
import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity.js';
import { HouseholdBindingEntity } from '../../src/modules/identity/household-binding.entity.js';
import { BindingStatus, HouseholdRelation, Role, ScopeKind } from '../../src/modules/identity/identity.enums.js';
import { resolveGrants } from '../../src/modules/identity/load-viewer.js';
import { MembershipEntity } from '../../src/modules/identity/membership.entity.js';
import { OrganisationKind } from '../../src/modules/org/org.enums.js';
import { TicketCategoryEntity } from '../../src/modules/ticket/ticket-category.entity.js';
import { freshUser, householdIn, otherStreet, residentMembership, uniq } from '../helpers/fixtures.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';

describe('identity hardening (issue 7)', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  const actorFor = async (userId: string): Promise<Actor> => {
    const rows = await w.ds.getRepository(MembershipEntity).findBy({ userId });
    const viewer = new Viewer(
      userId,
      'test',
      'fam',
      await resolveGrants(
        w.ds,
        rows.filter((r) => !r.revokedAt),
      ),
    );
    return { viewer, userAgent: null, meta: { actorId: userId, requestId: null, ip: null } };
  };

  describe('phone search', () => {
    const search = async (text: string) => {
      const r = await server.gql<{ users: { edges: { node: { id: string } }[] } }>(
        'query($s: String!) { users(search: $s, first: 50) { edges { node { id } } } }',
        { s: text },
        w.tokens.boxue,
      );
      expect(codeOf(r)).toBe('OK');
      return r.data?.users.edges.map((e) => e.node.id) ?? [];
    };
    const searchRows = async () =>
      (await w.ds.query("SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'user.phone.search'"))[0].n;

    it('community staff: a partial phone number finds nobody (no tail matching)', async () => {
      expect(await search('0001')).not.toContain(w.user.resident);
      expect(await search('00000001')).not.toContain(w.user.resident);
      expect(await search('3900000001')).not.toContain(w.user.resident);
    });

    it('community staff: a full 11-digit number finds exactly that user, and the search is audited', async () => {
      const before = Number(await searchRows());
      expect(await search('13900000001')).toEqual([w.user.resident]);
      expect(Number(await searchRows())).toBe(before + 1);
      const [row] = await w.ds.query(
        "SELECT actorId, actorRole, targetId, summary FROM audit_log WHERE operation = 'user.phone.search' ORDER BY id DESC LIMIT 1",
      );
      expect(row).toMatchObject({ actorId: w.user.boxue, actorRole: 'COMMUNITY_STAFF', targetId: w.user.resident });
      expect(row.summary).not.toContain('13900000001');
      // A name search is not a phone search: no audit row.
      expect((await search('周女士')).length).toBe(1);
      expect(Number(await searchRows())).toBe(before + 1);
    });
  });

  describe('revoking a household binding', () => {
    const approvedBinding = async (userId: string, where: 'boxue' | 'xingyi') => {
      const h = await householdIn(w, where);
      const b = await w.ds.getRepository(HouseholdBindingEntity).save({
        userId,
        householdId: h.id,
        streetId: h.streetId,
        communityId: h.communityId,
        estateId: h.estateId,
        relation: HouseholdRelation.OWNER,
        status: BindingStatus.PENDING,
        reason: null,
        reviewedById: null,
        reviewedAt: null,
        version: 1,
      } as HouseholdBindingEntity);
      const r = await server.gql(
        'mutation($id: ID!) { approveHouseholdBinding(input: { bindingId: $id }) { binding { status } } }',
        { id: b.id },
        w.tokens[where],
      );
      expect(codeOf(r)).toBe('OK');
      return b.id;
    };
    const revoke = async (id: string, where: 'boxue' | 'xingyi') => {
      const r = await server.gql(
        'mutation($id: ID!) { rejectHouseholdBinding(input: { bindingId: $id, reason: "moved out" }) { binding { status } } }',
        { id },
        w.tokens[where],
      );
      expect(codeOf(r)).toBe('OK');
    };
    const activeResident = async (userId: string, communityId: string) =>
      Number(
        (
          await w.ds.query(
            'SELECT COUNT(*) AS n FROM membership WHERE userId = ? AND role = ? AND communityId = ? AND revokedAt IS NULL',
            [userId, Role.RESIDENT, communityId],
          )
        )[0].n,
      );

    it('community staff: revoking the last approved binding in a community removes the RESIDENT role there', async () => {
      const user = await freshUser(w);
      const first = await approvedBinding(user.id, 'boxue');
      const second = await approvedBinding(user.id, 'boxue');
      const elsewhere = await approvedBinding(user.id, 'xingyi');
      expect(await activeResident(user.id, w.community.boxue)).toBe(1);
      await revoke(first, 'boxue');
      expect(await activeResident(user.id, w.community.boxue)).toBe(1);
      await revoke(second, 'boxue');
      expect(await activeResident(user.id, w.community.boxue)).toBe(0);
      expect(await activeResident(user.id, w.community.xingyi)).toBe(1);
      const ops = await w.ds.query(
        "SELECT operation FROM audit_log WHERE operation = 'membership.revoke' AND summary LIKE ?",
        [`%${user.id}%`],
      );
      expect(ops).toHaveLength(1);
      void elsewhere;
    });
  });

  describe('User.memberships within the viewer’s reach', () => {
    const membershipsSeen = async (actor: 'xingyi' | 'street' | 'boxue', userId: string) => {
      const r = await server.gql<{
        user: { memberships: { role: string; scopeId: string | null; community: { name: string } | null }[] };
      }>(
        'query($id: ID!) { user(id: $id) { memberships { role scopeId community { name } } } }',
        { id: userId },
        w.tokens[actor],
      );
      expect(codeOf(r)).toBe('OK');
      return r.data?.user.memberships ?? [];
    };

    it('community staff: sees no membership of another community', async () => {
      const m = await residentMembership(w, 'boxue');
      await w.ds.getRepository(MembershipEntity).save({
        ...m,
        id: undefined,
        activeScopeKey: undefined,
        scopeId: w.community.xingyi,
        communityId: w.community.xingyi,
      } as unknown as MembershipEntity);
      const seen = await membershipsSeen('xingyi', m.userId);
      expect(seen.map((s) => s.scopeId)).toEqual([w.community.xingyi]);
      expect(seen.map((s) => s.community?.name)).toEqual(['兴议社区']);
      expect((await membershipsSeen('street', m.userId)).length).toBe(2);
    });

    it('street admin: sees no membership placed in another street', async () => {
      const m = await residentMembership(w, 'boxue');
      const street = await otherStreet(w);
      await w.ds.getRepository(MembershipEntity).save({
        userId: m.userId,
        role: Role.STREET_ADMIN,
        scopeKind: ScopeKind.STREET,
        scopeId: street.id,
        streetId: street.id,
        communityId: null,
        estateId: null,
        organisationId: null,
        grantedById: null,
        revokedAt: null,
        revokedById: null,
      } as MembershipEntity);
      const seen = await membershipsSeen('street', m.userId);
      expect(seen.map((s) => s.role)).toEqual([Role.RESIDENT]);
    });

    it('a user sees all their own memberships', async () => {
      const r = await server.gql<{ me: { memberships: { role: string }[] } }>(
        '{ me { memberships { role } } }',
        {},
        w.tokens.street,
      );
      expect(r.data?.me.memberships.map((m) => m.role)).toEqual([Role.STREET_ADMIN]);
    });
  });

  describe('audit summaries', () => {
    it('a summary longer than the limit is cut before serialising and stays valid JSON', async () => {
      const actor = await actorFor(w.user.system);
      await server.app.services.audit.record(actor.meta, {
        operation: 'test.longSummary',
        targetType: 'Test',
        targetId: null,
        grant: null,
        streetId: null,
        communityId: null,
        summary: { note: '长'.repeat(5000), list: Array.from({ length: 500 }, (_, i) => `item ${i}`), n: 1 },
      });
      const row = await w.ds.getRepository(AuditLogEntity).findOneByOrFail({ operation: 'test.longSummary' });
      expect(row.summary.length).toBeLessThanOrEqual(4000);
      const parsed = JSON.parse(row.summary);
      expect(parsed.n).toBe(1);
      expect(String(parsed.note).startsWith('长长长')).toBe(true);
    });

    it('street admin: an organisation’s contact details are not copied into the audit log', async () => {
      const created = await server.gql<{ createOrganisation: { organisation: { id: string } } }>(
        `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { organisation { id } } }`,
        {
          i: {
            kind: OrganisationKind.PROPERTY_COMPANY,
            name: `审计物业${uniq()}`,
            streetId: w.streetId,
            contact: '王经理 13712345678',
          },
        },
        w.tokens.street,
      );
      expect(codeOf(created)).toBe('OK');
      const id = created.data?.createOrganisation.organisation.id;
      const updated = await server.gql(
        `mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { organisation { id } } }`,
        { i: { id, contact: '李经理 13787654321' } },
        w.tokens.street,
      );
      expect(codeOf(updated)).toBe('OK');
      const rows: { operation: string; summary: string }[] = await w.ds.query(
        'SELECT operation, summary FROM audit_log WHERE targetId = ? ORDER BY id',
        [id],
      );
      expect(rows.map((r) => r.operation)).toEqual(['organisation.create', 'organisation.update']);
      for (const r of rows) {
        expect(r.summary).not.toMatch(/137\d{8}|经理/);
        JSON.parse(r.summary);
      }
      expect(JSON.parse(rows[1]?.summary ?? '{}')).toMatchObject({ contactChanged: true });
    });
  });

  describe('inputs are mapped field by field', () => {
    it('community staff: extra properties on a category input (id, createdAt, streetId, active) are not written', async () => {
      const actor = await actorFor(w.user.boxue);
      const forged = new Date('2001-01-01T00:00:00Z');
      const input = {
        communityId: w.community.boxue,
        code: `forged${uniq()}`,
        nameZh: '伪造',
        nameEn: 'Forged',
        defaultOrgKind: OrganisationKind.PROPERTY_COMPANY,
        replyDays: 3,
        resolveDays: 10,
        sortOrder: 1,
        // Not part of the input type: a caller passing through a richer object must not set them.
        id: '00000000000000000000000forged',
        createdAt: forged,
        streetId: 'elsewhere',
        active: false,
      };
      const row = await server.app.services.ticketCategories.create(actor, input as never);
      const stored = await w.ds.getRepository(TicketCategoryEntity).findOneByOrFail({ code: input.code });
      expect(stored.id).toBe(row.id);
      expect(stored.id).not.toBe(input.id);
      expect(stored.createdAt.getUTCFullYear()).not.toBe(2001);
      expect(stored.streetId).toBe(w.streetId);
      expect(stored.active).toBe(true);
      const [audit] = await w.ds.query(
        "SELECT summary FROM audit_log WHERE targetId = ? AND operation = 'ticket.category.create'",
        [row.id],
      );
      expect(Object.keys(JSON.parse(audit.summary))).not.toContain('id');
    });
  });

  describe('serverInfo', () => {
    it('anyone: version is the server package’s version', async () => {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        version: string;
      };
      const r = await server.gql<{ serverInfo: { version: string } }>('{ serverInfo { version } }');
      expect(r.data?.serverInfo.version).toBe(pkg.version);
    });
  });
});
