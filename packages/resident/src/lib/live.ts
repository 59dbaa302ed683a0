/**
 * Live notifications over graphql-ws (`notificationAdded`, docs/api.md "Follow the replies live"):
 * one lazy connection for the app, authorised by the current access token, reconnecting on its own.
 * The mini program has no WebSocket global: a small adapter over Taro.connectSocket stands in.
 */
import Taro from '@tarojs/taro';
import { type Client, createClient } from 'graphql-ws';
import type { ResidentNotificationAddedSubscription } from '../gql/graphql';
import { API_BASE } from './api';
import { NotificationAdded } from './ops';
import { session } from './store';

export type Notice = ResidentNotificationAddedSubscription['notificationAdded'];

/** The mini program's socket, shaped like the browser's WebSocket as far as graphql-ws uses it. */
class TaroSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readyState = 0;
  protocol = 'graphql-transport-ws';
  onopen: (() => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  private task: Promise<Taro.SocketTask>;
  constructor(url: string, protocols?: string | string[]) {
    this.task = Taro.connectSocket({ url, protocols: ([] as string[]).concat(protocols ?? []) });
    void this.task.then((t) => {
      t.onOpen(() => {
        this.readyState = 1;
        this.onopen?.();
      });
      t.onClose((e) => {
        this.readyState = 3;
        this.onclose?.({ code: e.code, reason: e.reason });
      });
      t.onError((e) => this.onerror?.(e));
      t.onMessage((e) => this.onmessage?.({ data: String(e.data) }));
    });
  }
  send(data: string) {
    void this.task.then((t) => t.send({ data }));
  }
  close(code?: number, reason?: string) {
    this.readyState = 2;
    void this.task.then((t) => t.close({ code, reason }));
  }
}

function wsUrl(): string {
  if (process.env.TARO_ENV === 'h5') {
    const { protocol, host } = window.location;
    return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
  }
  return `${API_BASE.replace(/^http/, 'ws')}/graphql`;
}

let client: Client | null = null;
const listeners = new Set<(n: Notice) => void>();
let stop: (() => void) | null = null;

function ensure() {
  if (stop || !session.get()) return;
  client ??= createClient({
    url: wsUrl(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    connectionParams: () => ({ authorization: `Bearer ${session.get()?.accessToken ?? ''}` }),
    webSocketImpl: process.env.TARO_ENV === 'h5' ? WebSocket : TaroSocket,
  });
  stop = client.subscribe<ResidentNotificationAddedSubscription>(
    { query: NotificationAdded.toString() },
    {
      next: ({ data }) => {
        if (data) for (const l of listeners) l(data.notificationAdded);
      },
      error: () => {
        stop = null;
      },
      complete: () => {
        stop = null;
      },
    },
  );
}

/** Calls `listener` with each new notification of the signed-in resident; returns the unsubscribe. */
export function onNotice(listener: (n: Notice) => void): () => void {
  listeners.add(listener);
  ensure();
  return () => listeners.delete(listener);
}

/** Closes the connection (sign-out, or the token changed user). */
export function closeLive() {
  stop?.();
  stop = null;
  void client?.dispose();
  client = null;
}
