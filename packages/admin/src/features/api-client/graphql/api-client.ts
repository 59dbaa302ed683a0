import { graphql } from '../../../gql';

export const ApiClientListDocument = graphql(`
  query ApiClientList($first: Int!, $after: String, $includeRevoked: Boolean!) {
    apiClients(first: $first, after: $after, includeRevoked: $includeRevoked) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          organisationId
          organisationName
          keyId
          previousKeyValidUntil
          allowedOrigins
          budgetPerMinute
          revokedAt
          version
          createdAt
        }
      }
    }
  }
`);

/** Owners to pick from (bounded: a street has tens of organisations). */
export const ApiClientOwnersDocument = graphql(`
  query ApiClientOwners {
    organisations(first: 100, includeArchived: false) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateApiClientDocument = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      apiClient {
        id
      }
      key
    }
  }
`);

export const UpdateApiClientDocument = graphql(`
  mutation UpdateApiClient($input: UpdateApiClientInput!) {
    updateApiClient(input: $input) {
      apiClient {
        id
        name
        allowedOrigins
        budgetPerMinute
        version
      }
    }
  }
`);

export const RotateApiClientKeyDocument = graphql(`
  mutation RotateApiClientKey($input: RotateApiClientKeyInput!) {
    rotateApiClientKey(input: $input) {
      apiClient {
        id
        keyId
        previousKeyValidUntil
        version
      }
      key
    }
  }
`);

export const RevokeApiClientDocument = graphql(`
  mutation RevokeApiClient($input: RevokeApiClientInput!) {
    revokeApiClient(input: $input) {
      apiClient {
        id
        revokedAt
        version
      }
    }
  }
`);
