/** A session (or every session of a user) ended: open subscriptions re-check theirs at once. */
export interface SessionEnded {
  userId: string;
  familyId?: string;
}

/** The in-process event name the identity module emits and graphql-ws connections listen to. */
export const SESSION_ENDED = 'session-ended';
