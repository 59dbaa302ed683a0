import { type DataKeyring, parseDataKeys } from '../config.js';

export type { DataKeyring };

let active: DataKeyring | null = null;

/**
 * The keyring the entity columns use. Set once at start (createApp, the db CLI, the bench data
 * generator) from the configuration; read from the environment on first use otherwise (a test's
 * factories before any server), which fails in production without keys like the start would.
 */
export function dataKeyring(): DataKeyring {
  if (!active) {
    const nodeEnv = process.env.NODE_ENV;
    active = parseDataKeys(
      process.env,
      nodeEnv === 'production' || nodeEnv === 'test' || nodeEnv === 'development' ? nodeEnv : 'development',
    );
  }
  return active;
}

export function setDataKeyring(ring: DataKeyring): void {
  active = ring;
}
