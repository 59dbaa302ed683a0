import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { type DataKeyring, dataKeyring } from './data-keys.js';

/**
 * Personal data at rest: AES-256-GCM with a random 96-bit IV per value, stored as one versioned
 * string `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url parts, the key id also authenticated), and
 * a keyed blind index (HMAC-SHA256 over the normalised value) for exact lookup and uniqueness.
 */
export class DataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataKeyError';
  }
}

const VERSION = 'v1';
const FORM = /^v1\.([A-Za-z0-9_-]{1,16})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]*)$/;

export function encryptValue(clear: string, ring: DataKeyring = dataKeyring()): string {
  const key = ring.keys.get(ring.currentId);
  if (!key) throw new DataKeyError(`personal data: the current key "${ring.currentId}" is missing`);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`${VERSION}.${ring.currentId}`));
  const body = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    VERSION,
    ring.currentId,
    iv.toString('base64url'),
    tag.toString('base64url'),
    body.toString('base64url'),
  ].join('.');
}

/** The key id a stored value names, or null when the value is not a ciphertext of this form. */
export function keyIdOf(stored: string): string | null {
  return FORM.exec(stored)?.[1] ?? null;
}

export const isEncrypted = (stored: string) => FORM.test(stored);

export function decryptValue(stored: string, ring: DataKeyring = dataKeyring()): string {
  const m = FORM.exec(stored);
  if (!m) throw new DataKeyError('personal data: a stored value is not encrypted (run the migrations)');
  const [, id = '', iv = '', tag = '', body = ''] = m;
  const key = ring.keys.get(id);
  if (!key)
    throw new DataKeyError(
      `personal data: key "${id}" is not in DATA_KEYS (a key was removed before db:rekey finished?)`,
    );
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(`${VERSION}.${id}`));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new DataKeyError(`personal data: key "${id}" of DATA_KEYS does not decrypt the stored value (wrong key)`);
  }
}

/** Mainland numbers as typed: spaces and dashes dropped, a +86 / 0086 prefix removed. */
export function normalisePhone(phone: string): string {
  const compact = phone.replace(/[\s-]/g, '');
  return compact.replace(/^(\+86|0086)(?=1\d{10}$)/, '');
}

/** The blind index of a phone number: hex HMAC-SHA256 with the index key (never the number itself). */
export function phoneIndex(phone: string, ring: DataKeyring = dataKeyring()): string {
  return createHmac('sha256', ring.indexKey)
    .update(`phone:${normalisePhone(phone)}`)
    .digest('hex');
}
