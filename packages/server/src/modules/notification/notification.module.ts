import { type Deps, defineModule } from '../../app/module.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';

/** In-app notifications and their live subscription; each module declares the kinds it sends. */
export const notificationModule = defineModule({
  name: 'notification',
  entities: [NotificationEntity],
  resolvers: [NotificationResolver],
  services: ({ dataSource, pubSub }: Deps) => ({ notifications: new NotificationService(dataSource, pubSub) }),
});
