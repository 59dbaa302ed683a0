import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditOperations } from '../../src/app/modules.js';

const FEATURES = resolve(import.meta.dirname, '../../../admin/src/features');

/** Every `audit.op.*` key a console feature declares, per language block of its messages.ts. */
function declaredTexts(): { zh: Set<string>; en: Set<string> } {
  const zh = new Set<string>();
  const en = new Set<string>();
  for (const feature of readdirSync(FEATURES)) {
    let text: string;
    try {
      text = readFileSync(resolve(FEATURES, feature, 'messages.ts'), 'utf8');
    } catch {
      continue;
    }
    const split = text.indexOf("'en-US': {");
    for (const m of text.matchAll(/'audit\.op\.([^']+)':/g)) {
      ((m.index ?? 0) < split ? zh : en).add(m[1] as string);
    }
  }
  return { zh, en };
}

describe('the audit log reads in the reader’s language (issue 17)', () => {
  it('every operation a module declares has a zh-CN and an en-US text in some console feature', () => {
    const { zh, en } = declaredTexts();
    const ops = [...auditOperations];
    expect(ops.length).toBeGreaterThan(100);
    expect(ops.filter((o) => !zh.has(o))).toEqual([]);
    expect(ops.filter((o) => !en.has(o))).toEqual([]);
  });
});
