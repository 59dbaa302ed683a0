import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeBody, textOf, wordDiff, words } from './publication.text.js';

describe('publication text', () => {
  it('removes script, event handlers and javascript: links, keeps formatting and http links', () => {
    const out = sanitizeBody(
      '<h2 onmouseover="x()">标题</h2><p>正文<script>alert(1)</script><img src="x" onerror="alert(1)"><img src="/files/abc"></p><a href="javascript:alert(1)">a</a><a href="jav&#x09;ascript:alert(1)">b</a><a href="https://gov.cn">c</a><style>p{}</style>',
    );
    expect(out).not.toMatch(/script|onerror|onmouseover|javascript|style/i);
    expect(out).toContain('<h2>标题</h2>');
    expect(out).toContain('<img src="/files/abc" />');
    expect(out).toContain('href="https://gov.cn"');
  });

  it('no generated mix of tags, handlers and schemes survives', () => {
    const piece = fc.constantFrom(
      '<script>',
      '</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:x">',
      '<a href=" JAVASCRIPT:x">',
      '<svg onload=x>',
      '<p onclick="y">',
      '文本',
      '"',
      "'",
      '<',
      '>',
      '<iframe src=//x>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const out = sanitizeBody(parts.join(''));
        expect(out).not.toMatch(/<script|\son\w+=|javascript:|<svg|<iframe/i);
      }),
    );
  });

  it('segments Chinese into words and diffs word by word', () => {
    // ICU word segmentation (Intl.Segmenter): words, not characters, whatever the ICU version splits 维保 into.
    expect(words('电梯维保单位')).toEqual(expect.arrayContaining(['电梯', '单位']));
    const d = wordDiff('维保单位为甲公司', '维保单位更换为乙公司');
    expect(d.filter((x) => x.op === 'ADDED').map((x) => x.text)).toEqual(['更换', '乙']);
    expect(d.filter((x) => x.op === 'REMOVED').map((x) => x.text)).toEqual(['甲']);
    expect(textOf('<p>一</p><p>二&amp;三</p>')).toBe('一\n二&三');
  });
});
