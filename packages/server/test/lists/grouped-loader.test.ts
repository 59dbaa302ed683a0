/**
 * The grouped loaders (graphql/loaders/grouped.loader.ts, issue 21): the reads of one turn go as
 * one statement, and each answers exactly the entities TypeORM's own find would — instants,
 * booleans, numbers, encrypted personal data, NULLs — on SQLite and MariaDB alike.
 */
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupedLoader, rowsWhere, rowsWhereIn, sortRows } from '../../src/graphql/loaders/grouped.loader.js';
import { UserEntity } from '../../src/modules/identity/user.entity.js';
import { TicketEntity } from '../../src/modules/ticket/ticket.entity.js';
import { TicketAssignmentEntity } from '../../src/modules/ticket/ticket-assignment.entity.js';
import { TicketEventEntity } from '../../src/modules/ticket/ticket-event.entity.js';
import { buildCommunity, buildTicket, deskOf } from '../factories/index.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { capturedStatements } from '../helpers/sql-log.js';

describe('grouped loaders', () => {
  let s: TestServer;
  let ds: DataSource;
  let ticketIds: string[];
  beforeAll(async () => {
    s = await startTestServer();
    ds = s.app.dataSource;
    const community = await buildCommunity(s);
    await deskOf(s, community);
    ticketIds = [];
    for (const state of ['SUBMITTED', 'ESCALATED', 'RESOLVED'] as const) {
      ticketIds.push((await buildTicket(s, { community, state })).id);
    }
  }, 120_000);
  afterAll(() => s.close());

  /** What TypeORM's find answers, by id. */
  const found = async <E extends ObjectLiteral & { id: string }>(entity: EntityTarget<E>, where: object) =>
    sortRows(await ds.getRepository(entity).findBy(where as never), { id: 'ASC' });

  it('answers the entities find answers, every column converted alike, in one statement', async () => {
    const tickets = await found(TicketEntity, { id: In(ticketIds) });
    const userIds = [...new Set(tickets.map((t) => t.submitterId))];
    const [expTickets, expUsers, expAssignments, expEvents] = await Promise.all([
      tickets,
      found(UserEntity, { id: In(userIds) }),
      found(TicketAssignmentEntity, { ticketId: In(ticketIds) }),
      found(TicketEventEntity, { ticketId: In(ticketIds) }),
    ]);
    expect(expAssignments.length, 'the escalated and resolved tickets have assignments').toBeGreaterThan(0);
    expect(expEvents.length).toBeGreaterThan(3);

    let got: ObjectLiteral[][] = [];
    const sql = await capturedStatements(s, async () => {
      got = await Promise.all([
        rowsWhereIn(ds, TicketEntity, 'id', ticketIds),
        rowsWhereIn(ds, UserEntity, 'id', userIds),
        rowsWhereIn(ds, TicketAssignmentEntity, 'ticketId', ticketIds),
        rowsWhere(ds, TicketEventEntity, { ticketId: ticketIds }),
      ]);
    });
    expect(sql).toHaveLength(1);
    const [gotTickets, gotUsers, gotAssignments, gotEvents] = got.map((rows) => sortRows(rows, { id: 'ASC' }));
    expect(gotTickets).toStrictEqual(expTickets);
    expect(gotUsers).toStrictEqual(expUsers);
    expect(gotAssignments).toStrictEqual(expAssignments);
    expect(gotEvents).toStrictEqual(expEvents);
    expect(gotTickets?.[0]?.createdAt).toBeInstanceOf(Date);
  });

  it('groups by key in order, each group on its own, unknown keys empty', async () => {
    const loader = groupedLoader(ds, TicketEventEntity, 'ticketId', { createdAt: 'DESC', id: 'DESC' }, { perKey: 2 });
    const all = await found(TicketEventEntity, { ticketId: In(ticketIds) });
    const groups = await loader.loadMany([...ticketIds, 'no-such-ticket']);
    ticketIds.forEach((id, i) => {
      const expected = all
        .filter((e) => e.ticketId === id)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
        .slice(0, 2);
      expect(groups[i]).toStrictEqual(expected);
    });
    expect(groups[ticketIds.length]).toEqual([]);
  });

  it('a failing read rejects, and the next turn reads again', async () => {
    await expect(
      Promise.all([
        rowsWhereIn(ds, TicketEntity, 'id', ticketIds),
        rowsWhereIn(ds, TicketEntity, 'nonsense' as never, ticketIds),
      ]),
    ).rejects.toThrow(/no column nonsense/);
    expect(await rowsWhereIn(ds, TicketEntity, 'id', ticketIds)).toHaveLength(ticketIds.length);
  });
});
