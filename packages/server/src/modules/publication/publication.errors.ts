import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the publication module's errors (`extensions.reason`), each under its generic code. */
export const PublicationReasons = defineReasons({
  PUBLICATION_BLANK_TITLE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The title is blank (`title`).',
  },
  PUBLICATION_BLANK_BODY: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The body is empty once sanitised (`body`).',
  },
  PUBLICATION_BODY_TOO_LONG: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The body, once sanitised, is longer than 65,000 bytes (`body`).',
  },
  PUBLICATION_KIND_MISMATCH: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'COMMUNITY_AFFAIRS needs a `kind` (party, government, finance); other channels take none.',
  },
  PUBLICATION_SCOPE_NOT_ALLOWED: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'The channel is not published at this level (`scope`): PROPERTY and COMMITTEE are estate items, PARTY_BUILDING and COMMUNITY_AFFAIRS community or estate items.',
  },
  PUBLICATION_UNKNOWN_PLACE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The street, community or estate named (`placeId`) does not exist or is archived.',
  },
  PUBLICATION_NOT_PUBLISHER: {
    code: ErrorCode.FORBIDDEN,
    description:
      'The viewer reads the item but may not publish on its channel at its place (or it belongs to another organisation).',
  },
  PUBLICATION_WRONG_STATUS: {
    code: ErrorCode.INVALID_TRANSITION,
    description: 'The item is in a status this action does not apply to (`details.status`).',
  },
  PUBLICATION_CHANGE_NOTE_REQUIRED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'Editing a published item makes a new revision and needs a change note (`changeNote`).',
  },
  PUBLICATION_REASON_REQUIRED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'Withdrawal needs a reason (`reason`).',
  },
  PUBLICATION_VERSION_STALE: {
    code: ErrorCode.CONFLICT,
    description: 'The item changed since the editor loaded it (`expectedVersion`): reload and edit again.',
  },
  PUBLICATION_NOTHING_CHANGED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The edit of a published item changes neither title, body, cover nor attachments.',
  },
  PUBLICATION_COVER_NOT_IMAGE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The cover (`coverFileId`) must be an image (JPEG, PNG, WebP, GIF).',
  },
  PUBLICATION_COMMITTEE_NOT_A_COMMITTEE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: "The organisation (`organisationId`) is not an owners' committee.",
  },
  PUBLICATION_COMMITTEE_BAD_DATE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A date is not a calendar day YYYY-MM-DD, or a term ends before it starts (`endOn`).',
  },
  PUBLICATION_COMMITTEE_BLANK_TEXT: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A name or subject is blank.',
  },
  PUBLICATION_COMMITTEE_ALREADY_PUBLISHED: {
    code: ErrorCode.CONFLICT,
    description: 'The resolution has been published already (its publication is `publicationId`).',
  },
});
