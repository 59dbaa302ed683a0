import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { allow, serialize } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { MeetingActionItemEntity, MeetingEntity } from './meeting.entity.js';
import { MeetingState } from './meeting.enums.js';
import { MeetingReasons } from './meeting.errors.js';

/** Where a meeting sits in the tenancy tree. */
export const placeOfMeeting = (r: { streetId: string; communityId: string }): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/** Organisations the viewer works for (any grant held through an organisation). */
export const orgIdsOf = (viewer: Viewer | null): string[] =>
  (viewer?.grants ?? []).map((g) => g.organisationId).filter((x): x is string => !!x);

let seq = 0;

/**
 * Who reads a meeting, as a query filter: its organisers (`meeting.read` at its place), staff of
 * an invited organisation and invited or registered people (a party row), and residents of its
 * community when it is open to residents (`meeting.register` there).
 */
function applyMeetingRead(qb: SelectQueryBuilder<MeetingEntity>, viewer: Viewer | null) {
  const a = qb.alias;
  const n = ++seq;
  const orgs = orgIdsOf(viewer);
  if (reachFor(viewer, 'meeting.read').all) return;
  qb.andWhere(
    new Brackets((w) => {
      w.where('1 = 0');
      w.orWhere(
        new Brackets((p) =>
          applyReach(p, a, reachFor(viewer, 'meeting.read'), { street: 'streetId', community: 'communityId' }),
        ),
      );
      if (viewer) {
        w.orWhere(
          `EXISTS (SELECT 1 FROM meeting_party mp${n} WHERE mp${n}.meetingId = ${a}.id AND (mp${n}.userId = :mu${n}${
            orgs.length ? ` OR mp${n}.organisationId IN (:...mo${n})` : ''
          }))`,
          { [`mu${n}`]: viewer.userId, [`mo${n}`]: orgs },
        );
        w.orWhere(
          new Brackets((p) => {
            p.where(`${a}.openToResidents = :open${n}`, { [`open${n}`]: true });
            applyReach(p, a, reachFor(viewer, 'meeting.register'), { community: 'communityId' });
          }),
        );
      }
    }),
  );
}

export const meetingRead: ReadRule<MeetingEntity> = {
  entity: MeetingEntity,
  what: 'Meeting',
  filter: applyMeetingRead,
};

/** Upcoming meetings open to residents of the viewer's communities (the residents' list). */
export const openMeetingRead: ReadRule<MeetingEntity> = {
  entity: MeetingEntity,
  what: 'Meeting',
  filter: (qb, viewer) => {
    qb.andWhere(`${qb.alias}.openToResidents = :open`, { open: true });
    qb.andWhere(`${qb.alias}.state = :planned`, { planned: MeetingState.PLANNED });
    applyReach(qb, qb.alias, reachFor(viewer, 'meeting.register'), { community: 'communityId' });
  },
};

/** Action items: the organisers' (`meeting.read` at the place) and the owner organisation's staff. */
export const actionItemRead: ReadRule<MeetingActionItemEntity> = {
  entity: MeetingActionItemEntity,
  what: 'MeetingActionItem',
  filter: (qb, viewer) => {
    const a = qb.alias;
    const n = ++seq;
    const orgs = orgIdsOf(viewer);
    if (reachFor(viewer, 'meeting.read').all) return;
    qb.andWhere(
      new Brackets((w) => {
        w.where('1 = 0');
        w.orWhere(
          new Brackets((p) =>
            applyReach(p, a, reachFor(viewer, 'meeting.read'), { street: 'streetId', community: 'communityId' }),
          ),
        );
        if (orgs.length) w.orWhere(`${a}.ownerOrganisationId IN (:...ao${n})`, { [`ao${n}`]: orgs });
      }),
    );
  },
};

/** A meeting as the policy judges it. */
export interface MeetingSubject {
  streetId: string;
  communityId: string;
  openToResidents: boolean;
  state: MeetingState;
}

const manages = (v: Viewer, m: MeetingSubject) => can(v, 'meeting.manage', placeOfMeeting(m));

/**
 * Abilities on a meeting: organisers (`meeting.manage`) edit everything — parties, agenda,
 * attendance, minutes, resolutions, action items; residents of the community register for an
 * open one. Whoever reads it may check in with its code when they are a party (checked by the
 * service against the party rows).
 */
export const meetingPolicy = allow<MeetingSubject, 'manage' | 'register'>({
  what: 'Meeting',
  forbidden: MeetingReasons.MEETING_ACTION_NOT_ALLOWED,
  // Reaching a meeting at all is decided by the read rule before any ability is asked.
  read: () => true,
  abilities: {
    manage: manages,
    register: (v, m) =>
      m.openToResidents && m.state === MeetingState.PLANNED && can(v, 'meeting.register', placeOfMeeting(m)),
  },
});

export const meetingViewerCan = (viewer: Viewer | null, m: MeetingSubject) => serialize(viewer, meetingPolicy, m);

/** An action item as the policy judges it. */
export interface ActionItemSubject {
  streetId: string;
  communityId: string;
  ownerOrganisationId: string;
}

/** Organisers update any action item; the owner organisation's staff report on their own. */
export const actionItemPolicy = allow<ActionItemSubject, 'update'>({
  what: 'MeetingActionItem',
  forbidden: MeetingReasons.MEETING_ACTION_NOT_ALLOWED,
  read: () => true,
  abilities: {
    update: (v, a) => can(v, 'meeting.manage', placeOfMeeting(a)) || orgIdsOf(v).includes(a.ownerOrganisationId),
  },
});
