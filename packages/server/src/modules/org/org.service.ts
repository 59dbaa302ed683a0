import { type DataSource, In } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { reachFor } from '../../auth/policy.js';
import { inReach, type Place } from '../../auth/reach.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { contains } from '../../db/sql.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { EstateEntity } from './estate.entity.js';
import { OrganisationKind } from './org.enums.js';
import { OrgReasons as R } from './org.errors.js';
import type * as I from './org.inputs.js';
import {
  organisationPlacePolicy,
  organisationPolicy,
  organisationRead,
  placeOfCommunity,
  placeOfEstate,
  placeOfOrganisation,
  placeOfStreet,
} from './org.policy.js';
import { auditedWrite, saveUpdate } from './org.write.js';
import { OrganisationEntity } from './organisation.entity.js';
import { OrganisationEstateEntity } from './organisation-estate.entity.js';
import type { TreeService } from './tree.service.js';

export { claimVersion } from './org.write.js';

/**
 * Organisations (居委会, 物业, 业委会, 职能部门 …) placed in the tree, and the estates a property
 * company serves: reads through the read rule, writes authorised by the policy and audited.
 */
export class OrganisationService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly tree: TreeService,
  ) {}

  list(viewer: Viewer | null, args: I.OrganisationListArgs) {
    const qb = scoped(this.ds, viewer).query(organisationRead, 'o');
    if (!args.includeArchived) qb.andWhere('o.archivedAt IS NULL');
    if (args.search) qb.andWhere(...contains('o.name', args.search));
    if (args.kind) qb.andWhere('o.kind = :kind', { kind: args.kind });
    if (args.communityId) {
      qb.andWhere(
        '(o.communityId = :cid OR EXISTS (SELECT 1 FROM organisation_estate oe2 WHERE oe2.organisationId = o.id AND oe2.communityId = :cid))',
        { cid: args.communityId },
      );
    }
    return paginate(qb, args, (r) => r, 'ASC');
  }

  /** One organisation, or NOT_FOUND when it does not exist or lies outside the viewer's reach. */
  get(viewer: Viewer | null, id: string): Promise<OrganisationEntity> {
    return scoped(this.ds, viewer).get(organisationRead, id);
  }

  async create(actor: Actor, input: I.CreateOrganisationInput) {
    const place = await this.placeForNew(actor.viewer, input);
    authorize(actor.viewer, organisationPlacePolicy, 'createChild', place);
    return auditedWrite(this.ds, this.audit, {
      actor,
      action: 'organisation.manage',
      place,
      operation: 'organisation.create',
      target: { type: 'Organisation' },
      work: (m) =>
        m.save(
          m.create(OrganisationEntity, {
            kind: input.kind,
            name: input.name,
            streetId: place.streetId as string,
            communityId: place.communityId,
            estateId: place.estateId,
            contact: input.contact ?? null,
            archivedAt: null,
          }),
        ),
      summary: {
        kind: input.kind,
        name: input.name,
        streetId: input.streetId ?? null,
        communityId: input.communityId ?? null,
        estateId: input.estateId ?? null,
        hasContact: Boolean(input.contact),
      },
    });
  }

  /** Street-level kinds need a street; committees an estate; the rest a community. */
  private async placeForNew(viewer: Viewer | null, input: I.CreateOrganisationInput): Promise<Place> {
    switch (input.kind) {
      case OrganisationKind.DEPARTMENT:
      case OrganisationKind.PROPERTY_COMPANY: {
        if (!input.streetId) throw fail(R.ORG_PLACE_REQUIRED, `${input.kind} needs a streetId`, { field: 'streetId' });
        return placeOfStreet(await this.tree.getStreet(viewer, input.streetId));
      }
      case OrganisationKind.OWNERS_COMMITTEE: {
        if (!input.estateId)
          throw fail(R.ORG_PLACE_REQUIRED, 'OWNERS_COMMITTEE needs an estateId', { field: 'estateId' });
        return placeOfEstate(await this.tree.getEstate(viewer, input.estateId));
      }
      default: {
        if (!input.communityId)
          throw fail(R.ORG_PLACE_REQUIRED, `${input.kind} needs a communityId`, { field: 'communityId' });
        return placeOfCommunity(await this.tree.getCommunity(viewer, input.communityId));
      }
    }
  }

  async update(actor: Actor, input: I.UpdateOrganisationInput) {
    const row = await this.get(actor.viewer, input.id);
    const place = placeOfOrganisation(row);
    authorize(actor.viewer, organisationPolicy, input.archived != null ? 'archive' : 'update', place);
    return auditedWrite(this.ds, this.audit, {
      actor,
      action: 'organisation.manage',
      place,
      operation: 'organisation.update',
      target: { type: 'Organisation', id: row.id },
      work: (m) =>
        saveUpdate(m, 'Organisation', row, input, (r) => {
          if (input.name != null) r.name = input.name;
          if (input.contact !== undefined) r.contact = input.contact ?? null;
        }),
      // Whether the contact changed, never the contact (personal data).
      summary: { name: input.name, contactChanged: input.contact !== undefined, archived: input.archived },
    });
  }

  async setEstates(actor: Actor, input: I.SetOrganisationEstatesInput) {
    const org = await this.get(actor.viewer, input.organisationId);
    if (org.kind !== OrganisationKind.PROPERTY_COMPANY) {
      throw fail(R.ORG_NOT_A_PROPERTY_COMPANY, 'Only a property company serves estates', { field: 'organisationId' });
    }
    const place = placeOfOrganisation(org);
    const viewer = authorize(actor.viewer, organisationPolicy, 'update', place);
    const ids = [...new Set(input.estateIds)];
    const estates = ids.length
      ? await unscoped(this.ds, 'each estate is checked against the estate.manage reach just below')
          .repo(EstateEntity)
          .findBy({ id: In(ids) })
      : [];
    const manageable = reachFor(viewer, 'estate.manage');
    if (
      estates.length !== ids.length ||
      estates.some((e) => !inReach(manageable, placeOfEstate(e)) || e.streetId !== org.streetId)
    ) {
      throw notFound('Estate');
    }
    return auditedWrite(this.ds, this.audit, {
      actor,
      action: 'organisation.manage',
      place,
      operation: 'organisation.setEstates',
      target: { type: 'Organisation', id: org.id },
      work: async (m) => {
        await m.delete(OrganisationEstateEntity, { organisationId: org.id });
        for (const e of estates) {
          await m.save(
            m.create(OrganisationEstateEntity, { organisationId: org.id, estateId: e.id, communityId: e.communityId }),
          );
        }
        return org;
      },
      summary: { estateIds: ids },
    });
  }
}
