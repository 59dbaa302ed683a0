import { describe, expect, it } from 'vitest';
import { noticeCatalogs as NOTICE_CATALOGS } from '../../app/modules.js';
import { LOCALES, negotiateLocale } from '../../common/locale.js';
import { TICKET_NOTICES, TicketNoticeKind } from '../ticket/ticket.notices.js';
import { NotificationKind, renderNotice } from './notification.kinds.js';

const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('notification kinds', () => {
  it('every kind of every module is registered, with a description and text in both languages', () => {
    for (const catalog of NOTICE_CATALOGS)
      for (const [kind, spec] of Object.entries(catalog)) {
        expect(NotificationKind[kind], kind).toBe(kind);
        expect(spec.description.length, kind).toBeGreaterThan(10);
        for (const locale of LOCALES) expect(spec[locale].title.trim(), `${kind} ${locale}`).not.toBe('');
      }
    expect(Object.keys(TICKET_NOTICES).sort()).toEqual(Object.values(TicketNoticeKind).sort());
  });

  it('the languages use the same parameters, except localised names (…Zh / …En)', () => {
    const neutral = (names: (string | undefined)[]) => names.map((n) => n?.replace(/(Zh|En)$/, ''));
    for (const catalog of NOTICE_CATALOGS)
      for (const [kind, spec] of Object.entries(catalog)) {
        const zh = spec['zh-CN'];
        const en = spec['en-US'];
        expect(neutral(placeholders(en.title)), kind).toEqual(neutral(placeholders(zh.title)));
        expect(neutral(placeholders(en.body)), kind).toEqual(neutral(placeholders(zh.body)));
      }
  });

  it('renders a kind and its parameters in the reader’s language', () => {
    const params = { title: '电梯异响', daysLeft: 1 };
    expect(renderNotice('TICKET_NEAR_DUE', params, 'zh-CN')).toEqual({
      title: '诉求即将到期（剩余 1 个工作日）：电梯异响',
      body: null,
    });
    expect(renderNotice('TICKET_NEAR_DUE', params, 'en-US')).toEqual({
      title: 'Reply due soon (1 working day(s) left): 电梯异响',
      body: null,
    });
    // A body made only of a missing parameter is no body; an unknown kind shows its name.
    expect(renderNotice('TICKET_MERGED', { title: 'x', excerpt: null }, 'en-US').body).toBeNull();
    expect(renderNotice('NO_SUCH_KIND', {}, 'zh-CN')).toEqual({ title: 'NO_SUCH_KIND', body: null });
  });

  it('negotiates the locale from a tag or an Accept-Language value, zh-CN by default', () => {
    expect(negotiateLocale()).toBe('zh-CN');
    expect(negotiateLocale('en')).toBe('en-US');
    expect(negotiateLocale(undefined, 'fr;q=1, en-GB;q=0.8, zh;q=0.9')).toBe('zh-CN');
    expect(negotiateLocale('de-DE', 'en-US,en;q=0.9')).toBe('en-US');
    expect(negotiateLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(negotiateLocale('en;q=0')).toBe('zh-CN');
  });
});
