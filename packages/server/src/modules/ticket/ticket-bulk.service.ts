import type { Actor } from '../../common/actor.js';
import { DomainError, fail } from '../../common/errors.js';
import type { TicketEntity } from './ticket.entity.js';
import { TicketIntakeReasons as D } from './ticket-intake.errors.js';
import type * as I from './ticket-intake.inputs.js';
import type { TicketWorkflowService } from './ticket-workflow.service.js';

/** What a bulk action did to one ticket. */
export interface BulkOutcome {
  ticketId: string;
  ok: boolean;
  code: string | null;
  reason: string | null;
  message: string | null;
  ticket: TicketEntity | null;
}

/**
 * Bulk work of the workbench: the same action on several tickets, each through the workflow's one
 * pipeline (its own policy check, version check, transaction, event, notices and audit row). One
 * ticket refused — changed by someone else meanwhile, in another state — does not stop the others;
 * the result says for each what happened.
 */
export class TicketBulkService {
  constructor(private readonly workflow: TicketWorkflowService) {}

  accept(actor: Actor, input: I.BulkAcceptTicketsInput) {
    return this.each(input, (item) =>
      this.workflow.accept(actor, {
        ticketId: item.ticketId,
        expectedVersion: item.expectedVersion,
        organisationIds: input.organisationIds,
        note: input.note,
      }),
    );
  }

  reject(actor: Actor, input: I.BulkRejectTicketsInput) {
    return this.each(input, (item) =>
      this.workflow.reject(actor, {
        ticketId: item.ticketId,
        expectedVersion: item.expectedVersion,
        reason: input.reason,
      }),
    );
  }

  merge(actor: Actor, input: I.BulkMergeTicketsInput) {
    return this.each(input, (item) =>
      this.workflow.merge(actor, {
        ticketId: item.ticketId,
        expectedVersion: item.expectedVersion,
        primaryTicketId: input.primaryTicketId,
        note: input.note,
      }),
    );
  }

  /** One after another (never in parallel: each is its own transaction, and SQLite has one writer). */
  private async each(
    input: I.BulkTicketsInput,
    act: (item: I.BulkTicketItem) => Promise<TicketEntity>,
  ): Promise<{ succeeded: number; results: BulkOutcome[] }> {
    const ids = input.items.map((i) => i.ticketId);
    if (new Set(ids).size !== ids.length) {
      throw fail(D.TICKET_BULK_TOO_MANY, 'A ticket appears twice in the selection', { field: 'items' });
    }
    const results: BulkOutcome[] = [];
    for (const item of input.items) {
      try {
        const ticket = await act(item);
        results.push({ ticketId: item.ticketId, ok: true, code: null, reason: null, message: null, ticket });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        results.push({
          ticketId: item.ticketId,
          ok: false,
          code: err.code,
          reason: err.options.reason ?? null,
          message: err.message,
          ticket: null,
        });
      }
    }
    return { succeeded: results.filter((r) => r.ok).length, results };
  }
}
