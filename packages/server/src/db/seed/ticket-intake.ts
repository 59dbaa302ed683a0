import type { DataSource } from 'typeorm';
import { hashPassword } from '../../auth/password.js';
import { Role, ScopeKind } from '../../modules/identity/identity.enums.js';
import { MembershipEntity } from '../../modules/identity/membership.entity.js';
import { byPhone, UserEntity } from '../../modules/identity/user.entity.js';
import { OrganisationEntity } from '../../modules/org/organisation.entity.js';
import { DEMO_PASSWORD } from './demo.js';

/** The demo account of a street department's staff (DEPARTMENT_STAFF of 萧山交警北干中队). */
export const DEMO_DEPARTMENT_STAFF = { phone: '13800000005', name: '交警中队 孙警官', department: '萧山交警北干中队' };

/**
 * The ticket desk's demo data (issue 10): a staff account of the traffic police squad, who sees,
 * acknowledges and answers the tickets escalated to it. Idempotent.
 */
export async function seedTicketIntake(ds: DataSource): Promise<void> {
  const users = ds.getRepository(UserEntity);
  if (await users.existsBy(byPhone(DEMO_DEPARTMENT_STAFF.phone))) return;
  const department = await ds.getRepository(OrganisationEntity).findOneBy({ name: DEMO_DEPARTMENT_STAFF.department });
  if (!department) return;
  await ds.transaction(async (m) => {
    const user = await m.save(
      m.create(UserEntity, {
        phone: DEMO_DEPARTMENT_STAFF.phone,
        displayName: DEMO_DEPARTMENT_STAFF.name,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        isPartyMember: false,
        disabledAt: null,
        tokenVersion: 0,
      }),
    );
    await m.save(
      m.create(MembershipEntity, {
        userId: user.id,
        role: Role.DEPARTMENT_STAFF,
        scopeKind: ScopeKind.ORGANISATION,
        scopeId: department.id,
        streetId: department.streetId,
        communityId: department.communityId,
        estateId: department.estateId,
        organisationId: department.id,
        grantedById: null,
        revokedAt: null,
        revokedById: null,
      }),
    );
  });
}
