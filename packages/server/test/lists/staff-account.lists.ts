/** Rows for the statement-count test of the own sessions; statements.test.ts collects this file by name. */

import { randomBytes, randomUUID } from 'node:crypto';
import { SessionEntity } from '../../src/modules/identity/session.entity.js';
import { buildStaff } from '../factories/index.js';
import type { TestServer } from '../helpers/server.js';

let token: Promise<string> | undefined;

/** One staff member with 21 live sessions (20 made in the table, the last by signing in). */
function fixture(s: TestServer): Promise<string> {
  token ??= (async () => {
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF' });
    const repo = s.db.dataSource.getRepository(SessionEntity);
    for (let i = 0; i < 20; i++) {
      await repo.save(
        repo.create({
          userId: staff.user.id,
          familyId: randomUUID(),
          tokenHash: randomBytes(32).toString('hex'),
          expiresAt: new Date(Date.now() + 86_400_000),
          usedAt: null,
          revokedAt: null,
          userAgent: `device ${i}`,
          ip: '10.0.0.1',
        }),
      );
    }
    return staff.token();
  })();
  return token;
}

export const LISTS = {
  mySessions: async (s: TestServer) => ({ token: await fixture(s), args: '' }),
};
