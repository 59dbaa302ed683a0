/**
 * Writes packages/schema/schema.graphql from the server's schema, after checking that every type,
 * field, argument, input field and enum value has a description.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderContract, undescribedElements } from './contract.js';
import { buildGraphQLSchema } from './schema.js';

const target = resolve(import.meta.dirname, '../../../schema/schema.graphql');

const schema = await buildGraphQLSchema();
const missing = undescribedElements(schema);
if (missing.length > 0) {
  console.error(`schema elements without a description:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(target, renderContract(schema));
console.log(`wrote ${target}`);
