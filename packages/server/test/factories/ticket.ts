/**
 * Factories of tickets (我要说事): a ticket in any state, reached through the API's workflow
 * mutations (never by writing the state column), with the community, category, resident, staff
 * and handling organisations made when not given.
 */
import { IsNull } from 'typeorm';
import { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { OrganisationEntity } from '../../src/modules/org/organisation.entity.js';
import { TicketCategoryEntity } from '../../src/modules/ticket/ticket-category.entity.js';
import { type FactoryContext, must, seq } from './context.js';
import { buildResident, buildStaff, type Person, type Resident } from './identity.js';
import { buildCommunity, buildOrganisation, type OrganisationKindName } from './org.js';

export type TicketStateName =
  | 'SUBMITTED'
  | 'ACCEPTED'
  | 'REJECTED'
  | 'MERGED'
  | 'REPLIED'
  | 'ESCALATED'
  | 'IN_MEETING'
  | 'RESOLVED'
  | 'WITHDRAWN';

export async function buildCategory(
  f: FactoryContext,
  o: { community?: CommunityEntity; code?: string; defaultOrgKind?: OrganisationKindName; replyDays?: number } = {},
): Promise<TicketCategoryEntity> {
  const community = o.community ?? (await buildCommunity(f));
  const code = o.code ?? `C${seq()}`.slice(0, 30);
  return f.db.dataSource.getRepository(TicketCategoryEntity).save({
    communityId: community.id,
    streetId: community.streetId,
    code,
    nameZh: `类别${code}`,
    nameEn: `Category ${code}`,
    defaultOrgKind: o.defaultOrgKind ?? 'COMMUNITY_OFFICE',
    replyDays: o.replyDays ?? 3,
    resolveDays: 15,
    active: true,
    sortOrder: 0,
  } as unknown as TicketCategoryEntity);
}

/** The people and organisations a community's tickets default to, made once per community. */
interface Desk {
  category: TicketCategoryEntity;
  resident: Resident;
  staff: Person;
  office: OrganisationEntity;
  department: OrganisationEntity;
  /** Staff of `department` (DEPARTMENT_STAFF): they acknowledge and answer its escalations. */
  departmentStaff: Person;
}
const desks = new WeakMap<object, Map<string, Promise<Desk>>>();

/** The default category, resident, staff member, office and department of a community's tickets. */
export function deskOf(f: FactoryContext, community: CommunityEntity): Promise<Desk> {
  let byCommunity = desks.get(f.db.dataSource);
  if (!byCommunity) {
    byCommunity = new Map();
    desks.set(f.db.dataSource, byCommunity);
  }
  let desk = byCommunity.get(community.id);
  if (!desk) {
    desk = (async () => {
      const orgs = f.db.dataSource.getRepository(OrganisationEntity);
      const category =
        (await f.db.dataSource
          .getRepository(TicketCategoryEntity)
          .findOne({ where: { communityId: community.id, active: true }, order: { sortOrder: 'ASC', id: 'ASC' } })) ??
        (await buildCategory(f, { community }));
      const office =
        (await orgs.findOneBy({
          communityId: community.id,
          kind: 'COMMUNITY_OFFICE' as never,
          archivedAt: IsNull(),
        })) ?? (await buildOrganisation(f, { kind: 'COMMUNITY_OFFICE', community }));
      const department =
        (await orgs.findOneBy({ streetId: community.streetId, kind: 'DEPARTMENT' as never, archivedAt: IsNull() })) ??
        (await buildOrganisation(f, { kind: 'DEPARTMENT', community }));
      return {
        category,
        office,
        department,
        resident: await buildResident(f, { community }),
        staff: await buildStaff(f, { role: 'COMMUNITY_STAFF', scope: community }),
        departmentStaff: await buildStaff(f, { role: 'DEPARTMENT_STAFF', scope: department }),
      };
    })();
    byCommunity.set(community.id, desk);
  }
  return desk;
}

export interface BuiltTicket {
  id: string;
  state: TicketStateName;
  version: number;
  community: CommunityEntity;
  /** Who raised it. */
  resident: Person;
  /** The community staff member who moved it. */
  staff: Person;
}

let keys = 0;

/**
 * A ticket in `state`, raised by `resident` (the community's default resident if not given) and
 * moved there by `staff` (its default community staff) through the workflow mutations.
 */
export async function buildTicket(
  f: FactoryContext,
  o: {
    state?: TicketStateName;
    community?: CommunityEntity;
    resident?: Person & { household?: { estateId: string; communityId: string } };
    staff?: Person;
    category?: TicketCategoryEntity;
    title?: string;
    /** For MERGED: the ticket it is merged into (a new accepted one if not given). */
    primaryId?: string;
  } = {},
): Promise<BuiltTicket> {
  const state = o.state ?? 'SUBMITTED';
  // The community defaults to the given resident's, or a new one.
  const home = o.resident?.household?.communityId;
  const community =
    o.community ??
    (home
      ? await f.db.dataSource.getRepository(CommunityEntity).findOneByOrFail({ id: home })
      : await buildCommunity(f));
  const desk = await deskOf(f, community);
  const resident: Person & { household?: { estateId: string; communityId: string } } = o.resident ?? desk.resident;
  const staff = o.staff ?? desk.staff;
  const estateId = resident.household?.communityId === community.id ? resident.household.estateId : undefined;
  const submitted = await must<{ submitTicket: { ticket: { id: string } } }>(
    f,
    'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
    {
      i: {
        categoryId: (o.category ?? desk.category).id,
        title: o.title ?? `测试工单${seq()}`.slice(0, 60),
        body: '用于测试的工单内容。',
        ...(estateId ? { estateId } : { communityId: community.id }),
        anonymous: false,
        idempotencyKey: `factory-${process.pid}-${++keys}-${seq()}`,
      },
    },
    await resident.token(),
  );
  const id = submitted.submitTicket.ticket.id;
  const step = async (mutation: string, type: string, input: Record<string, unknown>, as: Person = staff) =>
    must(
      f,
      `mutation($i: ${type}!) { ${mutation}(input: $i) { ticket { id } } }`,
      { i: { ticketId: id, ...input } },
      await as.token(),
    );
  const accept = () => step('acceptTicket', 'AcceptTicketInput', { organisationIds: [desk.office.id] });
  switch (state) {
    case 'SUBMITTED':
      break;
    case 'ACCEPTED':
      await accept();
      break;
    case 'REJECTED':
      await step('rejectTicket', 'RejectTicketInput', { reason: '不属于受理范围' });
      break;
    case 'MERGED': {
      const primaryTicketId = o.primaryId ?? (await buildTicket(f, { state: 'ACCEPTED', community, staff })).id;
      await step('mergeTicket', 'MergeTicketInput', { primaryTicketId });
      break;
    }
    case 'REPLIED':
      await accept();
      await step('replyToTicket', 'ReplyToTicketInput', { body: '已收到，正在处理。' });
      break;
    case 'ESCALATED':
      await accept();
      await step('escalateTicket', 'EscalateTicketInput', { departmentId: desk.department.id, reason: '需部门处理' });
      break;
    case 'IN_MEETING':
      await accept();
      await step('referTicketToMeeting', 'ReferTicketToMeetingInput', { note: '提交圆桌会' });
      break;
    case 'RESOLVED':
      await accept();
      await step('resolveTicket', 'ResolveTicketInput', { resolution: '已处理完毕。' });
      break;
    case 'WITHDRAWN':
      await step('withdrawTicket', 'WithdrawTicketInput', { reason: '已自行解决' }, resident);
      break;
  }
  const read = await must<{ ticket: { state: TicketStateName; version: number } }>(
    f,
    'query($id: ID!) { ticket(id: $id) { state version } }',
    { id },
    await staff.token(),
  );
  if (read.ticket.state !== state) throw new Error(`buildTicket: wanted ${state}, got ${read.ticket.state}`);
  return { id, state, version: read.ticket.version, community, resident, staff };
}
