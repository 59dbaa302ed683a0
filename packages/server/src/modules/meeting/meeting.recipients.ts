import type { EntityManager } from 'typeorm';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { communityStaff, organisationStaff } from '../ticket/ticket.routing.js';
import type { MeetingPartyEntity } from './meeting.entity.js';

/** Staff of an organisation: a community office's are the community's staff; others' are their members. */
export async function staffOf(m: EntityManager, organisationId: string): Promise<string[]> {
  const org = await m.findOneBy(OrganisationEntity, { id: organisationId });
  if (!org) return [];
  if (org.kind === OrganisationKind.COMMUNITY_OFFICE && org.communityId) return communityStaff(m, org.communityId);
  return organisationStaff(m, [org.id]);
}

/** Everyone a meeting's parties stand for: invited people, registered residents, staff of invited organisations. */
export async function partyRecipients(m: EntityManager, parties: readonly MeetingPartyEntity[]): Promise<string[]> {
  const users = new Set<string>();
  for (const p of parties) {
    if (p.userId) users.add(p.userId);
    if (p.organisationId) for (const u of await staffOf(m, p.organisationId)) users.add(u);
  }
  return [...users];
}

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai. */
export function shanghaiMinute(d: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);
}
