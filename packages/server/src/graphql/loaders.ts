import type { DataSource } from 'typeorm';
import { createModuleLoaders } from '../app/modules.js';

/** Per-request DataLoaders, from the modules' manifests: field resolvers load relations only through these. */
export function createLoaders(ds: DataSource) {
  return createModuleLoaders(ds);
}

export type Loaders = ReturnType<typeof createLoaders>;
