import { graphql } from '../../../gql';

export const WebhookSubscriptionListDocument = graphql(`
  query WebhookSubscriptionList($first: Int!, $after: String) {
    webhookSubscriptions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          organisationId
          apiClient {
            id
            name
            revoked
          }
          name
          url
          events
          paused
          pausedReason
          consecutiveFailures
          createdAt
        }
      }
    }
  }
`);

export const WebhookDeliveryListDocument = graphql(`
  query WebhookDeliveryList($subscriptionId: ID!, $first: Int!, $after: String) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          eventType
          status
          attempts
          nextAttemptAt
          lastAttemptAt
          lastStatusCode
          lastResponse
          createdAt
        }
      }
    }
  }
`);

export const WebhookOrganisationsDocument = graphql(`
  query WebhookOrganisations {
    organisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateWebhookSubscriptionDocument = graphql(`
  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
        name
      }
    }
  }
`);

export const SetWebhookSubscriptionPausedDocument = graphql(`
  mutation SetWebhookSubscriptionPaused($input: SetWebhookSubscriptionPausedInput!) {
    setWebhookSubscriptionPaused(input: $input) {
      subscription {
        id
        paused
        pausedReason
        consecutiveFailures
      }
    }
  }
`);

export const ResendWebhookDeliveryDocument = graphql(`
  mutation ResendWebhookDelivery($id: ID!) {
    resendWebhookDelivery(id: $id) {
      delivery {
        id
        status
        nextAttemptAt
      }
    }
  }
`);
