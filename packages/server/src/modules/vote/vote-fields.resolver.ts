import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { serialize } from '../../auth/abilities.js';
import { maskRoom } from '../../common/mask.js';
import type { RequestContext } from '../../graphql/context.js';
import { FileRef, toFileRef } from '../file/file.types.js';
import { toEstate } from '../org/org.mappers.js';
import { Estate } from '../org/org.types.js';
import { VoteStatus } from './vote.enums.js';
import { toBallot, toMatter, toTally } from './vote.mappers.js';
import { votePolicy } from './vote.policy.js';
import {
  Ballot,
  BallotChoice,
  BallotRevision,
  Vote,
  VoteMatter,
  VoteTally,
  VoteUnit,
  VoteViewerCan,
  VoteVoter,
} from './vote.types.js';

async function myVoter(v: Vote, ctx: RequestContext) {
  const viewer = ctx.viewer;
  return viewer ? ctx.loaders.voteVoterByUser.load(`${v.id}:${viewer.userId}`) : null;
}

/** Fields of a vote: every relation through a DataLoader; what shows is decided by vote.policy. */
@Resolver(() => Vote)
export class VoteFieldsResolver {
  @FieldResolver(() => Estate, { description: 'The estate.' })
  async estate(@Root() v: Vote, @Ctx() ctx: RequestContext) {
    const e = await ctx.loaders.estate.load(v.estateId);
    if (!e) throw new Error('dangling estate');
    return toEstate(e);
  }

  @FieldResolver(() => [VoteMatter], { description: 'The matters, in order.' })
  async matters(@Root() v: Vote, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.voteMatters.load(v.id)).map(toMatter);
  }

  @FieldResolver(() => VoteTally, {
    nullable: true,
    description: 'The tally: live while open, frozen once closed, null for a draft.',
  })
  async tally(@Root() v: Vote, @Ctx() ctx: RequestContext) {
    const t = await ctx.loaders.voteTally.load(v.entity);
    return t ? toTally(t, v.status === VoteStatus.CLOSED, ctx.locale) : null;
  }

  @FieldResolver(() => Ballot, { nullable: true, description: 'The viewer’s own current ballot (owners of the roll).' })
  async myBallot(@Root() v: Vote, @Ctx() ctx: RequestContext) {
    const me = await myVoter(v, ctx);
    const b = me ? await ctx.loaders.voteBallotByVoter.load(me.id) : null;
    return b ? toBallot(b, true, false) : null;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer is an owner on the frozen roll of this vote.' })
  async onRoll(@Root() v: Vote, @Ctx() ctx: RequestContext) {
    return Boolean(await myVoter(v, ctx));
  }

  @FieldResolver(() => VoteViewerCan, { description: 'What the viewer may do with it.' })
  async viewerCan(@Root() v: Vote, @Ctx() ctx: RequestContext) {
    const me = await myVoter(v, ctx);
    return serialize(ctx.viewer, votePolicy, { ...v.entity, myVoter: me });
  }
}

@Resolver(() => VoteMatter)
export class VoteMatterFieldsResolver {
  @FieldResolver(() => [FileRef], { description: 'Attached files (PDF or images).' })
  async attachments(@Root() m: VoteMatter, @Ctx() ctx: RequestContext) {
    const files = await ctx.loaders.file.loadMany(m.attachmentFileIds);
    return files.flatMap((f) => (f && !(f instanceof Error) ? [toFileRef(f)] : []));
  }
}

@Resolver(() => VoteVoter)
export class VoteVoterFieldsResolver {
  @FieldResolver(() => [String], {
    description: 'The owner’s units, "1幢 1单元 502" (rooms masked for viewers who do not manage the vote).',
  })
  async units(@Root() o: VoteVoter, @Ctx() ctx: RequestContext) {
    const places = await ctx.loaders.householdPlace.loadMany(o.householdIds);
    return places.flatMap((p) =>
      p && !(p instanceof Error)
        ? [[p.building, p.unit, o.manage ? p.room : maskRoom(p.room)].filter(Boolean).join(' ')]
        : [],
    );
  }

  @FieldResolver(() => Boolean, { description: 'Has a ballot.' })
  async hasVoted(@Root() o: VoteVoter, @Ctx() ctx: RequestContext) {
    return Boolean(await ctx.loaders.voteBallotByVoter.load(o.id));
  }

  @FieldResolver(() => Ballot, {
    nullable: true,
    description: 'The current ballot (its choices only for a vote declared open).',
  })
  async ballot(@Root() o: VoteVoter, @Ctx() ctx: RequestContext) {
    const b = await ctx.loaders.voteBallotByVoter.load(o.id);
    return b ? toBallot(b, o.readChoices, true) : null;
  }
}

@Resolver(() => Ballot)
export class BallotFieldsResolver {
  @FieldResolver(() => [BallotChoice], {
    nullable: true,
    description: 'The choices (null when the viewer may not see them).',
  })
  async choices(@Root() b: Ballot, @Ctx() ctx: RequestContext) {
    if (!b.visible) return null;
    return (await ctx.loaders.voteChoicesByBallot.load(b.id)).map((c) => ({ matterId: c.matterId, choice: c.choice }));
  }

  @FieldResolver(() => [BallotRevision], {
    nullable: true,
    description: 'Every version, oldest first (null when hidden).',
  })
  async revisions(@Root() b: Ballot, @Ctx() ctx: RequestContext) {
    if (!b.visible) return null;
    return (await ctx.loaders.voteRevisionsByBallot.load(b.id)).map((r) => ({
      revision: r.revision,
      channel: r.channel,
      choices: JSON.parse(r.choices),
      createdAt: r.createdAt,
      enteredByStaff: Boolean(r.enteredById),
    }));
  }

  @FieldResolver(() => FileRef, {
    nullable: true,
    description: 'The scan of the signed paper ballot (staff reading the roll).',
  })
  async scan(@Root() b: Ballot, @Ctx() ctx: RequestContext) {
    if (!b.scanVisible || !b.scanFileId) return null;
    const f = await ctx.loaders.file.load(b.scanFileId);
    return f ? toFileRef(f) : null;
  }
}

@Resolver(() => VoteUnit)
export class VoteUnitFieldsResolver {
  @FieldResolver(() => String, { description: 'The unit, "1幢 1单元 502".' })
  async label(@Root() u: VoteUnit, @Ctx() ctx: RequestContext) {
    const p = await ctx.loaders.householdPlace.load(u.householdId);
    return p ? [p.building, p.unit, p.room].filter(Boolean).join(' ') : '';
  }
}
