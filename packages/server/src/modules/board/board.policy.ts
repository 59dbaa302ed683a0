import { reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { Role } from '../identity/identity.enums.js';
import { ReplyTemplateEntity, TicketReportEntity } from './board.entity.js';

/** A community as a place of the tenancy tree. */
export const communityPlace = (r: { streetId: string; communityId: string }): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/** Residents' reports: staff who moderate the place. */
export const ticketReportRead: ReadRule<TicketReportEntity> = {
  entity: TicketReportEntity,
  what: 'TicketReport',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'board.moderate'), { street: 'streetId', community: 'communityId' }),
};

/** Reply templates: staff who configure the place (the reply dialog reads them filled, through the ticket). */
export const replyTemplateRead: ReadRule<ReplyTemplateEntity> = {
  entity: ReplyTemplateEntity,
  what: 'ReplyTemplate',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'board.configure'), { street: 'streetId', community: 'communityId' }),
};

/** 我也遇到, follow and report are for residents of the ticket's community (a resident grant there). */
export const residentOf = (viewer: Viewer, communityId: string): boolean =>
  viewer.grants.some((g) => g.role === Role.RESIDENT && g.communityId === communityId);
