import { refreshTokens } from '../../../app/apollo';
import { session } from '../../../app/session';

/** Uploads a file to `POST /files` with the bearer token (refreshed once); returns its id. */
export async function uploadFile(file: File): Promise<string> {
  const send = (token: string | null) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return fetch('/files', { method: 'POST', body: form, headers: { authorization: `Bearer ${token ?? ''}` } });
  };
  const sent = session.accessToken();
  let res = await send(sent);
  if (res.status === 401 && (await refreshTokens('/graphql', fetch, sent))) res = await send(session.accessToken());
  const body = (await res.json()) as { id?: string; message?: string };
  if (!res.ok || !body.id) throw new Error(body.message ?? `HTTP ${res.status}`);
  return body.id;
}

/** A file's bytes as base64 (for the area import). */
export async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
