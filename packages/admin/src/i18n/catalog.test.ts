import { describe, expect, it } from 'vitest';
import { catalogs, FEATURE_MESSAGES as DECLARED } from './catalog';

/** The catalogs found by name, as plain records (their precise types are what the console uses). */
const FEATURE_MESSAGES = DECLARED as unknown as Record<string, Record<'zh-CN' | 'en-US', Record<string, string>>>;

describe('message catalogs', () => {
  it('finds the features by their messages.ts, the shell included', () => {
    expect(Object.keys(FEATURE_MESSAGES)).toEqual(
      expect.arrayContaining(['app', 'audit', 'auth', 'notifications', 'org', 'organisations', 'tickets', 'users']),
    );
  });

  for (const [feature, messages] of Object.entries(FEATURE_MESSAGES)) {
    it(`${feature}: en-US has exactly the zh-CN keys, none empty`, () => {
      expect(Object.keys(messages['en-US']).sort()).toEqual(Object.keys(messages['zh-CN']).sort());
      for (const catalog of [messages['zh-CN'], messages['en-US']])
        for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
    });
  }

  it('no key is defined by two features (a later one would silently win)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [feature, messages] of Object.entries(FEATURE_MESSAGES))
      for (const key of Object.keys(messages['zh-CN'])) {
        const first = owner.get(key);
        if (first) clashes.push(`${key}: ${first} and ${feature}`);
        owner.set(key, feature);
      }
    expect(clashes).toEqual([]);
  });

  it('the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const zh = catalogs['zh-CN'] as Record<string, string>;
    const en = catalogs['en-US'] as Record<string, string>;
    const differ = Object.keys(zh).filter((k) => placeholders(zh[k] ?? '').join() !== placeholders(en[k] ?? '').join());
    expect(differ).toEqual([]);
  });

  it('the merged catalogs keep every key of every feature', () => {
    const total = Object.values(FEATURE_MESSAGES).reduce((n, m) => n + Object.keys(m['zh-CN']).length, 0);
    expect(Object.keys(catalogs['zh-CN'])).toHaveLength(total);
    expect(Object.keys(catalogs['en-US'])).toHaveLength(total);
    expect(total).toBeGreaterThanOrEqual(344);
  });
});
