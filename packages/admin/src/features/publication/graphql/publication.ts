import { graphql } from '../../../gql';

export const PublicationListDocument = graphql(`
  query PublicationList($channel: PublicationChannel, $statuses: [PublicationStatus!], $first: Int!, $after: String) {
    publications(channel: $channel, statuses: $statuses, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          channel
          kind
          title
          status
          pinned
          isNew
          viewCount
          placeName
          publisherName
          publishedAt
          createdAt
          revisionNumber
        }
      }
    }
  }
`);

export const PublicationDetailDocument = graphql(`
  query PublicationDetail($id: ID!) {
    publication(id: $id) {
      id
      channel
      kind
      scope
      title
      body
      status
      pinned
      version
      placeName
      publisherName
      publishAt
      publishedAt
      withdrawnAt
      withdrawalReason
      viewCount
      revisionNumber
      cover {
        id
        url
      }
      attachments {
        id
        url
        originalName
        mime
      }
      viewerCan {
        edit
        publish
        withdraw
        pin
      }
    }
  }
`);

export const PublicationRevisionsDocument = graphql(`
  query PublicationRevisions($id: ID!, $first: Int!, $after: String) {
    publicationRevisions(publicationId: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          title
          changeNote
          createdAt
        }
      }
    }
  }
`);

export const PublicationDiffDocument = graphql(`
  query PublicationDiffView($id: ID!, $from: Int!, $to: Int!) {
    publicationDiff(publicationId: $id, from: $from, to: $to) {
      from
      to
      title {
        op
        text
      }
      body {
        op
        text
      }
    }
  }
`);

export const PublicationPlacesDocument = graphql(`
  query PublicationPlaces {
    communities(first: 100) {
      edges {
        node {
          id
          name
          street {
            id
            name
          }
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
  }
`);

export const CreatePublicationDocument = graphql(`
  mutation CreatePublication($input: CreatePublicationInput!) {
    createPublication(input: $input) {
      publication {
        id
      }
    }
  }
`);

export const UpdatePublicationDocument = graphql(`
  mutation UpdatePublication($input: UpdatePublicationInput!) {
    updatePublication(input: $input) {
      publication {
        id
        version
        revisionNumber
      }
    }
  }
`);

export const PublishPublicationDocument = graphql(`
  mutation PublishPublication($input: PublishPublicationInput!) {
    publishPublication(input: $input) {
      publication {
        id
        status
      }
    }
  }
`);

export const WithdrawPublicationDocument = graphql(`
  mutation WithdrawPublication($input: WithdrawPublicationInput!) {
    withdrawPublication(input: $input) {
      publication {
        id
        status
      }
    }
  }
`);

export const PinPublicationDocument = graphql(`
  mutation PinPublication($input: PinPublicationInput!) {
    pinPublication(input: $input) {
      publication {
        id
        pinned
      }
    }
  }
`);
