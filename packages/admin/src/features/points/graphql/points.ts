import { graphql } from '../../../gql';

export const PointsCommunitiesDocument = graphql(`
  query PointsCommunities {
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

export const PointsLeaderboardDocument = graphql(`
  query PointsLeaderboard($communityId: ID!, $period: LeaderboardPeriod!, $first: Int!, $after: String) {
    pointsLeaderboard(communityId: $communityId, period: $period, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          rank
          displayName
          points
        }
      }
    }
  }
`);

export const PointsLedgerDocument = graphql(`
  query PointsLedger($communityId: ID!, $reason: PointsReason, $first: Int!, $after: String) {
    pointsLedger(communityId: $communityId, reason: $reason, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          userId
          userDisplayName
          delta
          balanceAfter
          reason
          note
          ruleVersion
          referenceType
          createdAt
        }
      }
    }
  }
`);

export const AdjustPointsDocument = graphql(`
  mutation AdjustPoints($input: AdjustPointsInput!) {
    adjustPoints(input: $input) {
      entry {
        id
      }
    }
  }
`);

export const PointsRulesDocument = graphql(`
  query PointsRules($communityId: ID!, $includeRetired: Boolean!, $first: Int!, $after: String) {
    pointsRules(communityId: $communityId, includeRetired: $includeRetired, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          event
          version
          points
          dailyCap
          monthlyCap
          enabled
          current
          plainText
          note
          createdAt
        }
      }
    }
  }
`);

export const SetPointsRuleDocument = graphql(`
  mutation SetPointsRule($input: SetPointsRuleInput!) {
    setPointsRule(input: $input) {
      rule {
        id
        version
      }
    }
  }
`);

export const PointsRewardsDocument = graphql(`
  query PointsRewards($communityId: ID!, $first: Int!, $after: String) {
    pointsRewards(communityId: $communityId, includeInactive: true, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          cost
          stock
          perPersonLimit
          active
        }
      }
    }
  }
`);

export const SavePointsRewardDocument = graphql(`
  mutation SavePointsReward($input: SavePointsRewardInput!) {
    savePointsReward(input: $input) {
      reward {
        id
      }
    }
  }
`);

export const PointsRedemptionsDocument = graphql(`
  query PointsRedemptions($communityId: ID!, $status: RedemptionStatus, $first: Int!, $after: String) {
    pointsRedemptions(communityId: $communityId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          userDisplayName
          rewardName
          cost
          status
          createdAt
        }
      }
    }
  }
`);

export const HandOverRedemptionDocument = graphql(`
  mutation HandOverRedemption($input: HandOverRedemptionInput!) {
    handOverRedemption(input: $input) {
      redemption {
        id
        status
      }
    }
  }
`);

export const CancelRedemptionDocument = graphql(`
  mutation CancelRedemption($input: CancelRedemptionInput!) {
    cancelRedemption(input: $input) {
      redemption {
        id
        status
      }
    }
  }
`);
