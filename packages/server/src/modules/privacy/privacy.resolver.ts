import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import { PrivacyReasons as R } from './privacy.errors.js';
import { toErasureRequest } from './privacy.mappers.js';
import {
  ErasureRequest,
  ErasureRequestConnection,
  ErasureRequestListArgs,
  ErasureRequestPayload,
  MyDataExport,
} from './privacy.types.js';

/** What any signed-in account does about its own data: export it, ask for its erasure. */
@Authorized()
@Resolver(() => MyDataExport)
export class PrivacySelfResolver {
  @Query(() => MyDataExport, {
    description: 'Everything the platform keeps about the signed-in account (JSON and HTML).',
  })
  async myDataExport(@Ctx() ctx: RequestContext) {
    return ctx.services.privacy.exportMine(actorOf(ctx));
  }

  @Query(() => ErasureRequest, { nullable: true, description: "The signed-in account's erasure request, if any." })
  async myErasureRequest(@Ctx() ctx: RequestContext) {
    const r = await ctx.services.privacy.mine(actorOf(ctx));
    return r ? toErasureRequest(r) : null;
  }

  @Mutation(() => ErasureRequestPayload, {
    description: withReasons(
      'Ask for the erasure of the signed-in resident account (once); staff complete it within 15 working days.',
      [R.PRIVACY_ERASURE_ALREADY_REQUESTED, R.PRIVACY_ERASURE_RESIDENTS_ONLY],
    ),
  })
  async requestErasure(@Ctx() ctx: RequestContext) {
    return { request: toErasureRequest(await ctx.services.privacy.requestErasure(actorOf(ctx))) };
  }
}

/** Staff handling erasure requests. */
@Authorized([Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF])
@Resolver(() => ErasureRequest)
export class ErasureRequestResolver {
  @Query(() => ErasureRequestConnection, {
    description:
      "Residents' erasure requests the viewer handles (staff of the resident's community, street and system administrators), oldest first.",
  })
  async erasureRequests(@Args(() => ErasureRequestListArgs) args: ErasureRequestListArgs, @Ctx() ctx: RequestContext) {
    const page = await ctx.services.privacy.list(actorOf(ctx), args, args);
    const now = new Date();
    return mapConnection(page, (e) => toErasureRequest(e, now));
  }

  @Mutation(() => ErasureRequestPayload, {
    description: withReasons(
      'Complete an erasure (audited): the account is anonymised (已注销居民), its phone, password, sessions, WeChat link and bindings removed; its tickets, ballots and ledger rows stay and keep counting.',
      [R.PRIVACY_ERASURE_DONE],
    ),
  })
  async completeErasure(
    @Arg('id', () => ID, { description: 'The erasure request.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return { request: toErasureRequest(await ctx.services.privacy.completeErasure(actorOf(ctx), id)) };
  }
}
