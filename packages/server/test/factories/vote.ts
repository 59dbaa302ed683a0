/** Factories of the vote module: each creates the estate, households and units it is not given. */
import type { EstateEntity } from '../../src/modules/org/estate.entity.js';
import type { HouseholdEntity } from '../../src/modules/org/household.entity.js';
import { VoteEntity, VoteMatterEntity, VoteUnitEntity, VoteVoterEntity } from '../../src/modules/vote/vote.entity.js';
import { MatterKind, VoteOrganiser, VoteStatus } from '../../src/modules/vote/vote.enums.js';
import { buildRoll } from '../../src/modules/vote/vote.rule.js';
import { unitsOfRecord } from '../../src/modules/vote/vote.service.js';
import { type FactoryContext, seq } from './context.js';
import { buildBuilding, buildEstate, buildHousehold } from './org.js';

/** A household's voting data (a new household of `estate`, or of a new estate, if not given). */
export async function buildVoteUnit(
  f: FactoryContext,
  o: {
    household?: HouseholdEntity;
    estate?: EstateEntity;
    areaCentiM2?: number;
    ownerRef?: string | null;
    ownerName?: string | null;
    ownerUserId?: string | null;
    developerHeld?: boolean;
  } = {},
): Promise<VoteUnitEntity> {
  const household =
    o.household ?? (await buildHousehold(f, { building: await buildBuilding(f, { estate: o.estate }) }));
  return f.db.dataSource.getRepository(VoteUnitEntity).save({
    householdId: household.id,
    streetId: household.streetId,
    communityId: household.communityId,
    estateId: household.estateId,
    areaCentiM2: o.areaCentiM2 ?? 10000,
    ownerRef: o.ownerRef ?? null,
    ownerName: o.ownerName ?? null,
    ownerUserId: o.ownerUserId ?? null,
    developerHeld: o.developerHeld ?? false,
  } as VoteUnitEntity);
}

/**
 * A vote of an estate (a new one with `units` households of 100 m² if not given), with `matters`
 * (kinds). OPEN: its roll frozen from the estate's units as openVote does, taking ballots now.
 */
export async function buildVote(
  f: FactoryContext,
  o: {
    estate?: EstateEntity;
    community?: { id: string; streetId: string };
    status?: VoteStatus | 'DRAFT' | 'OPEN' | 'CLOSED';
    matters?: MatterKind[];
    units?: number;
    openBallots?: boolean;
    organiser?: VoteOrganiser;
    title?: string;
    createdById?: string;
    closesAt?: Date;
  } = {},
): Promise<VoteEntity> {
  const estate = o.estate ?? (await buildEstate(f, o.community ? { community: o.community as never } : {}));
  const ds = f.db.dataSource;
  const status = (o.status ?? VoteStatus.DRAFT) as VoteStatus;
  const now = Date.now();
  const vote = await ds.getRepository(VoteEntity).save({
    streetId: estate.streetId,
    communityId: estate.communityId,
    estateId: estate.id,
    title: o.title ?? `表决-${seq()}`,
    organiser: o.organiser ?? VoteOrganiser.OWNERS_COMMITTEE,
    status,
    opensAt: new Date(now - 3600_000),
    closesAt: o.closesAt ?? new Date(now + 7 * 86400_000),
    openBallots: o.openBallots ?? false,
    totalArea: null,
    totalOwners: null,
    openedAt: null,
    closedAt: null,
    result: null,
    publishedAt: null,
    createdById: o.createdById ?? 'factory',
    version: 1,
  } as VoteEntity);
  const kinds = o.matters ?? [MatterKind.ORDINARY];
  await ds.getRepository(VoteMatterEntity).save(
    kinds.map(
      (kind, position) =>
        ({
          voteId: vote.id,
          position,
          kind,
          title: `事项${position + 1}`,
          text: '内容',
          attachmentFileIds: '[]',
        }) as VoteMatterEntity,
    ),
  );
  if (status !== VoteStatus.DRAFT) {
    let units = await unitsOfRecord(ds.manager, estate.id);
    if (units.length === 0) {
      const building = await buildBuilding(f, { estate });
      for (let i = 0; i < (o.units ?? 3); i++)
        await buildVoteUnit(f, { household: await buildHousehold(f, { building }) });
      units = await unitsOfRecord(ds.manager, estate.id);
    }
    const roll = buildRoll(units);
    await ds.getRepository(VoteVoterEntity).save(
      roll.map(
        (r, position) =>
          ({
            voteId: vote.id,
            ownerKey: r.ownerKey,
            userId: r.userId,
            ownerName: r.ownerName,
            developer: r.developer,
            areaCentiM2: r.areaCentiM2,
            unitCount: r.householdIds.length,
            householdIds: JSON.stringify(r.householdIds),
            position,
          }) as VoteVoterEntity,
      ),
    );
    await ds.getRepository(VoteEntity).update(
      { id: vote.id },
      {
        openedAt: new Date(now - 3600_000),
        totalArea: roll.reduce((s, r) => s + r.areaCentiM2, 0),
        totalOwners: roll.length,
      },
    );
  }
  return ds.getRepository(VoteEntity).findOneByOrFail({ id: vote.id });
}
