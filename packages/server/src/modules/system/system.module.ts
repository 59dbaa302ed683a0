import { defineModule } from '../../app/module.js';
import { SystemResolver } from './system.resolver.js';

/** What the server says about itself (version, health of its parts). */
export const systemModule = defineModule({
  name: 'system',
  entities: [],
  resolvers: [SystemResolver],
});
