import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderContract, undescribedElements } from '../../src/graphql/contract.js';
import { buildGraphQLSchema } from '../../src/graphql/schema.js';

const committed = resolve(import.meta.dirname, '../../../schema/schema.graphql');

/** The contract is what the server emits, not only what the committed file says. */
describe('emitted schema', () => {
  it('describes every type, field, argument, input field and enum value', async () => {
    expect(undescribedElements(await buildGraphQLSchema())).toEqual([]);
  });

  it('is the committed packages/schema/schema.graphql (run pnpm codegen after changing the API)', async () => {
    expect(renderContract(await buildGraphQLSchema())).toBe(readFileSync(committed, 'utf8'));
  });
});
