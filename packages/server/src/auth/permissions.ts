import type { Permissions } from '../app/modules.js';
import type { Role } from './roles.js';

/**
 * Which roles' memberships count for an action. A membership counts only where its scope reaches
 * the record (reach.ts); everything not listed is denied. Each module declares its entries in its
 * manifest (`permissions`); the composition root (app/modules.ts) registers them here at start-up.
 */
export type Action = keyof Permissions & string;

const table = new Map<string, readonly Role[]>();

/** Called once by the composition root with every module's entries. */
export function registerPermissions(entries: Readonly<Record<string, readonly Role[]>>): void {
  for (const [action, roles] of Object.entries(entries)) table.set(action, roles);
}

/** The roles of an action; a name no module declared is a programming error, not a denial. */
export const PERMISSIONS: Readonly<Record<Action, readonly Role[]>> = new Proxy({} as Record<Action, readonly Role[]>, {
  get(_target, action) {
    if (typeof action !== 'string') return undefined;
    const roles = table.get(action);
    if (!roles) {
      throw new Error(`No module declares the action '${action}' (or app/modules.ts was not loaded)`);
    }
    return roles;
  },
  has: (_target, action) => typeof action === 'string' && table.has(action),
  ownKeys: () => [...table.keys()],
  getOwnPropertyDescriptor: (_target, action) =>
    typeof action === 'string' && table.has(action)
      ? { value: table.get(action), enumerable: true, configurable: true, writable: false }
      : undefined,
});
