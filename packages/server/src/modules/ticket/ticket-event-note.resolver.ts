import { FieldResolver, Resolver, Root } from 'type-graphql';
import { EventVisibility, visibilityOf } from './ticket.transitions.js';
import { TicketEvent } from './ticket.types.js';

/**
 * Who reads an event's text (`note`), beside `visibility` (who sees that it happened): the console
 * marks each text as public, for the submitter, or internal, as the server's visibility table says.
 */
@Resolver(() => TicketEvent)
export class TicketEventNoteResolver {
  @FieldResolver(() => EventVisibility, {
    description:
      'Who reads this event’s text: every resident who may see the ticket (PUBLIC), its submitter and staff, or staff only.',
  })
  noteVisibility(@Root() e: TicketEvent): EventVisibility {
    return visibilityOf(e.type).note;
  }
}
