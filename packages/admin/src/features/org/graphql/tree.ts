import { graphql } from '../../../gql';

export const TreeCrumbsDocument = graphql(`
  query TreeCrumbs(
    $streetId: ID!
    $communityId: ID!
    $estateId: ID!
    $withStreet: Boolean!
    $withCommunity: Boolean!
    $withEstate: Boolean!
    $withBuildings: Boolean!
  ) {
    street(id: $streetId) @include(if: $withStreet) {
      id
      name
      viewerCan {
        createChild
      }
    }
    community(id: $communityId) @include(if: $withCommunity) {
      id
      name
      street {
        id
        name
      }
      viewerCan {
        createChild
      }
    }
    estate(id: $estateId) @include(if: $withEstate) {
      id
      name
      community {
        id
        name
        street {
          id
          name
        }
      }
      viewerCan {
        createChild
      }
    }
    buildings(estateId: $estateId, first: 100, includeArchived: true) @include(if: $withBuildings) {
      edges {
        node {
          id
          name
          viewerCan {
            createChild
          }
        }
      }
    }
  }
`);

export const StreetsDocument = graphql(`
  query Streets($first: Int!, $after: String, $includeArchived: Boolean!) {
    streets(first: $first, after: $after, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          district
          archivedAt
          viewerCan {
            update
            archive
            createChild
          }
        }
      }
    }
  }
`);

export const CommunitiesDocument = graphql(`
  query Communities($streetId: ID, $first: Int!, $after: String, $includeArchived: Boolean!) {
    communities(streetId: $streetId, first: $first, after: $after, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          address
          archivedAt
          viewerCan {
            update
            archive
            createChild
          }
        }
      }
    }
  }
`);

export const EstatesDocument = graphql(`
  query Estates($communityId: ID, $first: Int!, $after: String, $includeArchived: Boolean!) {
    estates(communityId: $communityId, first: $first, after: $after, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          address
          archivedAt
          viewerCan {
            update
            archive
            createChild
          }
        }
      }
    }
  }
`);

export const BuildingsDocument = graphql(`
  query Buildings($estateId: ID, $first: Int!, $after: String, $includeArchived: Boolean!) {
    buildings(estateId: $estateId, first: $first, after: $after, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          archivedAt
          viewerCan {
            update
            archive
            createChild
          }
        }
      }
    }
  }
`);

export const HouseholdsDocument = graphql(`
  query Households($estateId: ID, $buildingId: ID, $first: Int!, $after: String, $includeArchived: Boolean!) {
    households(
      estateId: $estateId
      buildingId: $buildingId
      first: $first
      after: $after
      includeArchived: $includeArchived
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          label
          unit
          room
          archivedAt
          viewerCan {
            update
            archive
            createChild
          }
        }
      }
    }
  }
`);

export const CreateCommunityDocument = graphql(`
  mutation CreateCommunity($input: CreateCommunityInput!) {
    createCommunity(input: $input) {
      community {
        id
      }
    }
  }
`);

export const UpdateCommunityDocument = graphql(`
  mutation UpdateCommunity($input: UpdateCommunityInput!) {
    updateCommunity(input: $input) {
      community {
        id
        name
        address
        archivedAt
      }
    }
  }
`);

export const CreateEstateDocument = graphql(`
  mutation CreateEstate($input: CreateEstateInput!) {
    createEstate(input: $input) {
      estate {
        id
      }
    }
  }
`);

export const UpdateEstateDocument = graphql(`
  mutation UpdateEstate($input: UpdateEstateInput!) {
    updateEstate(input: $input) {
      estate {
        id
        name
        address
        archivedAt
      }
    }
  }
`);

export const CreateBuildingDocument = graphql(`
  mutation CreateBuilding($input: CreateBuildingInput!) {
    createBuilding(input: $input) {
      building {
        id
      }
    }
  }
`);

export const UpdateBuildingDocument = graphql(`
  mutation UpdateBuilding($input: UpdateBuildingInput!) {
    updateBuilding(input: $input) {
      building {
        id
        name
        archivedAt
      }
    }
  }
`);

export const CreateHouseholdDocument = graphql(`
  mutation CreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      household {
        id
      }
    }
  }
`);

export const UpdateHouseholdDocument = graphql(`
  mutation UpdateHousehold($input: UpdateHouseholdInput!) {
    updateHousehold(input: $input) {
      household {
        id
        label
        unit
        room
        archivedAt
      }
    }
  }
`);
