import { graphql } from '../../../gql';

export const CreateStaffAccountDocument = graphql(`
  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      user {
        id
        displayName
        phone
      }
      setupCode {
        code
        expiresAt
      }
    }
  }
`);

export const ResetStaffPasswordDocument = graphql(`
  mutation ResetStaffPassword($input: ResetStaffPasswordInput!) {
    resetStaffPassword(input: $input) {
      user {
        id
        displayName
      }
      resetCode {
        code
        expiresAt
      }
    }
  }
`);
