import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { STAFF_ROLES } from '../../auth/roles.js';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { FileRef, toFileRef } from '../file/file.types.js';
import { Role } from '../identity/identity.enums.js';
import { PublicationStatus } from './publication.enums.js';
import { PublicationReasons as R } from './publication.errors.js';
import * as I from './publication.inputs.js';
import { toPublication, toRevision } from './publication.mappers.js';
import type { PublicationShape } from './publication.policy.js';
import {
  ChannelVisitPayload,
  Publication,
  PublicationConnection,
  PublicationDiff,
  PublicationPayload,
  PublicationRevision,
  PublicationRevisionConnection,
  PublicationViewerCan,
} from './publication.types.js';

const READERS = [...STAFF_ROLES, Role.RESIDENT];
const PUBLISHERS = [
  Role.SYSTEM_ADMIN,
  Role.STREET_ADMIN,
  Role.COMMUNITY_STAFF,
  Role.PROPERTY_STAFF,
  Role.COMMITTEE_MEMBER,
];
const NOT_YOURS = [R.PUBLICATION_NOT_PUBLISHER, R.PUBLICATION_WRONG_STATUS, R.PUBLICATION_VERSION_STALE];

/** Disclosures (公开): readers list and open them; publishers write, publish, edit, withdraw, pin. */
@Resolver(() => Publication)
export class PublicationResolver {
  @Authorized(READERS)
  @Query(() => PublicationConnection, {
    description:
      'Publications the viewer may read — published and withdrawn items of their street, community and estates; drafts and scheduled items of their own organisation — pinned first, then newest.',
  })
  async publications(@Args(() => I.PublicationListArgs) args: I.PublicationListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.publications.list(actorOf(ctx), args), toPublication);
  }

  @Authorized(READERS)
  @Query(() => Publication, { description: 'One publication (NOT_FOUND when the viewer may not read it).' })
  async publication(@Arg('id', () => ID, { description: 'The publication.' }) id: string, @Ctx() ctx: RequestContext) {
    return toPublication(await ctx.services.publications.get(actorOf(ctx), id));
  }

  @Authorized(READERS)
  @Query(() => PublicationRevisionConnection, {
    description: 'The immutable revisions of a publication the viewer may read, newest first.',
  })
  async publicationRevisions(
    @Args(() => I.PublicationRevisionArgs) args: I.PublicationRevisionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return mapConnection(await ctx.services.publications.revisions(actorOf(ctx), args), toRevision);
  }

  @Authorized(READERS)
  @Query(() => PublicationDiff, {
    description:
      'Word-level diff (Chinese word segmentation) between two revisions; BAD_USER_INPUT on `from`/`to` when a number is not a revision of it.',
  })
  async publicationDiff(@Args(() => I.PublicationDiffArgs) args: I.PublicationDiffArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.publications.diff(actorOf(ctx), args);
  }

  @Authorized(PUBLISHERS)
  @Mutation(() => PublicationPayload, {
    description: withReasons(
      'Write a draft. Who publishes what: community staff PARTY_BUILDING, COMMUNITY_AFFAIRS and NEWS of their community; property staff PROPERTY for estates their company serves; committee members COMMITTEE for their estate; street staff street-wide NEWS.',
      [
        R.PUBLICATION_BLANK_TITLE,
        R.PUBLICATION_BLANK_BODY,
        R.PUBLICATION_BODY_TOO_LONG,
        R.PUBLICATION_KIND_MISMATCH,
        R.PUBLICATION_SCOPE_NOT_ALLOWED,
        R.PUBLICATION_UNKNOWN_PLACE,
        R.PUBLICATION_NOT_PUBLISHER,
        R.PUBLICATION_COVER_NOT_IMAGE,
      ],
    ),
  })
  async createPublication(
    @Arg('input', () => I.CreatePublicationInput, { description: 'The draft.' }) input: I.CreatePublicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { publication: toPublication(await ctx.services.publications.create(actorOf(ctx), input)) };
  }

  @Authorized(PUBLISHERS)
  @Mutation(() => PublicationPayload, {
    description: withReasons(
      'Edit a draft in place, or a published item as a new immutable revision (change note required).',
      [
        ...NOT_YOURS,
        R.PUBLICATION_CHANGE_NOTE_REQUIRED,
        R.PUBLICATION_NOTHING_CHANGED,
        R.PUBLICATION_BLANK_BODY,
        R.PUBLICATION_BODY_TOO_LONG,
      ],
    ),
  })
  async updatePublication(
    @Arg('input', () => I.UpdatePublicationInput, { description: 'The edit.' }) input: I.UpdatePublicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { publication: toPublication(await ctx.services.publications.update(actorOf(ctx), input)) };
  }

  @Authorized(PUBLISHERS)
  @Mutation(() => PublicationPayload, {
    description: withReasons('Publish a draft now (revision 1) or schedule it.', NOT_YOURS),
  })
  async publishPublication(
    @Arg('input', () => I.PublishPublicationInput, { description: 'What and when.' }) input: I.PublishPublicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { publication: toPublication(await ctx.services.publications.publish(actorOf(ctx), input)) };
  }

  @Authorized(PUBLISHERS)
  @Mutation(() => PublicationPayload, {
    description: withReasons(
      'Withdraw a published item with a reason (it and its revisions stay readable); a scheduled one returns to draft.',
      [...NOT_YOURS, R.PUBLICATION_REASON_REQUIRED],
    ),
  })
  async withdrawPublication(
    @Arg('input', () => I.WithdrawPublicationInput, { description: 'What and why.' }) input: I.WithdrawPublicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { publication: toPublication(await ctx.services.publications.withdraw(actorOf(ctx), input)) };
  }

  @Authorized(PUBLISHERS)
  @Mutation(() => PublicationPayload, { description: withReasons('Pin or unpin a published item.', NOT_YOURS) })
  async pinPublication(
    @Arg('input', () => I.PinPublicationInput, { description: 'What and how.' }) input: I.PinPublicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { publication: toPublication(await ctx.services.publications.pin(actorOf(ctx), input)) };
  }

  @Authorized(READERS)
  @Mutation(() => PublicationPayload, {
    description: 'A reader opened a published item: its view count grows once per reader.',
  })
  async recordPublicationView(
    @Arg('input', () => I.RecordPublicationViewInput, { description: 'The item.' }) input: I.RecordPublicationViewInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { publication: toPublication(await ctx.services.publications.recordView(actorOf(ctx), input.id)) };
  }

  @Authorized(READERS)
  @Mutation(() => ChannelVisitPayload, {
    description: 'The reader visited a channel: what was published before now is no longer `isNew` for them.',
  })
  async markPublicationChannelVisited(
    @Arg('input', () => I.MarkChannelVisitedInput, { description: 'The channel.' }) input: I.MarkChannelVisitedInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.publications.markVisited(actorOf(ctx), input.channel);
  }

  @FieldResolver(() => FileRef, { nullable: true, description: 'Cover image.' })
  async cover(@Root() p: Publication, @Ctx() ctx: RequestContext) {
    if (!p.coverFileId) return null;
    const f = await ctx.loaders.file.load(p.coverFileId);
    return f ? toFileRef(f) : null;
  }

  @FieldResolver(() => [FileRef], { description: 'Attachments of the latest text, in order.' })
  async attachments(@Root() p: Publication, @Ctx() ctx: RequestContext) {
    const files = await Promise.all(p.attachmentFileIds.map((id) => ctx.loaders.file.load(id)));
    return files.filter((f) => f !== null).map(toFileRef);
  }

  @FieldResolver(() => String, {
    description: 'Who publishes it: the organisation, the community or the street (by name).',
  })
  async publisherName(@Root() p: Publication, @Ctx() ctx: RequestContext) {
    if (p.publisherOrganisationId) return (await ctx.loaders.organisation.load(p.publisherOrganisationId))?.name ?? '';
    if (p.publisherKind === 'COMMUNITY' && p.communityId)
      return (await ctx.loaders.community.load(p.communityId))?.name ?? '';
    return (await ctx.loaders.street.load(p.streetId))?.name ?? '';
  }

  @FieldResolver(() => String, { description: 'Name of the street, community or estate addressed.' })
  async placeName(@Root() p: Publication, @Ctx() ctx: RequestContext) {
    if (p.estateId) return (await ctx.loaders.estate.load(p.estateId))?.name ?? '';
    if (p.communityId) return (await ctx.loaders.community.load(p.communityId))?.name ?? '';
    return (await ctx.loaders.street.load(p.streetId))?.name ?? '';
  }

  @FieldResolver(() => Boolean, {
    description: "Published after the viewer's last visit of its channel (`markPublicationChannelVisited`).",
  })
  async isNew(@Root() p: Publication, @Ctx() ctx: RequestContext) {
    if (p.status !== PublicationStatus.PUBLISHED || !p.publishedAt || !ctx.viewer) return false;
    const last = (await ctx.loaders.publicationVisits.load(ctx.viewer.userId)).get(p.channel);
    return !last || new Date(p.publishedAt).getTime() > last.getTime();
  }

  @FieldResolver(() => PublicationViewerCan, { description: 'What the viewer may do with it.' })
  viewerCan(@Root() p: Publication, @Ctx() ctx: RequestContext) {
    return ctx.services.publications.viewerCan(ctx.viewer, p as unknown as PublicationShape);
  }
}

/** Files of a revision. */
@Resolver(() => PublicationRevision)
export class PublicationRevisionFieldsResolver {
  @FieldResolver(() => [FileRef], { description: 'Attachments at this revision.' })
  async attachments(@Root() r: PublicationRevision, @Ctx() ctx: RequestContext) {
    const files = await Promise.all(r.attachmentFileIds.map((id) => ctx.loaders.file.load(id)));
    return files.filter((f) => f !== null).map(toFileRef);
  }
}
