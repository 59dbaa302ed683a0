import { SystemResolver } from './system/system.resolver.js';

/** Every resolver class of every module. */
export const resolvers = [SystemResolver] as const;
