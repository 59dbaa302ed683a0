import { graphql } from '../../../gql';

export const VoteEstatesDocument = graphql(`
  query VoteEstates {
    estates(first: 100) {
      edges {
        node {
          id
          name
          community {
            id
            name
          }
        }
      }
    }
  }
`);

export const VoteListDocument = graphql(`
  query VoteList($communityId: ID!, $estateId: ID, $first: Int!, $after: String) {
    votes(communityId: $communityId, estateId: $estateId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          organiser
          opensAt
          closesAt
          totalOwners
          tally {
            frozen
            participation {
              owners
              baseOwners
              areaPermille
              ownersPermille
              met
            }
          }
        }
      }
    }
  }
`);

export const VoteDetailDocument = graphql(`
  query VoteDetail($id: String!) {
    vote(id: $id) {
      id
      title
      status
      organiser
      opensAt
      closesAt
      openedAt
      closedAt
      publishedAt
      openBallots
      totalOwners
      totalAreaCentiM2
      estate {
        id
        name
      }
      matters {
        id
        position
        kind
        title
        text
        attachments {
          id
          originalName
          url
        }
      }
      tally {
        frozen
        participation {
          areaCentiM2
          owners
          baseAreaCentiM2
          baseOwners
          areaPermille
          ownersPermille
          areaMet
          ownersMet
          met
          bound
        }
        matters {
          matterId
          kind
          passed
          reason
          for {
            areaCentiM2
            owners
          }
          against {
            areaCentiM2
            owners
          }
          abstain {
            areaCentiM2
            owners
          }
          agreement {
            areaPermille
            ownersPermille
            areaMet
            ownersMet
            met
            bound
          }
        }
      }
      viewerCan {
        edit
        open
        enterPaperBallot
        remind
        readRoll
        readChoices
      }
    }
  }
`);

export const VoteRollDocument = graphql(`
  query VoteRoll($voteId: ID!, $filter: VoteRollFilter, $first: Int!, $after: String) {
    voteRoll(voteId: $voteId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ownerName
          developer
          online
          areaCentiM2
          unitCount
          units
          hasVoted
          ballot {
            id
            channel
            revision
            updatedAt
            choices {
              matterId
              choice
            }
          }
        }
      }
    }
  }
`);

export const VoteUnitsDocument = graphql(`
  query VoteUnits($estateId: ID!, $first: Int!, $after: String) {
    voteUnits(estateId: $estateId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          label
          areaCentiM2
          ownerName
          ownerRef
          developerHeld
        }
      }
    }
  }
`);

export const CreateVoteDocument = graphql(`
  mutation CreateVote($input: CreateVoteInput!) {
    createVote(input: $input) {
      vote {
        id
      }
    }
  }
`);

export const OpenVoteDocument = graphql(`
  mutation OpenVote($voteId: ID!) {
    openVote(input: { voteId: $voteId }) {
      vote {
        id
        status
      }
    }
  }
`);

export const EnterPaperBallotDocument = graphql(`
  mutation EnterPaperBallot($input: EnterPaperBallotInput!) {
    enterPaperBallot(input: $input) {
      vote {
        id
      }
    }
  }
`);

export const RemindVotersDocument = graphql(`
  mutation RemindVoters($voteId: ID!) {
    remindVoters(input: { voteId: $voteId }) {
      notified
    }
  }
`);

export const ImportVoteUnitsDocument = graphql(`
  mutation ImportVoteUnits($input: ImportVoteUnitsInput!) {
    importVoteUnits(input: $input) {
      imported
      errors {
        row
        column
        message
      }
    }
  }
`);
