import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination.js';
import { type NoticeParams, NotificationKind } from './notification.kinds.js';

@ObjectType({ description: 'What a notification is about: a node of the schema, by type name and id.' })
export class NotificationSubject {
  @Field(() => String, { description: 'GraphQL type name of the subject, e.g. `Ticket`.' })
  type: string;

  @Field(() => ID, { description: 'Id of the subject (for `Ticket`: use it with `ticket(id:)`).' })
  id: string;
}

@ObjectType({
  description:
    'An in-app notification for the signed-in user. A client either shows `title`/`body` (rendered by the server in the reader’s language) or renders its own text from `kind` and `params`.',
})
export class Notification {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => NotificationKind, { description: 'What happened (each kind is declared by a module).' })
  kind: string;

  @Field(() => NotificationSubject, {
    nullable: true,
    description: 'What it is about; null when nothing in particular.',
  })
  subject: NotificationSubject | null;

  @Field(() => GraphQLJSONObject, {
    description:
      'The kind’s parameters, for clients that render their own text: e.g. `title` (of the ticket), `excerpt` (of a reply), `department`, `daysLeft`, `score`, `categoryZh`/`categoryEn`. Values are strings, numbers or null.',
  })
  params: NoticeParams;

  @Field(() => Date, { nullable: true, description: 'When the user read it; null while unread.' })
  readAt: Date | null;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt: Date;

  userId: string;
}

export const NotificationConnection = ConnectionType(Notification, 'Notification', 'notification');

@ObjectType({ description: 'Result of marking notifications read.' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many notifications changed from unread to read.' })
  updated: number;

  @Field(() => Int, { description: 'Unread notifications left.' })
  unreadCount: number;
}
