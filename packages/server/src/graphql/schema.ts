import 'reflect-metadata';
import './enums.js';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { getMetadataStorage as validationStorage } from 'class-validator';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { resolvers } from '../app/modules.js';
import { authChecker } from './auth-checker.js';

/** The parts of type-graphql's metadata storage that decide whether a field needs its wrapper. */
interface FieldStorage {
  fields: { target: unknown; name: string; schemaName: string; simple?: boolean }[];
  middlewares: { target: unknown; fieldName: string }[];
  resolverMiddlewares: { target: unknown }[];
  authorizedFields: { target: unknown; fieldName: string }[];
  authorizedResolver: { target: unknown }[];
}

/**
 * Marks every plain property field that no middleware and no `@Authorized` guards as simple
 * (issue 21: type-graphql's `simpleResolvers`): GraphQL's default resolver reads the property
 * instead of type-graphql wrapping each read in its middleware chain, which for a ticket detail
 * ran for every scalar of every row. A field with a middleware or roles — on itself, or on its
 * class — keeps its wrapper; so does one whose GraphQL name differs from its property (the default
 * resolver reads by GraphQL name). There are no global middlewares (buildSchema below): adding
 * one means dropping this. Field resolvers (`@FieldResolver`) are never affected.
 */
function markPlainFieldsSimple(): void {
  const storage = getMetadataStorage() as unknown as FieldStorage;
  const guardedClasses = new Set([...storage.resolverMiddlewares, ...storage.authorizedResolver].map((m) => m.target));
  const guardedFields = new Set([...storage.middlewares, ...storage.authorizedFields].map((m) => m.fieldName));
  for (const f of storage.fields) {
    if (f.simple !== undefined || f.schemaName !== f.name) continue;
    if (guardedClasses.has(f.target) || guardedFields.has(f.name)) continue;
    f.simple = true;
  }
}

/** The two methods of class-validator's metadata storage the cache below wraps. */
interface ValidationStorage {
  getTargetValidationMetadatas(
    target: unknown,
    schema: unknown,
    always: unknown,
    strict: unknown,
    groups?: string[],
  ): unknown[];
  addValidationMetadata(metadata: unknown): void;
}

/**
 * Remembers class-validator's answer to "which constraints apply to this class" (issue 21): it
 * scans every registered class for inheritance on each validated argument object (about 2 % of a
 * small list's CPU). Cached only without validation groups (type-graphql passes none), and dropped
 * whenever a constraint is registered, so the answer is always the one class-validator would give.
 */
function cacheValidationTargets(): void {
  const storage = validationStorage() as unknown as ValidationStorage & { cached?: boolean };
  if (storage.cached) return;
  storage.cached = true;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  // (always, strictGroups) → class → its constraints.
  let known = new Map<string, Map<unknown, unknown[]>>();
  storage.addValidationMetadata = (metadata) => {
    known = new Map();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strict, groups) => {
    if ((groups && groups.length > 0) || schema !== undefined) return lookup(target, schema, always, strict, groups);
    const key = `${String(always)}:${String(strict)}`;
    const byTarget = known.get(key) ?? new Map<unknown, unknown[]>();
    known.set(key, byTarget);
    const found = byTarget.get(target) ?? lookup(target, schema, always, strict, groups);
    byTarget.set(target, found);
    return found;
  };
}

/** Builds the executable schema from every module's resolvers. */
export async function buildGraphQLSchema(pubSub?: PubSub<Record<string, never>>): Promise<GraphQLSchema> {
  markPlainFieldsSimple();
  cacheValidationTargets();
  const schema = await buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    authChecker,
    authMode: 'error',
    // A schema built only to be printed (emit-schema, tests) still needs a bus for its subscriptions.
    pubSub: (pubSub ?? createPubSub()) as never,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
  });
  // type-graphql cannot describe the root types; the contract needs every type described.
  const roots: [GraphQLObjectType | null | undefined, string][] = [
    [schema.getQueryType(), 'Read operations. Lists are Relay connections bounded to 100 items a page.'],
    [schema.getMutationType(), 'Write operations. Each takes one `input` and returns a payload.'],
    [schema.getSubscriptionType(), 'Live events over graphql-ws on the same `/graphql` path.'],
  ];
  for (const [type, description] of roots) if (type) type.description = description;
  return schema;
}
