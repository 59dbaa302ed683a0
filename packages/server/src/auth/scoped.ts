import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { notFound } from '../common/errors.js';
import type { Viewer } from './viewer.js';

/**
 * A module's read rule as a query filter: which rows of `entity` the viewer may see. Declared in
 * `<m>.policy.ts`; services read through `scoped(…)`, so scope is structural, never remembered.
 */
export interface ReadRule<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  /** The record's name in NOT_FOUND messages. */
  what: string;
  /** Narrows `qb` (whose alias is `qb.alias`) to the rows `viewer` may read. An empty reach matches nothing. */
  filter(qb: SelectQueryBuilder<E>, viewer: Viewer | null): void;
}

type Db = DataSource | EntityManager;

/** Reads filtered by the viewer's read rules. */
export function scoped(db: Db, viewer: Viewer | null) {
  return {
    /** A query builder over the rows the viewer may read. */
    query<E extends ObjectLiteral>(rule: ReadRule<E>, alias: string): SelectQueryBuilder<E> {
      const qb = db.getRepository(rule.entity).createQueryBuilder(alias);
      rule.filter(qb, viewer);
      return qb;
    },
    /** One row by id, or NOT_FOUND when it does not exist or lies outside the viewer's reach. */
    async get<E extends ObjectLiteral>(rule: ReadRule<E>, id: string): Promise<E> {
      const row = await this.query(rule, 'r').andWhere('r.id = :scopedId', { scopedId: id }).getOne();
      if (!row) throw notFound(rule.what);
      return row;
    },
  };
}

/**
 * Reads that no viewer's read rule filters: `why` says, in the call, why that is right here (the
 * actor's own rows, a public directory, a row a check has already placed in scope, a system job).
 */
export function unscoped(db: Db, why: string) {
  if (!why.trim()) throw new Error('unscoped reads say why');
  return {
    query<E extends ObjectLiteral>(entity: EntityTarget<E>, alias: string): SelectQueryBuilder<E> {
      return db.getRepository(entity).createQueryBuilder(alias);
    },
    repo<E extends ObjectLiteral>(entity: EntityTarget<E>): Repository<E> {
      return db.getRepository(entity);
    },
  };
}
