import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Query } from '../src/index.js';

const sdl = readFileSync(resolve(import.meta.dirname, '../schema.graphql'), 'utf8');

describe('schema.graphql', () => {
  it('is a valid schema with a Query root', () => {
    const schema = buildSchema(sdl);
    expect(schema.getQueryType()?.name).toBe('Query');
  });

  it('describes every object type and field', () => {
    const schema = buildSchema(sdl);
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isObjectType(type)) continue;
      if (!type.description) undocumented.push(type.name);
      for (const f of Object.values(type.getFields())) if (!f.description) undocumented.push(`${type.name}.${f.name}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('exports TypeScript types of the schema', () => {
    const q: Pick<Query, 'serverInfo'> = {
      serverInfo: { version: '1', now: '2026-01-01T00:00:00Z', timeZone: 'Asia/Shanghai' },
    };
    expect(q.serverInfo.timeZone).toBe('Asia/Shanghai');
  });
});
