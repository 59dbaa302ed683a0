import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  auditOperations,
  entities,
  errorReasons,
  modules,
  notificationKinds,
  permissions,
  resolvers,
} from '../../src/app/modules.js';
import { PERMISSIONS } from '../../src/auth/permissions.js';
import { Role } from '../../src/auth/roles.js';

const modulesDir = resolve(import.meta.dirname, '../../src/modules');

/** The module grammar: every module folder has a manifest, and the composition root lists it. */
describe('composition root (app/modules.ts)', () => {
  it('lists exactly the module folders, each by its <m>.module.ts manifest', () => {
    const folders = readdirSync(modulesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const name of folders) expect(existsSync(resolve(modulesDir, name, `${name}.module.ts`)), name).toBe(true);
    expect(modules.map((m) => m.name).sort()).toEqual(folders);
  });

  it('declares each entity and resolver class in one module only', () => {
    expect(new Set(entities).size).toBe(entities.length);
    expect(new Set(resolvers).size).toBe(resolvers.length);
    expect(entities.length).toBeGreaterThan(20);
  });

  it('serves every module permission through auth/permissions.ts, and refuses an undeclared action', () => {
    for (const [action, roles] of Object.entries(permissions)) expect(PERMISSIONS[action as never]).toEqual(roles);
    expect(PERMISSIONS['ticket.triage']).toContain(Role.COMMUNITY_STAFF);
    expect(() => PERMISSIONS['nothing.declared' as never]).toThrow(/No module declares the action 'nothing.declared'/);
  });

  it('names each audit operation and notification kind once, and reasons by their module', () => {
    expect(new Set(auditOperations).size).toBe(auditOperations.length);
    expect(auditOperations).toContain('ticket.accept');
    expect(new Set(notificationKinds).size).toBe(notificationKinds.length);
    expect(errorReasons).toHaveProperty('TICKET_BIND_HOUSEHOLD_FIRST');
  });
});
