import { graphql } from '../../../gql';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        id
        displayName
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      id
      displayName
      phone
      memberships {
        id
        role
        scopeKind
        scopeId
        scopeName
      }
    }
    roleDefinitions {
      role
      scopeKinds
      organisationKind
      staff
      permissions
    }
  }
`);

export const SetPasswordWithCodeDocument = graphql(`
  mutation SetPasswordWithCode($input: SetPasswordWithCodeInput!) {
    setPasswordWithCode(input: $input) {
      ok
    }
  }
`);
