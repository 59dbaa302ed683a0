import { entities as moduleEntities, subscribers } from '../app/modules.js';

/** Every entity, from the modules' manifests (no globs: the same list works under tsx, vitest and node dist). */
export const entities = moduleEntities;

/** Subscribers that modules declare (unique-key columns filled on insert). */
export const moduleSubscribers = subscribers;
