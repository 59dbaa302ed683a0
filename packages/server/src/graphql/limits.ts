import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { DomainError, ErrorCode } from '../common/errors.js';
import type { RequestContext } from './context.js';

/** The CommonJS graphql every other part loads (see app.ts). */
const { GraphQLError, Kind, getNamedType, isCompositeType, isObjectType, isInterfaceType, valueFromASTUntyped } =
  createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Smallest and largest `first` of any list. */
export const FIRST_MIN = 1;
export const FIRST_MAX = 100;

// ---------------------------------------------------------------------------------------------
// Cost: every field costs 1; a field with a `first` argument (a connection) multiplies the cost of
// its selection by `first` (its default when not given). Fragments count where they are spread.
// graphql-armor's cost limit weighs depth, not list sizes: `tickets(first: 100) { … replies(first:
// 100) … }` is 10,000 nodes for us and a few dozen points for armor.
// ---------------------------------------------------------------------------------------------

export interface CostResult {
  cost: number;
  /** A `first` outside 1..100 (the first one found), or null. */
  badFirst: { field: string; value: unknown } | null;
}

/** The cost of the operation a request runs (variables resolved), and any `first` out of range. */
export function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): CostResult {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const result: CostResult = { cost: 0, badFirst: null };
  if (!op) return result;
  const root =
    op.operation === 'query'
      ? schema.getQueryType()
      : op.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return result;
  // Variables as the operation sees them: given values over the operation's own defaults.
  const vars: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    if (v.defaultValue) vars[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  }
  Object.assign(vars, variables ?? {});
  const argValue = (node: ValueNode): unknown => valueFromASTUntyped(node, vars);

  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, depth: number): number => {
    if (depth > 64) return 0; // cycles are refused by validation; this only bounds a bad document
    let sum = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
        const def = fields[sel.name.value];
        if (!def) continue;
        let multiplier = 1;
        const firstDef = def.args.find((a) => a.name === 'first');
        if (firstDef) {
          const given = sel.arguments?.find((a) => a.name.value === 'first');
          const value = (given ? argValue(given.value) : undefined) ?? firstDef.defaultValue;
          if (value !== undefined && value !== null) {
            const n = Number(value);
            if (!Number.isInteger(n) || n < FIRST_MIN || n > FIRST_MAX) {
              result.badFirst ??= { field: sel.name.value, value };
            } else multiplier = n;
          }
        }
        const named = getNamedType(def.type);
        const child = sel.selectionSet && isCompositeType(named) ? walk(sel.selectionSet, named, depth + 1) : 0;
        sum += 1 + multiplier * child;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        sum += walk(sel.selectionSet, t && isCompositeType(t) ? t : type, depth + 1);
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag) continue;
        const t = schema.getType(frag.typeCondition.name.value);
        sum += walk(frag.selectionSet, t && isCompositeType(t) ? t : type, depth + 1);
      }
    }
    return sum;
  };
  result.cost = walk(op.selectionSet, root, 0);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Budgets: a leaky bucket per app and per user (or anonymous address). The store is an interface
// so that a shared store (Redis) can replace the in-process one when the API runs in several
// processes.
// ---------------------------------------------------------------------------------------------

export interface BudgetCharge {
  /** Whether the cost fits and was charged. */
  ok: boolean;
  /** Points left in the bucket after this request (or before it, when refused). */
  left: number;
  /** When refused: seconds until the cost fits. */
  retryAfterSeconds: number;
}

/** Where buckets live. `take` charges `cost` to bucket `key` of `perMinute` points (capacity = one minute). */
export interface BudgetStore {
  take(key: string, cost: number, perMinute: number, now: number): Promise<BudgetCharge>;
}

/** The in-process store: one level and time per bucket; empty buckets are forgotten. */
export class MemoryBudgetStore implements BudgetStore {
  private readonly buckets = new Map<string, { level: number; at: number }>();
  private lastSweep = 0;

  async take(key: string, cost: number, perMinute: number, now: number): Promise<BudgetCharge> {
    this.sweep(now);
    const rate = perMinute / 60_000; // points leaking out per millisecond
    const b = this.buckets.get(key);
    const level = b ? Math.max(0, b.level - (now - b.at) * rate) : 0;
    if (level + cost > perMinute) {
      this.buckets.set(key, { level, at: now });
      const wait = Math.ceil((level + cost - perMinute) / rate / 1000);
      return { ok: false, left: Math.floor(perMinute - level), retryAfterSeconds: Math.max(1, wait) };
    }
    this.buckets.set(key, { level: level + cost, at: now });
    return { ok: true, left: Math.floor(perMinute - level - cost), retryAfterSeconds: 0 };
  }

  /** Once a minute, drop buckets that have drained (a full bucket drains in one minute). */
  private sweep(now: number) {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [k, b] of this.buckets) if (now - b.at > 60_000) this.buckets.delete(k);
  }
}

/** What one operation costs and how much budget is left after it (`extensions.cost`). */
export interface CostReport {
  requested: number;
  maxCost: number;
  budgetLeft: number | null;
}

/** HTTP status of a refused operation, by code. */
const STATUS: Record<string, number> = { [ErrorCode.RATE_LIMITED]: 429, [ErrorCode.BAD_USER_INPUT]: 400 };

/**
 * Measures one operation and lets the api-client module admit it (`ApiClientService.admit`: the
 * per-request cost limit, `first` in range, the app's and the user's budgets). A refusal becomes a
 * request error with its HTTP status (400, or 429 with Retry-After). Shared by HTTP (the Apollo
 * plugin) and graphql-ws (onSubscribe).
 */
export async function chargeOperation(
  ctx: Pick<RequestContext, 'viewer' | 'app' | 'ip' | 'services'>,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): Promise<CostReport> {
  const measured = measureCost(schema, document, operationName, variables);
  try {
    return await ctx.services.apiClient.admit(ctx, measured);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const status = STATUS[err.code] ?? 400;
    const retry = err.options.details?.retryAfterSeconds;
    throw new GraphQLError(err.message, {
      extensions: {
        code: err.code,
        reason: err.options.reason,
        ...(err.options.field ? { field: err.options.field } : {}),
        ...(err.options.details ? { details: err.options.details } : {}),
        ...(retry !== undefined ? { retryAfterSeconds: retry } : {}),
        http: { status, headers: new Map(retry !== undefined ? [['retry-after', String(retry)]] : []) },
      },
    });
  }
}

/** The Apollo plugin of the limits: charges after the operation is resolved, reports in `extensions.cost`. */
export function limitsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let report: CostReport | null = null;
      return {
        async didResolveOperation({ contextValue, schema, document, operationName, request }) {
          report = await chargeOperation(contextValue, schema, document, operationName, request.variables);
        },
        async willSendResponse({ response }) {
          if (!report || response.body.kind !== 'single') return;
          const body = response.body.singleResult;
          body.extensions = { ...body.extensions, cost: report };
        },
      };
    },
  };
}
