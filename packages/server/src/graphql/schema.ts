import 'reflect-metadata';
import './enums.js';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { resolvers } from '../app/modules.js';
import { authChecker } from './auth-checker.js';

/** Builds the executable schema from every module's resolvers. */
export async function buildGraphQLSchema(pubSub?: PubSub<Record<string, never>>): Promise<GraphQLSchema> {
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
