import { graphql } from '../../../gql';

export const AnalysisOverviewDocument = graphql(`
  query AnalysisOverview($from: DateTimeISO!, $to: DateTimeISO!, $communityId: ID) {
    analysisFigures(from: $from, to: $to, communityId: $communityId) {
      registeredResidents
      verifiedResidents
      activeUsers
      raised
      valid
      replied
      resolved
      escalated
      replyRate
      onTimeRate
      resolutionRate
      satisfaction
      firstReplyMedianHours
      firstReplyP90Hours
    }
    analysisAssessment(from: $from, to: $to, communityId: $communityId) {
      minSample
      rows {
        organisationId
        name
        valid
        replied
        replyRate
        onTimeRate
        resolutionRate
        satisfaction
        overdue
        rank
      }
    }
  }
`);

export const AnalysisCommunitiesDocument = graphql(`
  query AnalysisCommunities {
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
