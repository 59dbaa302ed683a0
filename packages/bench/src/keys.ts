import { createHash } from 'node:crypto';

/**
 * The keys of personal data at rest on the benchmark databases: the product runs there with
 * NODE_ENV=production, which refuses the published development keys, so the benchmark has keys of
 * its own — published too (benchmark databases only, like its AUTH_SECRET). The data generator
 * writes phones with them, `pnpm bench` starts the product and the raw twin with them (the product
 * migrates a database of clear phones with them). DATA_KEYS / DATA_INDEX_KEY in the environment win.
 */
const key = (label: string) => createHash('sha256').update(label).digest('base64');

export const BENCH_DATA_KEYS = {
  DATA_KEYS: process.env.DATA_KEYS || `bench:${key('roundtable benchmark data key (not a secret)')}`,
  DATA_INDEX_KEY: process.env.DATA_INDEX_KEY || key('roundtable benchmark index key (not a secret)'),
};
