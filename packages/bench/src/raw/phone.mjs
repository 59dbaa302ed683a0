// Masked phones for the raw twin: it decrypts the stored ciphertext itself (no server code).
import { createDecipheriv, createHash } from 'node:crypto';

// Phones are stored encrypted (the product's packages/server/src/crypto/personal-data.ts):
// `v1.<key id>.<iv>.<tag>.<ciphertext>`, base64url parts, AES-256-GCM with `v1.<key id>` as
// additional data. The twin decrypts with node:crypto itself (a raw baseline imports no server
// code), with the keys of DATA_KEYS (`id:base64key,…`, as in the server's config.ts parseDataKeys).
// Duplicated from config.ts: the published development key, which a bare `dev` entry (or no
// DATA_KEYS at all) names. pnpm bench passes the product's DATA_KEYS to the twin.
const DEV_DATA_KEY = createHash('sha256').update('roundtable development data key (not a secret)').digest();
const dataKeys = new Map();
for (const entry of (process.env.DATA_KEYS ?? '')
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean)) {
  const [id, value] = entry.split(':');
  dataKeys.set(
    id,
    id === 'dev' && !value ? DEV_DATA_KEY : Buffer.from(value, /[-_]/.test(value) ? 'base64url' : 'base64'),
  );
}
if (dataKeys.size === 0) dataKeys.set('dev', DEV_DATA_KEY);
const CIPHERTEXT = /^v1\.([A-Za-z0-9_-]{1,16})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]*)$/;
function decrypt(stored) {
  if (stored == null) return stored;
  const m = CIPHERTEXT.exec(stored);
  const key = m && dataKeys.get(m[1]);
  if (!key) throw new Error(`raw twin: a stored phone is not a ciphertext of a key in DATA_KEYS`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(m[2], 'base64url'));
  decipher.setAAD(Buffer.from(`v1.${m[1]}`));
  decipher.setAuthTag(Buffer.from(m[3], 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(m[4], 'base64url')), decipher.final()]).toString('utf8');
}
/** The product's maskPhone (common/mask.ts) of the decrypted number. */
export const maskPhone = (stored) => {
  const p = decrypt(stored);
  if (p == null) return p;
  return p.length < 7 ? '*'.repeat(p.length) : `${p.slice(0, 3)}****${p.slice(-4)}`;
};
