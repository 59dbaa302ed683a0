import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import type { Redis } from 'ioredis';
import type { RedisClients } from './redis.js';

/**
 * JSON that keeps Dates: payloads are entities (`createdAt: Date`), and a subscriber in another
 * process must see the same types as one in the publishing process. `Date.toJSON` runs before a
 * replacer sees the value, so the replacer looks at the holder's own property.
 */
export const eventSerializer = {
  stringify(message: unknown): string {
    return JSON.stringify(message, function (this: Record<string, unknown>, key, value) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : value;
    });
  },
  parse(message: string): unknown {
    return JSON.parse(message, (_key, value) =>
      value && typeof value === 'object' && typeof value.$date === 'string' && Object.keys(value).length === 1
        ? new Date(value.$date)
        : value,
    );
  },
};

/**
 * The event bus of the subscriptions. Without Redis: in this process (graphql-yoga's own target).
 * With Redis: every publish goes out on the channel `<prefix>event:<topic>` and every process
 * subscribed to the topic hears it — the publishing one included, once.
 */
export function createEventBus(
  redis: RedisClients | null,
  onError: (err: unknown) => void = () => undefined,
  // biome-ignore lint/suspicious/noExplicitAny: topics are declared by each module's events
): PubSub<any> {
  if (!redis) return createPubSub();
  // biome-ignore lint/suspicious/noExplicitAny: the target carries every module's topics
  const target = createRedisEventTarget<any>({
    // The event target fires PUBLISH / SUBSCRIBE without awaiting them: a Redis outage would be an
    // unhandled rejection (which ends a Node process). These wrappers report it instead.
    publishClient: {
      publish: (channel: string, message: string) => redis.command.publish(channel, message).catch(onError),
    } as unknown as Redis,
    subscribeClient: {
      on: (event: 'message', listener: (channel: string, message: string) => void) =>
        redis.subscriber.on(event, listener),
      subscribe: (channel: string) => redis.subscriber.subscribe(channel).catch(onError),
      unsubscribe: (channel: string) => redis.subscriber.unsubscribe(channel).catch(onError),
    } as unknown as Redis,
    serializer: eventSerializer,
  });
  const channel = (topic: string) => `${redis.prefix}event:${topic}`;
  // Channels are not keys: ioredis' keyPrefix does not apply to them, so the prefix is added here.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const prefixed: PubSubEventTarget<any> = {
    addEventListener: (topic, listener, options) => target.addEventListener(channel(topic), listener, options),
    removeEventListener: (topic, listener, options) => target.removeEventListener(channel(topic), listener, options),
    dispatchEvent: (event) =>
      target.dispatchEvent(new CustomEvent(channel(event.type), { detail: (event as CustomEvent).detail })),
  };
  return createPubSub({ eventTarget: prefixed });
}
