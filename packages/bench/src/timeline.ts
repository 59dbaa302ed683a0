/**
 * The generated tickets' life stories: the 20 timeline patterns of the 100,000-ticket figure tests
 * (packages/server/test/{analysis,ticket}/figures-scale.test.ts), with the ticket projection the
 * workflow keeps in step with its timeline. Pattern k = i % 20 of ticket i:
 * 0-1 rejected, 2 merged, 3 waiting, 4-5 accepted without answer, 6-9 replied on time,
 * 10-11 replied late (after the 3-day deadline), 12-15 resolved, 16 resolved then reopened,
 * 17 escalated and answered, 18 resolved, reopened, resolved again (rated 4), 19 resolved
 * straight away (rated 5).
 */
export type EventType =
  | 'SUBMITTED'
  | 'REJECTED'
  | 'MERGED'
  | 'ACCEPTED'
  | 'REPLIED'
  | 'RESOLVED'
  | 'REOPENED'
  | 'ESCALATED'
  | 'ESCALATION_ANSWERED';

/** Events of pattern k as [type, hours after submission]. */
export function timeline(k: number): [EventType, number][] {
  const s: [EventType, number][] = [['SUBMITTED', 0]];
  if (k <= 1) return [...s, ['REJECTED', 1]];
  if (k === 2) return [...s, ['MERGED', 1]];
  if (k === 3) return s;
  const a: [EventType, number][] = [...s, ['ACCEPTED', 1]];
  if (k <= 5) return a;
  if (k <= 9) return [...a, ['REPLIED', 2]];
  if (k <= 11) return [...a, ['REPLIED', 100]];
  if (k <= 15) return [...a, ['REPLIED', 2], ['RESOLVED', 3]];
  if (k === 16) return [...a, ['REPLIED', 2], ['RESOLVED', 3], ['REOPENED', 4]];
  if (k === 17) return [...a, ['ESCALATED', 2], ['ESCALATION_ANSWERED', 5]];
  if (k === 18) return [...a, ['REPLIED', 2], ['RESOLVED', 3], ['REOPENED', 4], ['RESOLVED', 6]];
  return [...a, ['RESOLVED', 2]];
}

export const rating = (k: number): number | null => (k === 18 ? 4 : k === 19 ? 5 : null);

/** The state a ticket is in after an event of this type. */
export const STATE_AFTER: Record<EventType, string> = {
  SUBMITTED: 'SUBMITTED',
  REJECTED: 'REJECTED',
  MERGED: 'MERGED',
  ACCEPTED: 'ACCEPTED',
  REPLIED: 'REPLIED',
  RESOLVED: 'RESOLVED',
  REOPENED: 'ACCEPTED',
  ESCALATED: 'ESCALATED',
  ESCALATION_ANSWERED: 'REPLIED',
};

/** The ticket's projection of its timeline (hours from submission). */
export function projection(k: number) {
  const tl = timeline(k);
  const at = (type: EventType) => tl.filter(([t]) => t === type).map(([, h]) => h);
  const answers = tl
    .filter(([t]) => t === 'REPLIED' || t === 'RESOLVED' || t === 'ESCALATION_ANSWERED')
    .map(([, h]) => h);
  const last = tl[tl.length - 1] as [EventType, number];
  const resolved = at('RESOLVED');
  return {
    state: STATE_AFTER[last[0]],
    acceptedAt: at('ACCEPTED')[0] ?? null,
    firstRepliedAt: answers.length ? Math.min(...answers) : null,
    resolvedAt: last[0] === 'RESOLVED' ? (resolved[resolved.length - 1] as number) : null,
    merged: at('MERGED').length > 0,
    escalated: at('ESCALATED').length > 0,
    reopenCount: at('REOPENED').length,
  };
}
