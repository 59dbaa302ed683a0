import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination.js';

@ObjectType({ description: 'An in-app notification for the signed-in user.' })
export class Notification {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => String, {
    description:
      'Kind: TICKET_NEW, TICKET_REPLIED, TICKET_RESOLVED, TICKET_MERGED, TICKET_REJECTED, TICKET_ESCALATION_ANSWERED, TICKET_NEAR_DUE, TICKET_OVERDUE, TICKET_TRIAGE_OVERDUE (waiting for triage past its deadline), TICKET_REOPENED, TICKET_RATED.',
  })
  type: string;

  @Field(() => String, { description: 'Short title, in Chinese.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Longer text.' })
  body: string | null;

  @Field(() => ID, { nullable: true, description: 'The ticket it is about, if any.' })
  ticketId: string | null;

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
