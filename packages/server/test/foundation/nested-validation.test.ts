/**
 * class-validator checks an input object's own fields only: the constraints of a nested input
 * (a ballot's choices, a venue's opening hours, a bulk action's items) run only when the parent
 * field carries `@ValidateNested`. Without it a weekday of 2147483647 reached the service and
 * answered INTERNAL_SERVER_ERROR (found by test/hostile). Every field of an input type whose type
 * is another input type must have it.
 */
import { getMetadataStorage as validationMetadata } from 'class-validator';
import { getMetadataStorage as graphqlMetadata } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../src/graphql/schema.js';

describe('nested input validation', () => {
  it('every input field holding another input type validates it (@ValidateNested)', async () => {
    await buildGraphQLSchema();
    const inputClasses = new Set<Function>(graphqlMetadata().inputTypes.map((t) => t.target));
    const nested: string[] = [];
    const missing: string[] = [];
    for (const t of graphqlMetadata().inputTypes) {
      for (const f of t.fields ?? []) {
        const type = f.getType();
        if (typeof type !== 'function' || !inputClasses.has(type)) continue;
        nested.push(`${t.name}.${f.name}`);
        const rules = validationMetadata().getTargetValidationMetadatas(t.target, '', false, false);
        if (!rules.some((r) => r.propertyName === f.name && r.type === 'nestedValidation')) {
          missing.push(`${t.name}.${f.name}`);
        }
      }
    }
    expect(nested.length, 'nested input fields found').toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
