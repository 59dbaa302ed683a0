/**
 * What a file is, judged by its first bytes (the declared Content-Type and extension are the
 * client's claim and are not trusted), and how its name is made safe to store and send back.
 */

/** Bytes of the head `detectMime` needs. */
export const HEAD_BYTES = 16;

export const IMAGE_MIMES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const ALLOWED_MIMES = [...IMAGE_MIMES, 'application/pdf'] as const;
export type AllowedMime = (typeof ALLOWED_MIMES)[number];

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The mime type of an allowed format from the file's first bytes, or null for anything else. */
export function detectMime(head: Uint8Array): AllowedMime | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

export const isImage = (mime: string) => (IMAGE_MIMES as readonly string[]).includes(mime);

export const MAX_NAME_LENGTH = 200;

/**
 * A client file name made safe to store and to echo in a header: the last path segment only,
 * NFC, no control or bidi-override characters, no quotes or angle brackets, whitespace collapsed,
 * at most 200 characters (code points, so a surrogate pair is never split). Never used for paths.
 */
export function sanitiseFileName(raw: string | undefined | null): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    // C0/C1 controls, bidi overrides and isolates, zero-width and BOM characters.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/["<>*?|:]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const name = Array.from(cleaned).slice(0, MAX_NAME_LENGTH).join('').trim();
  return name === '' ? 'file' : name;
}

/** RFC 8187 value for `filename*=UTF-8''…`. */
export function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Images are shown in place; anything else (PDF) is downloaded. */
export function contentDisposition(mime: string, name: string): string {
  return `${isImage(mime) ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeRfc8187(name)}`;
}
