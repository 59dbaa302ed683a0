import { graphql } from '../../../gql';

export const AuditLogDocument = graphql(`
  query AuditLog(
    $communityId: ID
    $operation: String
    $targetType: String
    $from: DateTimeISO
    $to: DateTimeISO
    $first: Int!
    $after: String
  ) {
    auditLog(
      communityId: $communityId
      operation: $operation
      targetType: $targetType
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditRow
        }
      }
    }
  }
`);

export const AuditCommunitiesDocument = graphql(`
  query AuditCommunities {
    communities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Every operation the modules declare (the operation filter), with the declaring module. */
export const AuditOperationsDocument = graphql(`
  query AuditOperations {
    auditOperations {
      operation
      module
    }
  }
`);
