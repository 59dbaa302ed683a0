import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';

/** A value kept in the platform's storage (localStorage in H5, wx storage in the mini program), observable. */
export interface Stored<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function stored<T>(key: string, initial: T): Stored<T> {
  let value: T = initial;
  try {
    const raw = Taro.getStorageSync(key);
    if (raw !== '' && raw !== undefined && raw !== null) value = JSON.parse(String(raw)) as T;
  } catch {
    /* unreadable: start over */
  }
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      Taro.setStorageSync(key, JSON.stringify(next));
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStored<T>(s: Stored<T>): T {
  return useSyncExternalStore(s.subscribe, s.get, s.get);
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  userId: string;
  displayName: string;
}

export const session = stored<Session | null>('rt.session', null);

export interface Prefs {
  locale: 'zh-CN' | 'en-US';
  largeText: boolean;
  highContrast: boolean;
}

export const prefs = stored<Prefs>('rt.prefs', { locale: 'zh-CN', largeText: false, highContrast: false });

/** A list as last loaded, with its time: shown as it was when the connection is bad. */
export interface Cached<T> {
  at: string;
  data: T;
}

export function cacheKey(name: string): string {
  return `rt.cache.${session.get()?.userId ?? 'anon'}.${name}`;
}

export function readCache<T>(name: string): Cached<T> | null {
  try {
    const raw = Taro.getStorageSync(cacheKey(name));
    return raw ? (JSON.parse(String(raw)) as Cached<T>) : null;
  } catch {
    return null;
  }
}

export function writeCache<T>(name: string, data: T): Cached<T> {
  const c = { at: new Date().toISOString(), data };
  Taro.setStorageSync(cacheKey(name), JSON.stringify(c));
  return c;
}
