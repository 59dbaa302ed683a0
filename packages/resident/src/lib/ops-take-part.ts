/** Taking part: open meetings, volunteering, points and rewards, owners' votes, my data. */
import { graphql } from '../gql';

export const OpenMeetings = graphql(`
  query ResidentOpenMeetings($first: Int!) {
    openMeetings(first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          title
          kind
          state
          startsAt
          endsAt
          place
          onlineUrl
          registeredCount
          residentCapacity
          viewerCan {
            register
          }
        }
      }
    }
  }
`);

export const RegisterForMeeting = graphql(`
  mutation ResidentRegisterForMeeting($input: RegisterForMeetingInput!) {
    registerForMeeting(input: $input) {
      meeting {
        id
        registeredCount
        viewerCan {
          register
        }
      }
    }
  }
`);

export const VolunteerActivities = graphql(`
  query ResidentVolunteerActivities($communityId: ID!, $first: Int!) {
    volunteerActivities(communityId: $communityId, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          title
          description
          place
          startsAt
          endsAt
          signupDeadline
          capacity
          signedUpCount
          pointsPerHour
          skillsWanted
        }
      }
    }
    myVolunteerRecord(communityId: $communityId) {
      activities
      totalMinutes
      years {
        year
        minutes
        activities
      }
    }
  }
`);

export const MySignups = graphql(`
  query ResidentMySignups($first: Int!) {
    mySignups(first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          activityId
          activityTitle
          status
          position
          hoursStatus
          recordedMinutes
          approvedMinutes
          createdAt
        }
      }
    }
  }
`);

export const SignUpForActivity = graphql(`
  mutation ResidentSignUpForActivity($input: SignUpInput!) {
    signUpForActivity(input: $input) {
      signup {
        id
        status
        position
      }
    }
  }
`);

export const CancelActivitySignup = graphql(`
  mutation ResidentCancelActivitySignup($input: CancelSignupInput!) {
    cancelActivitySignup(input: $input) {
      signup {
        id
        status
      }
    }
  }
`);

export const MyPoints = graphql(`
  query ResidentMyPoints($communityId: ID!, $first: Int!) {
    myPointsBalance(communityId: $communityId)
    myPointsEntries(communityId: $communityId, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          delta
          balanceAfter
          reason
          note
          createdAt
        }
      }
    }
  }
`);

export const PointsLeaderboard = graphql(`
  query ResidentPointsLeaderboard($communityId: ID!, $period: LeaderboardPeriod!, $first: Int!) {
    pointsLeaderboard(communityId: $communityId, period: $period, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          rank
          displayName
          points
          isViewer
        }
      }
    }
  }
`);

export const PointsRewards = graphql(`
  query ResidentPointsRewards($communityId: ID!, $first: Int!) {
    pointsRewards(communityId: $communityId, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          name
          description
          cost
          stock
          perPersonLimit
        }
      }
    }
    myRedemptions(first: 20) {
      edges {
        node {
          id
          rewardName
          cost
          status
          pickupCode
          createdAt
        }
      }
    }
  }
`);

export const RedeemPointsReward = graphql(`
  mutation ResidentRedeemPointsReward($input: RedeemPointsRewardInput!) {
    redeemPointsReward(input: $input) {
      redemption {
        id
        status
        pickupCode
      }
    }
  }
`);

export const Votes = graphql(`
  query ResidentVotes($communityId: ID!, $first: Int!) {
    votes(communityId: $communityId, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          title
          status
          opensAt
          closesAt
          onRoll
          estate {
            id
            name
          }
          matters {
            id
            position
            title
            text
          }
          myBallot {
            id
            revision
            updatedAt
            choices {
              matterId
              choice
            }
          }
          viewerCan {
            cast
          }
        }
      }
    }
  }
`);

export const CastBallot = graphql(`
  mutation ResidentCastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      vote {
        id
        myBallot {
          id
          revision
          choices {
            matterId
            choice
          }
        }
      }
    }
  }
`);

export const MyErasureRequest = graphql(`
  query ResidentMyErasureRequest {
    myErasureRequest {
      id
      status
      createdAt
      dueAt
      completedAt
    }
  }
`);

export const MyDataExport = graphql(`
  query ResidentMyDataExport {
    myDataExport {
      generatedAt
      html
    }
  }
`);

export const RequestErasure = graphql(`
  mutation ResidentRequestErasure {
    requestErasure {
      request {
        id
        status
        createdAt
        dueAt
      }
    }
  }
`);
