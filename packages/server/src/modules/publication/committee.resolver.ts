import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { STAFF_ROLES } from '../../auth/roles.js';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { FileRef, toFileRef } from '../file/file.types.js';
import { Role } from '../identity/identity.enums.js';
import { PublicationReasons as R } from './publication.errors.js';
import * as I from './publication.inputs.js';
import { toCommitteeMember, toCommitteeResolution } from './publication.mappers.js';
import {
  CommitteeMemberConnection,
  CommitteeMemberPayload,
  CommitteeResolution,
  CommitteeResolutionConnection,
  CommitteeResolutionPayload,
} from './publication.types.js';

const KEEPERS = [Role.SYSTEM_ADMIN, Role.COMMITTEE_MEMBER];

/** Owners' committee records: members by term, resolutions with their vote. */
@Resolver(() => CommitteeResolution)
export class CommitteeResolver {
  @Authorized([...STAFF_ROLES, Role.RESIDENT])
  @Query(() => CommitteeMemberConnection, {
    description: "Members of an owners' committee, newest first (staff over its estate; residents of its community).",
  })
  async committeeMembers(@Args(() => I.CommitteeListArgs) args: I.CommitteeListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.committee.members(actorOf(ctx), args), toCommitteeMember);
  }

  @Authorized(STAFF_ROLES)
  @Query(() => CommitteeResolutionConnection, {
    description:
      "Resolutions of an owners' committee, newest first (staff over its estate; residents read them once published).",
  })
  async committeeResolutions(@Args(() => I.CommitteeListArgs) args: I.CommitteeListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.committee.resolutions(actorOf(ctx), args), toCommitteeResolution);
  }

  @Authorized(KEEPERS)
  @Mutation(() => CommitteeMemberPayload, {
    description: withReasons("Add a member to an owners' committee (its members).", [
      R.PUBLICATION_COMMITTEE_NOT_A_COMMITTEE,
      R.PUBLICATION_COMMITTEE_BAD_DATE,
      R.PUBLICATION_COMMITTEE_BLANK_TEXT,
      R.PUBLICATION_NOT_PUBLISHER,
    ]),
  })
  async addCommitteeMember(
    @Arg('input', () => I.AddCommitteeMemberInput, { description: 'The member.' }) input: I.AddCommitteeMemberInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { member: toCommitteeMember(await ctx.services.committee.addMember(actorOf(ctx), input)) };
  }

  @Authorized(KEEPERS)
  @Mutation(() => CommitteeResolutionPayload, {
    description: withReasons('Record a meeting resolution with its vote (headcount and floor area).', [
      R.PUBLICATION_COMMITTEE_NOT_A_COMMITTEE,
      R.PUBLICATION_COMMITTEE_BAD_DATE,
      R.PUBLICATION_COMMITTEE_BLANK_TEXT,
      R.PUBLICATION_NOT_PUBLISHER,
    ]),
  })
  async recordCommitteeResolution(
    @Arg('input', () => I.RecordCommitteeResolutionInput, { description: 'The resolution.' })
    input: I.RecordCommitteeResolutionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { resolution: toCommitteeResolution(await ctx.services.committee.recordResolution(actorOf(ctx), input)) };
  }

  @Authorized(KEEPERS)
  @Mutation(() => CommitteeResolutionPayload, {
    description: withReasons('Publish a resolution to the COMMITTEE channel of its estate (once).', [
      R.PUBLICATION_COMMITTEE_ALREADY_PUBLISHED,
      R.PUBLICATION_NOT_PUBLISHER,
    ]),
  })
  async publishCommitteeResolution(
    @Arg('input', () => I.PublishCommitteeResolutionInput, { description: 'The resolution.' })
    input: I.PublishCommitteeResolutionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return {
      resolution: toCommitteeResolution(await ctx.services.committee.publishResolution(actorOf(ctx), input)),
    };
  }

  @FieldResolver(() => [FileRef], { description: 'Attachments (minutes, signed sheets).' })
  async attachments(@Root() r: CommitteeResolution, @Ctx() ctx: RequestContext) {
    const files = await Promise.all(r.attachmentFileIds.map((id) => ctx.loaders.file.load(id)));
    return files.filter((f) => f !== null).map(toFileRef);
  }
}
