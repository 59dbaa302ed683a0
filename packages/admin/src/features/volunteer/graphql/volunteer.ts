import { graphql } from '../../../gql';

export const VolunteerCommunitiesDocument = graphql(`
  query VolunteerCommunities {
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

export const VolunteerActivitiesDocument = graphql(`
  query VolunteerActivities($communityId: ID!, $first: Int!, $after: String) {
    volunteerActivities(communityId: $communityId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          place
          startsAt
          endsAt
          capacity
          signedUpCount
          pointsPerHour
          skillsWanted
        }
      }
    }
  }
`);

export const VolunteerActivityDetailDocument = graphql(`
  query VolunteerActivityDetail($id: ID!, $first: Int!, $after: String) {
    volunteerActivity(id: $id) {
      id
      title
      place
      startsAt
      endsAt
      capacity
      signedUpCount
      pointsPerHour
      signupDeadline
      checkCode
      description
    }
    volunteerSignups(activityId: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          position
          displayName
          status
          checkedInAt
          checkedOutAt
          recordedMinutes
          approvedMinutes
          hoursStatus
        }
      }
    }
  }
`);

export const CreateVolunteerActivityDocument = graphql(`
  mutation CreateVolunteerActivity($input: CreateActivityInput!) {
    createVolunteerActivity(input: $input) {
      activity {
        id
      }
    }
  }
`);

export const CheckInVolunteerDocument = graphql(`
  mutation CheckInVolunteer($input: CheckInput!) {
    checkInVolunteer(input: $input) {
      signup {
        id
        checkedInAt
      }
    }
  }
`);

export const CheckOutVolunteerDocument = graphql(`
  mutation CheckOutVolunteer($input: CheckInput!) {
    checkOutVolunteer(input: $input) {
      signup {
        id
        checkedOutAt
        recordedMinutes
        hoursStatus
      }
    }
  }
`);

export const VolunteerHoursDocument = graphql(`
  query VolunteerHours($communityId: ID!, $status: HoursStatus!, $first: Int!, $after: String) {
    volunteerHours(communityId: $communityId, hoursStatus: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          activityTitle
          checkedInAt
          checkedOutAt
          recordedMinutes
          approvedMinutes
          hoursStatus
          correctionReason
        }
      }
    }
  }
`);

export const ApproveVolunteerHoursDocument = graphql(`
  mutation ApproveVolunteerHours($input: ApproveHoursInput!) {
    approveVolunteerHours(input: $input) {
      signup {
        id
        approvedMinutes
        hoursStatus
      }
    }
  }
`);

export const VolunteersDocument = graphql(`
  query Volunteers($communityId: ID!, $skill: String, $first: Int!, $after: String) {
    volunteers(communityId: $communityId, skill: $skill, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          skills
          availability
          partyMember
          createdAt
        }
      }
    }
  }
`);
