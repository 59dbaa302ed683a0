import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Query } from '../src/index.js';

const sdl = readFileSync(resolve(import.meta.dirname, '../schema.graphql'), 'utf8');

describe('schema.graphql', () => {
  it('is a valid schema with a Query root', () => {
    const schema = buildSchema(sdl);
    expect(schema.getQueryType()?.name).toBe('Query');
  });

  it('describes every type, field, argument, input field and enum value', () => {
    expect(undescribed(buildSchema(sdl))).toEqual([]);
  });

  it('the description check sees undescribed arguments, input fields and enum values', () => {
    const bare = buildSchema(`
      "q" type Query { "f" f(a: Int, "i" i: In): E }
      "in" input In { x: Int }
      "e" enum E { A "b" B }
    `);
    expect(undescribed(bare)).toEqual(['E.A', 'In.x', 'Query.f(a)']);
  });

  it('exports TypeScript types of the schema', () => {
    const q: Pick<Query, 'serverInfo'> = {
      serverInfo: { version: '1', now: '2026-01-01T00:00:00Z', timeZone: 'Asia/Shanghai' },
    };
    expect(q.serverInfo.timeZone).toBe('Asia/Shanghai');
  });
});

/** Every element of the schema a client sees that carries no description (sorted). */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        if ('args' in field) {
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (['skip', 'include', 'deprecated', 'specifiedBy', 'oneOf'].includes(directive.name)) continue;
    if (!directive.description) missing.push(`@${directive.name}`);
    for (const arg of directive.args) if (!arg.description) missing.push(`@${directive.name}(${arg.name})`);
  }
  return missing.sort();
}
