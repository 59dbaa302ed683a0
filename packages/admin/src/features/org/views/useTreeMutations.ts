import { useMutation } from '@apollo/client/react';
import {
  CreateBuildingDocument,
  CreateCommunityDocument,
  CreateEstateDocument,
  CreateHouseholdDocument,
  UpdateBuildingDocument,
  UpdateCommunityDocument,
  UpdateEstateDocument,
  UpdateHouseholdDocument,
} from '../graphql/tree';
import type { TreeLevel, TreePosition } from '../urls';

type Values = Record<string, string>;

/** Create, update and archive at any level, each through its own typed mutation. */
export function useTreeMutations() {
  const [createCommunity, s1] = useMutation(CreateCommunityDocument);
  const [updateCommunity, s2] = useMutation(UpdateCommunityDocument);
  const [createEstate, s3] = useMutation(CreateEstateDocument);
  const [updateEstate, s4] = useMutation(UpdateEstateDocument);
  const [createBuilding, s5] = useMutation(CreateBuildingDocument);
  const [updateBuilding, s6] = useMutation(UpdateBuildingDocument);
  const [createHousehold, s7] = useMutation(CreateHouseholdDocument);
  const [updateHousehold, s8] = useMutation(UpdateHouseholdDocument);
  const loading = [s1, s2, s3, s4, s5, s6, s7, s8].some((s) => s.loading);

  async function create(level: TreeLevel, p: TreePosition, v: Values) {
    if (level === 'community' && p.street)
      await createCommunity({ variables: { input: { streetId: p.street, name: v.name, address: v.address || null } } });
    else if (level === 'estate' && p.community)
      await createEstate({
        variables: { input: { communityId: p.community, name: v.name, address: v.address || null } },
      });
    else if (level === 'building' && p.estate)
      await createBuilding({ variables: { input: { estateId: p.estate, name: v.name } } });
    else if (level === 'household' && p.building)
      await createHousehold({ variables: { input: { buildingId: p.building, unit: v.unit ?? '', room: v.room } } });
  }

  async function update(level: TreeLevel, id: string, v: Values & { archived?: boolean }) {
    const archived = v.archived;
    if (level === 'community')
      await updateCommunity({ variables: { input: { id, name: v.name, address: v.address, archived } } });
    else if (level === 'estate')
      await updateEstate({ variables: { input: { id, name: v.name, address: v.address, archived } } });
    else if (level === 'building') await updateBuilding({ variables: { input: { id, name: v.name, archived } } });
    else if (level === 'household')
      // A masked room (5**) is never sent back: an empty room field means "unchanged".
      await updateHousehold({ variables: { input: { id, unit: v.unit, room: v.room || undefined, archived } } });
  }

  return { create, update, loading };
}
