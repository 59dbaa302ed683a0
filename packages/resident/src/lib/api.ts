/**
 * The public GraphQL API as a third party calls it (docs/api.md): POST /graphql with a Bearer token,
 * uploads to POST /files, refresh on TOKEN_EXPIRED. Operations are sent as registered documents (their
 * sha256, `extensions.persistedQuery`); a server that does not know one gets the text instead.
 */
import Taro from '@tarojs/taro';
import type { TypedDocumentString } from '../gql/graphql';
import { session } from './store';

/** '' in H5 (the page is served by the API's own server at /m/); the configured origin in the mini program. */
export const API_BASE = process.env.TARO_ENV === 'h5' ? '' : RESIDENT_API_URL;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly reason?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The request never reached the server (offline, DNS, a dropped connection): worth retrying later. */
export class NetworkError extends Error {}

interface GqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; details?: Record<string, unknown> } }[];
}

async function post<T>(body: Record<string, unknown>, token?: string): Promise<GqlAnswer<T>> {
  let res: Taro.request.SuccessCallbackResult<GqlAnswer<T>>;
  try {
    res = await Taro.request<GqlAnswer<T>>({
      url: `${API_BASE}/graphql`,
      method: 'POST',
      header: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      data: body,
      timeout: 20_000,
    });
  } catch (e) {
    throw new NetworkError(String((e as Error)?.message ?? e));
  }
  if (res.statusCode >= 500 && !res.data?.errors) throw new NetworkError(`HTTP ${res.statusCode}`);
  return res.data;
}

async function send<R, V>(doc: TypedDocumentString<R, V>, variables: V | undefined, token?: string) {
  const hash = (doc.__meta__?.hash as string | undefined)?.replace(/^sha256:/, '');
  if (hash) {
    const answer = await post<R>(
      { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      token,
    );
    const code = answer.errors?.[0]?.extensions?.code;
    if (code !== 'PERSISTED_QUERY_NOT_FOUND') return answer;
  }
  return post<R>({ query: doc.toString(), variables }, token);
}

let refreshing: Promise<boolean> | null = null;

/** Rotates the tokens once for all callers; false when the session is over (sign in again). */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const s = session.get();
    if (!s) return false;
    const { RefreshSession } = await import('./ops');
    const answer = await send(RefreshSession, { input: { refreshToken: s.refreshToken } });
    const tokens = answer.data?.refreshSession;
    if (!tokens) {
      session.set(null);
      return false;
    }
    session.set({ ...s, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
    return true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Runs one operation; throws ApiError (code, reason) or NetworkError. */
export async function request<R, V>(doc: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  let answer = await send(doc, variables, session.get()?.accessToken);
  const code = answer.errors?.[0]?.extensions?.code;
  if ((code === 'TOKEN_EXPIRED' || code === 'UNAUTHENTICATED') && session.get() && (await refresh())) {
    answer = await send(doc, variables, session.get()?.accessToken);
  }
  const first = answer.errors?.[0];
  if (first) {
    const ext = first.extensions ?? {};
    if (ext.code === 'SESSION_REVOKED') session.set(null);
    throw new ApiError(first.message, ext.code ?? 'ERROR', ext.reason, ext.details);
  }
  return answer.data as R;
}

/** POST /files: one photo (a Blob in H5, a temporary file path in the mini program); answers its id. */
export async function uploadPhoto(photo: Blob | string, name = 'photo.jpg'): Promise<string> {
  const token = session.get()?.accessToken;
  if (process.env.TARO_ENV === 'h5') {
    const form = new FormData();
    form.append('file', photo as Blob, name);
    let res: Response;
    try {
      res = await fetch(`${API_BASE}/files`, {
        method: 'POST',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        body: form,
      });
    } catch (e) {
      throw new NetworkError(String(e));
    }
    if (res.status === 401 && (await refresh())) return uploadPhoto(photo, name);
    const json = (await res.json()) as { id?: string; error?: string; message?: string };
    if (!res.ok || !json.id)
      throw new ApiError(json.message ?? `upload failed (${res.status})`, json.error ?? 'UPLOAD');
    return json.id;
  }
  let res: Taro.uploadFile.SuccessCallbackResult;
  try {
    res = await Taro.uploadFile({
      url: `${API_BASE}/files`,
      filePath: photo as string,
      name: 'file',
      header: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch (e) {
    throw new NetworkError(String((e as Error)?.message ?? e));
  }
  const json = JSON.parse(res.data) as { id?: string; message?: string };
  if (!json.id) throw new ApiError(json.message ?? 'upload failed', 'UPLOAD');
  return json.id;
}
