import { graphql } from '../../../gql';

export const OrganisationsDocument = graphql(`
  query Organisations(
    $kind: OrganisationKind
    $communityId: ID
    $search: String
    $first: Int!
    $after: String
    $includeArchived: Boolean!
  ) {
    organisations(
      kind: $kind
      communityId: $communityId
      search: $search
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
          # what the view reads itself (the edit form and the served-estates drawer); the table reads its fragment
          id
          kind
          name
          contact
          archivedAt
          servedEstates {
            id
          }
          ...OrganisationRow
        }
      }
    }
  }
`);

/** Places to pick from in forms and filters (bounded: a street has tens of communities, not thousands). */
export const PlaceOptionsDocument = graphql(`
  query PlaceOptions {
    streets(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    communities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    estates(first: 100) {
      edges {
        node {
          id
          name
          community {
            id
          }
        }
      }
    }
  }
`);

export const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
      }
    }
  }
`);

export const UpdateOrganisationDocument = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
        id
        name
        contact
        archivedAt
      }
    }
  }
`);

export const SetOrganisationEstatesDocument = graphql(`
  mutation SetOrganisationEstates($input: SetOrganisationEstatesInput!) {
    setOrganisationEstates(input: $input) {
      organisation {
        id
        servedEstates {
          id
          name
        }
      }
    }
  }
`);
