import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Role } from '../identity/identity.enums.js';
import { toUser } from '../identity/identity.mappers.js';
import { User } from '../identity/identity.types.js';
import { AuditOperationInfo, auditOperationInfos } from './audit.operations.js';
import { listAuditLog } from './audit.query.js';
import { AuditLogArgs, AuditLogConnection, AuditLogEntry } from './audit.types.js';

@Authorized([Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF])
@Resolver(() => AuditLogEntry)
export class AuditResolver {
  @Query(() => AuditLogConnection, {
    description:
      'Staff actions, newest first: street and system admins for their scope, community staff for their community.',
  })
  async auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: RequestContext) {
    return listAuditLog(ctx.services.dataSource, ctx.viewer, args);
  }

  @Query(() => [AuditOperationInfo], {
    description:
      'Every operation the audit log may hold, as each module declares it (for an operation filter); same readers as `auditLog`.',
  })
  auditOperations(): readonly AuditOperationInfo[] {
    return auditOperationInfos();
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who acted (phone masked).' })
  async actor(@Root() a: AuditLogEntry, @Ctx() ctx: RequestContext) {
    const u = a.actorId ? await ctx.loaders.user.load(a.actorId) : null;
    return u ? toUser(u, ctx.viewer?.userId) : null;
  }
}
