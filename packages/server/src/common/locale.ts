/**
 * The languages the server renders text in (notification titles). zh-CN is the default: the
 * product's staff and residents read Chinese; en-US serves foreign residents and English clients.
 */
export type Locale = 'zh-CN' | 'en-US';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** One language tag (`en`, `en-GB`, `zh-Hans-CN` …) to a supported locale, or null. */
function match(tag: string): Locale | null {
  const lang = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (lang === 'zh') return 'zh-CN';
  if (lang === 'en') return 'en-US';
  return null;
}

/**
 * The reader's locale from what the client said, in order of precedence: each candidate is a
 * language tag or an `Accept-Language` value (`en-US,en;q=0.9,zh;q=0.8`), the first one that names
 * a supported language wins; nothing usable gives zh-CN.
 */
export function negotiateLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const ranked = candidate
      .split(',')
      .map((part, i) => {
        const [tag = '', ...rest] = part.split(';');
        const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return { tag, q: q ? Number(q.slice(2)) || 0 : 1, i };
      })
      .filter((r) => r.q > 0)
      .sort((a, b) => b.q - a.q || a.i - b.i);
    for (const r of ranked) {
      const locale = match(r.tag);
      if (locale) return locale;
    }
  }
  return DEFAULT_LOCALE;
}
