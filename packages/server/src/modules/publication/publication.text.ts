import { diffArrays } from 'diff';
import sanitizeHtml from 'sanitize-html';

/**
 * Rich text as residents see it: a small set of formatting tags, links only to http(s)/mailto/tel,
 * images only from our own `/files/` path. sanitize-html drops `<script>`, every `on*` handler and
 * `javascript:` URLs (no scheme outside `allowedSchemes` survives).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
    'hr',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !String(frame.attribs.src ?? '').startsWith('/files/'),
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The visible text of sanitised HTML (block ends become line breaks), for diffs and previews. */
export function textOf(html: string): string {
  const withBreaks = html.replace(/<(br|\/p|\/h[2-4]|\/li|\/tr|\/blockquote)\s*\/?>/gi, '$&\n');
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words of a Chinese (or mixed) text: ICU word segmentation, spaces and punctuation kept as pieces. */
export function words(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export interface DiffPiece {
  op: 'SAME' | 'ADDED' | 'REMOVED';
  text: string;
}

/** A word-level diff of two texts (diff's `diffArrays` over the segments), adjacent pieces merged. */
export function wordDiff(before: string, after: string): DiffPiece[] {
  const out: DiffPiece[] = [];
  for (const part of diffArrays(words(before), words(after))) {
    const op = part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'SAME';
    const text = part.value.join('');
    const last = out.at(-1);
    if (last && last.op === op) last.text += text;
    else if (text) out.push({ op, text });
  }
  return out;
}
