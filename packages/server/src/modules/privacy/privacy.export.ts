import { type DataSource, In } from 'typeorm';
import { unscoped } from '../../auth/scoped.js';
import { HouseholdBindingEntity } from '../identity/household-binding.entity.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { PointsEntryEntity } from '../points/points-entry.entity.js';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { TicketEventEntity } from '../ticket/ticket-event.entity.js';
import { VenueBookingEntity } from '../venue/venue.entity.js';
import { VolunteerSignupEntity } from '../volunteer/volunteer.entity.js';
import { VoteBallotEntity, VoteChoiceEntity, VoteVoterEntity } from '../vote/vote.entity.js';

/** One section of a resident's data export: a heading and its rows (plain JSON values). */
export interface ExportSection {
  key: string;
  title: string;
  rows: Record<string, unknown>[];
}

const WHY = "the signed-in user's own rows, selected by their user id";
const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/**
 * Everything the platform keeps about one account, section by section: the profile, household
 * bindings and roles, tickets submitted (with their timelines and ratings), venue bookings,
 * volunteer sign-ups and hours, the points ledger and ballots. Only rows tied to this user id.
 */
export async function collectExport(ds: DataSource, userId: string): Promise<ExportSection[]> {
  const db = unscoped(ds, WHY);
  const user = await db.repo(UserEntity).findOneByOrFail({ id: userId });
  const bindings = await db.repo(HouseholdBindingEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
  const memberships = await db.repo(MembershipEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
  const tickets = await db.repo(TicketEntity).find({ where: { submitterId: userId }, order: { createdAt: 'ASC' } });
  const events = tickets.length
    ? await db
        .query(TicketEventEntity, 'e')
        .innerJoin(TicketEntity, 't', 't.id = e.ticketId')
        .where('t.submitterId = :userId', { userId })
        .orderBy('e.createdAt', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .getMany()
    : [];
  const bookings = await db
    .repo(VenueBookingEntity)
    .find({ where: { requesterId: userId }, order: { startsAt: 'ASC' } });
  const signups = await db.repo(VolunteerSignupEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
  const points = await db.repo(PointsEntryEntity).find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  const voters = await db.repo(VoteVoterEntity).find({ where: { userId } });
  const ballots = voters.length
    ? await db.repo(VoteBallotEntity).find({ where: { voterId: In(voters.map((v) => v.id)) } })
    : [];
  const choices = ballots.length
    ? await db.repo(VoteChoiceEntity).find({ where: { ballotId: In(ballots.map((b) => b.id)) } })
    : [];

  return [
    {
      key: 'profile',
      title: '账户 Profile',
      rows: [
        {
          id: user.id,
          displayName: user.displayName,
          phone: user.phone,
          isPartyMember: user.isPartyMember,
          createdAt: iso(user.createdAt),
          lastSignInAt: iso(user.lastSignInAt),
        },
      ],
    },
    {
      key: 'roles',
      title: '角色 Roles',
      rows: memberships.map((m) => ({
        role: m.role,
        scopeKind: m.scopeKind,
        communityId: m.communityId,
        createdAt: iso(m.createdAt),
        revokedAt: iso(m.revokedAt),
      })),
    },
    {
      key: 'bindings',
      title: '房屋绑定 Household bindings',
      rows: bindings.map((b) => ({
        householdId: b.householdId,
        communityId: b.communityId,
        relation: b.relation,
        status: b.status,
        reason: b.reason,
        createdAt: iso(b.createdAt),
      })),
    },
    {
      key: 'tickets',
      title: '我的诉求 Tickets',
      rows: tickets.map((t) => ({
        id: t.id,
        title: t.title,
        body: t.body,
        locationText: t.locationText,
        anonymous: t.anonymous,
        state: t.state,
        createdAt: iso(t.createdAt),
        resolvedAt: iso(t.resolvedAt),
        rating: t.rating,
        ratingComment: t.ratingComment,
        // Staff notes stay out; the resident's own texts are theirs.
        events: events
          .filter((e) => e.ticketId === t.id)
          .map((e) => ({
            type: e.type,
            fromState: e.fromState,
            toState: e.toState,
            at: iso(e.createdAt),
            ...(e.actorId === userId ? { note: e.note } : {}),
          })),
      })),
    },
    {
      key: 'bookings',
      title: '场地预约 Venue bookings',
      rows: bookings.map((b) => ({
        id: b.id,
        venueId: b.venueId,
        startsAt: iso(b.startsAt),
        endsAt: iso(b.endsAt),
        purpose: b.purpose,
        attendees: b.attendees,
        status: b.status,
      })),
    },
    {
      key: 'volunteering',
      title: '志愿服务 Volunteering',
      rows: signups.map((v) => ({
        activityId: v.activityId,
        status: v.status,
        checkedInAt: iso(v.checkedInAt),
        checkedOutAt: iso(v.checkedOutAt),
        approvedMinutes: v.approvedMinutes,
        hoursStatus: v.hoursStatus,
      })),
    },
    {
      key: 'points',
      title: '积分明细 Points ledger',
      rows: points.map((p) => ({
        delta: p.delta,
        balanceAfter: p.balanceAfter,
        reason: p.reason,
        note: p.note,
        at: iso(p.createdAt),
      })),
    },
    {
      key: 'ballots',
      title: '表决票 Ballots',
      rows: ballots.map((b) => ({
        voteId: b.voteId,
        channel: b.channel,
        revision: b.revision,
        castAt: iso(b.createdAt),
        choices: choices.filter((c) => c.ballotId === b.id).map((c) => ({ matterId: c.matterId, choice: c.choice })),
      })),
    },
  ];
}

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const cell = (v: unknown) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : v);

/** The export as a readable, self-contained HTML page (no scripts; every value escaped). */
export function exportHtml(sections: ExportSection[], generatedAt: Date): string {
  const body = sections
    .map((s) => {
      if (s.rows.length === 0) return `<h2>${esc(s.title)}</h2><p>无 / none</p>`;
      const cols = [...new Set(s.rows.flatMap((r) => Object.keys(r)))];
      const head = cols.map((c) => `<th>${esc(c)}</th>`).join('');
      const rows = s.rows.map((r) => `<tr>${cols.map((c) => `<td>${esc(cell(r[c]))}</td>`).join('')}</tr>`).join('');
      return `<h2>${esc(s.title)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>我的数据 My data</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}</style>
</head><body><h1>我的数据 My data</h1><p>导出时间 Generated: ${esc(generatedAt.toISOString())}</p>
${body}
</body></html>`;
}
