import { graphql } from '../../../gql';

export const UsersDocument = graphql(`
  query Users($search: String, $role: Role, $communityId: ID, $first: Int!, $after: String) {
    users(search: $search, role: $role, communityId: $communityId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...UserRow
        }
      }
    }
  }
`);

export const UserDetailFields = graphql(`
  fragment UserDetail on User {
    id
    displayName
    phone
    disabled
    isPartyMember
    createdAt
    memberships {
      id
      role
      scopeKind
      scopeId
      scopeName
      createdAt
    }
    viewerCan {
      revealPhone
      disable
      grantMembership
    }
  }
`);

export const UserDocument = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserDetail
    }
  }
`);

export const UserByPhoneDocument = graphql(`
  query UserByPhone($phone: String!) {
    userByPhone(phone: $phone) {
      ...UserDetail
    }
  }
`);

export const RevealUserPhoneDocument = graphql(`
  mutation RevealUserPhone($input: RevealUserPhoneInput!) {
    revealUserPhone(input: $input) {
      userId
      phone
    }
  }
`);

export const GrantMembershipDocument = graphql(`
  mutation GrantMembership($input: GrantMembershipInput!) {
    grantMembership(input: $input) {
      membership {
        id
      }
    }
  }
`);

export const RevokeMembershipDocument = graphql(`
  mutation RevokeMembership($input: RevokeMembershipInput!) {
    revokeMembership(input: $input) {
      membership {
        id
      }
    }
  }
`);

export const SetUserDisabledDocument = graphql(`
  mutation SetUserDisabled($input: SetUserDisabledInput!) {
    setUserDisabled(input: $input) {
      user {
        id
        disabled
      }
    }
  }
`);

/** Scope nodes a role can be granted in. */
export const ScopeOptionsDocument = graphql(`
  query ScopeOptions {
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
        }
      }
    }
    organisations(first: 100) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);
