/**
 * Matters waiting to be sent. Every matter goes through here: it is written to storage with one
 * idempotency key the moment the resident presses 提交, then sent; a matter written offline (or
 * whose sending broke) stays and is sent again when the connection returns — with the same key, so
 * the server answers the first ticket to any retry and never makes two.
 */
import Taro from '@tarojs/taro';
import { ApiError, NetworkError, request, uploadPhoto } from './api';
import { SubmitTicket } from './ops';
import { dataUrlToBlob } from './photo';
import { stored } from './store';

export interface PendingMatter {
  idempotencyKey: string;
  createdAt: string;
  input: {
    categoryId: string;
    communityId?: string;
    estateId?: string;
    buildingId?: string;
    title: string;
    body: string;
    locationText?: string;
    anonymous: boolean;
  };
  /** Compressed photos (data URLs in H5, saved file paths in the mini program). */
  photos: string[];
  /** Ids of the photos already uploaded, by index: a retry does not upload them again. */
  uploaded: (string | null)[];
  /** Set when the server refused it (not a network failure): shown, not retried automatically. */
  error?: { code: string; reason?: string };
}

export const outbox = stored<PendingMatter[]>('rt.outbox', []);

export function newIdempotencyKey(): string {
  const rnd =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
  return `resident-${rnd}`;
}

function update(key: string, change: (m: PendingMatter) => PendingMatter | null) {
  outbox.set(outbox.get().flatMap((m) => (m.idempotencyKey === key ? (change(m) ?? []) : [m])));
}

/** Keeps a new matter (with its key) and tries to send everything waiting. */
export function enqueue(matter: Omit<PendingMatter, 'idempotencyKey' | 'createdAt' | 'uploaded'>): PendingMatter {
  const m: PendingMatter = {
    ...matter,
    idempotencyKey: newIdempotencyKey(),
    createdAt: new Date().toISOString(),
    uploaded: matter.photos.map(() => null),
  };
  outbox.set([...outbox.get(), m]);
  return m;
}

export type SendResult = { sent: { key: string; ticketId: string }[]; offline: boolean };

let flushing: Promise<SendResult> | null = null;
const sentListeners = new Set<(r: SendResult) => void>();

export function onSent(listener: (r: SendResult) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

async function sendOne(m: PendingMatter): Promise<string> {
  const uploaded = [...m.uploaded];
  for (let i = 0; i < m.photos.length; i++) {
    if (uploaded[i]) continue;
    const photo = m.photos[i] as string;
    uploaded[i] = await uploadPhoto(process.env.TARO_ENV === 'h5' ? dataUrlToBlob(photo) : photo, `photo-${i + 1}.jpg`);
    update(m.idempotencyKey, (x) => ({ ...x, uploaded: [...uploaded] }));
  }
  const r = await request(SubmitTicket, {
    input: { ...m.input, photoFileIds: uploaded as string[], idempotencyKey: m.idempotencyKey },
  });
  return r.submitTicket.ticket.id;
}

/** Sends every waiting matter once (one flush at a time); stops at the first network failure. */
export function flushOutbox(): Promise<SendResult> {
  flushing ??= (async () => {
    const result: SendResult = { sent: [], offline: false };
    for (const m of outbox.get()) {
      if (m.error) continue;
      try {
        const ticketId = await sendOne(m);
        update(m.idempotencyKey, () => null);
        result.sent.push({ key: m.idempotencyKey, ticketId });
      } catch (e) {
        if (e instanceof NetworkError) {
          result.offline = true;
          break;
        }
        const err = e instanceof ApiError ? { code: e.code, reason: e.reason } : { code: String(e) };
        update(m.idempotencyKey, (x) => ({ ...x, error: err }));
      }
    }
    if (result.sent.length) for (const l of sentListeners) l(result);
    return result;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** Drops a refused matter, or clears its error to try it again. */
export function retryMatter(key: string) {
  update(key, (m) => ({ ...m, error: undefined }));
  return flushOutbox();
}

export function discardMatter(key: string) {
  update(key, () => null);
}

let started = false;

/** Sends what waits now, when the connection returns, and every 30 s while something waits. */
export function startOutbox() {
  if (started) return;
  started = true;
  const kick = () => {
    if (outbox.get().some((m) => !m.error)) void flushOutbox();
  };
  if (process.env.TARO_ENV === 'h5') window.addEventListener('online', kick);
  else Taro.onNetworkStatusChange((s) => s.isConnected && kick());
  setInterval(kick, 30_000);
  kick();
}
