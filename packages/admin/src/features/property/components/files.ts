import { refreshTokens } from '../../../app/apollo';
import { session } from '../../../app/session';

/** Sends a request with the bearer token, refreshing an expired access token once. */
async function authFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | null) =>
    fetch(url, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token ?? ''}` } });
  const sent = session.accessToken();
  let res = await send(sent);
  if (res.status === 401 && (await refreshTokens('/graphql', fetch, sent))) res = await send(session.accessToken());
  return res;
}

/** Uploads one file (`POST /files`) and returns its id, to pass to a mutation. */
export async function uploadFile(file: File): Promise<string> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await authFetch('/files', { method: 'POST', body: form });
  const body = (await res.json().catch(() => ({}))) as { id?: string; message?: string };
  if (!res.ok || !body.id) throw new Error(body.message ?? `HTTP ${res.status}`);
  return body.id;
}

/** Opens a file the API serves only with the token (a PDF or photo) in a new tab. */
export async function openFile(url: string): Promise<void> {
  const res = await authFetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  window.open(URL.createObjectURL(await res.blob()), '_blank', 'noopener');
}

/** A file's bytes as base64 (the import mutation takes the file inline). */
export async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Fen → yuan text with two decimals. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Today as `YYYY-MM-DD` in the browser's zone (staff are in China). */
export const todayText = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
export const monthText = () => todayText().slice(0, 7);
