import { type DataSource, In } from 'typeorm';
import { unscoped } from '../../auth/scoped.js';
import { sqlDate } from '../../db/sql.js';
import { MeetingEntity, MeetingPartyEntity } from '../meeting/meeting.entity.js';
import { Attendance, MeetingPartyKind, MeetingState } from '../meeting/meeting.enums.js';
import { PointsEvent } from './points.enums.js';
import type { PointsLedger } from './points-ledger.service.js';
import { PointsCursorEntity } from './points-reward.entity.js';

const CURSOR = 'meeting.attended';
/** Rows are re-read this far behind the cursor: a slow transaction may commit an older timestamp late. */
const OVERLAP_MS = 10 * 60_000;
const BATCH = 200;
/** The parties that are residents (invited representatives and residents who registered). */
const RESIDENT_KINDS = [MeetingPartyKind.RESIDENT_REPRESENTATIVE, MeetingPartyKind.REGISTERED_RESIDENT];

/**
 * Awards points for attending a round-table meeting, like `TicketAwardScan`: a job over the
 * meeting's attendance rows since a cursor (the meeting module stays unaware of points; a missed or
 * repeated run costs nothing because every award has the key `meeting.attended:<meetingId>:<userId>`).
 * A resident party marked PRESENT (checked in at the door or by staff) at a HELD meeting is paid
 * under the community's MEETING_ATTENDANCE rule. A row becomes payable at the later of the meeting's
 * `heldAt` and the party's `checkedInAt` (check-in may come before or after the meeting is marked
 * held); the cursor is the latest such instant seen.
 */
export class MeetingAwardScan {
  constructor(
    private readonly ds: DataSource,
    private readonly ledger: PointsLedger,
  ) {}

  /** One pass; returns the number of new entries. */
  async run(): Promise<number> {
    const db = unscoped(this.ds, 'a system job reading meeting attendance');
    const cursor = await db.repo(PointsCursorEntity).findOneBy({ name: CURSOR });
    const from = sqlDate(this.ds, new Date((cursor?.readUntil.getTime() ?? 0) - OVERLAP_MS));
    let readUntil = cursor?.readUntil ?? null;
    let made = 0;
    let afterId = '';
    for (;;) {
      const parties = await db
        .query(MeetingPartyEntity, 'p')
        .innerJoin(MeetingEntity, 'm', 'm.id = p.meetingId')
        .where('m.state = :held AND p.attendance = :present AND p.userId IS NOT NULL', {
          held: MeetingState.HELD,
          present: Attendance.PRESENT,
        })
        .andWhere('p.kind IN (:...kinds)', { kinds: RESIDENT_KINDS })
        // The later of the two instants is at or after `from`.
        .andWhere('(m.heldAt >= :from OR p.checkedInAt >= :from)', { from })
        .andWhere('p.id > :afterId', { afterId })
        .orderBy('p.id', 'ASC')
        .take(BATCH)
        .getMany();
      if (parties.length === 0) break;
      const meetings = await db.repo(MeetingEntity).findBy({ id: In([...new Set(parties.map((p) => p.meetingId))]) });
      const byId = new Map(meetings.map((m) => [m.id, m]));
      for (const p of parties) {
        const meeting = byId.get(p.meetingId);
        if (!meeting?.heldAt || !p.userId) continue;
        const r = await this.ledger.award({
          userId: p.userId,
          communityId: meeting.communityId,
          streetId: meeting.streetId,
          event: PointsEvent.MEETING_ATTENDANCE,
          idempotencyKey: `meeting.attended:${meeting.id}:${p.userId}`,
          referenceType: 'Meeting',
          referenceId: meeting.id,
        });
        if (r.created) made++;
        const payable = Math.max(meeting.heldAt.getTime(), p.checkedInAt?.getTime() ?? 0);
        if (!readUntil || payable > readUntil.getTime()) readUntil = new Date(payable);
      }
      afterId = (parties.at(-1) as MeetingPartyEntity).id;
      if (parties.length < BATCH) break;
    }
    // An upsert: two processes (or two ticks) scanning at once both write the cursor.
    if (readUntil && readUntil.getTime() !== cursor?.readUntil.getTime())
      await db.repo(PointsCursorEntity).upsert({ name: CURSOR, readUntil }, ['name']);
    return made;
  }
}
