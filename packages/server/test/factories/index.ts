/** Test factories, one file per module; each creates the parents it is not given. */
export * from './audit.js';
export * from './context.js';
export * from './identity.js';
export * from './org.js';
export * from './ticket.js';
export * from './ticket-desk.js';
export * from './vote.js';
