import { ArrayMaxSize, IsOptional } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { negotiateLocale } from '../../common/locale.js';
import type { RequestContext } from '../../graphql/context.js';
import { mapConnection, PageArgs } from '../../graphql/pagination.js';
import type { NotificationEntity } from './notification.entity.js';
import { renderNotice } from './notification.kinds.js';
import { NOTIFICATION_ADDED } from './notification.service.js';
import { MarkNotificationsReadPayload, Notification, NotificationConnection } from './notification.types.js';

@ArgsType()
class NotificationArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only unread notifications.' })
  unreadOnly = false;
}

@InputType({ description: 'Which notifications to mark read.' })
class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications (at most 100); omit to mark all read.' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[];
}

const toNotification = (e: NotificationEntity): Notification => ({
  id: e.id,
  kind: e.kind,
  subject: e.subjectType && e.subjectId ? { type: e.subjectType, id: e.subjectId } : null,
  params: e.params ?? {},
  readAt: e.readAt,
  createdAt: e.createdAt,
  userId: e.userId,
});

const LOCALE_ARG = {
  nullable: true,
  description:
    'Language of the text (a BCP 47 tag: zh-CN, en-US; others fall back). Default: the request’s `Accept-Language` header (graphql-ws: `connectionParams.locale`, else the upgrade request’s header), else zh-CN.',
} as const;

@Authorized()
@Resolver(() => Notification)
export class NotificationResolver {
  @FieldResolver(() => String, {
    description: 'Short title in the reader’s language, rendered from `kind` and `params`.',
  })
  title(
    @Root() n: Notification,
    @Arg('locale', () => String, LOCALE_ARG) locale: string | undefined,
    @Ctx() ctx: RequestContext,
  ): string {
    return renderNotice(n.kind, n.params, negotiateLocale(locale, ctx.locale)).title;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Longer text in the reader’s language (a reply’s excerpt, the category …), if the kind has one.',
  })
  body(
    @Root() n: Notification,
    @Arg('locale', () => String, LOCALE_ARG) locale: string | undefined,
    @Ctx() ctx: RequestContext,
  ): string | null {
    return renderNotice(n.kind, n.params, negotiateLocale(locale, ctx.locale)).body;
  }

  @Query(() => NotificationConnection, { description: 'The signed-in user’s notifications, newest first.' })
  async notifications(@Args(() => NotificationArgs) args: NotificationArgs, @Ctx() ctx: RequestContext) {
    const conn = await ctx.services.notifications.list(ctx.viewer, args);
    return mapConnection(conn, toNotification);
  }

  @Query(() => Int, { description: 'How many notifications the signed-in user has not read.' })
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return ctx.services.notifications.unreadCount(ctx.viewer);
  }

  @Mutation(() => MarkNotificationsReadPayload, {
    description: 'Mark some or all of the signed-in user’s notifications read.',
  })
  markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput, { description: 'Which ones.' }) input: MarkNotificationsReadInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.notifications.markRead(ctx.viewer, input.ids ?? null);
  }

  @Subscription(() => Notification, {
    topics: NOTIFICATION_ADDED,
    filter: ({ payload, context }: { payload: NotificationEntity; context: RequestContext }) =>
      !!context.viewer && payload.userId === context.viewer.userId,
    description: 'Each new notification of the signed-in user, as it is sent (graphql-ws).',
  })
  notificationAdded(@Root() payload: NotificationEntity) {
    return toNotification(payload);
  }
}
