import { graphql } from '../../../gql';

export const DashboardDocument = graphql(`
  query Dashboard(
    $from: DateTimeISO!
    $to: DateTimeISO!
    $communityId: ID
    $placeBy: FigureDimension!
    $equipmentCommunityId: ID!
    $withEquipment: Boolean!
  ) {
    ...OverdueEquipmentTile
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
    trend: analysisTrend(from: $from, to: $to, communityId: $communityId, interval: WEEK) {
      key
      raised
      valid
      resolved
    }
    categories: analysisBreakdown(from: $from, to: $to, communityId: $communityId, by: CATEGORY) {
      key
      label
      raised
    }
    places: analysisBreakdown(from: $from, to: $to, communityId: $communityId, by: $placeBy) {
      key
      label
      valid
      replyRate
      resolutionRate
      satisfaction
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

export const TodaysWorkDocument = graphql(`
  query TodaysWork {
    waiting: tickets(states: [SUBMITTED], first: 1) {
      totalCount
    }
    overdue: tickets(overdue: true, first: 1) {
      totalCount
    }
    open: tickets(states: [ACCEPTED, REPLIED, ESCALATED, IN_MEETING], first: 1) {
      totalCount
    }
  }
`);
