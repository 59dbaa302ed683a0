import { describe, expect, it } from 'vitest';
import { catalogs, type MessageKey } from '../../i18n/catalog';
import type { Locale } from '../../i18n/define';
import { auditLine, operationText, summaryText, targetUrl } from './auditText';
import { AUDIT_DECLARATIONS, AUDIT_TARGET_TYPES } from './registry';

/** The console's translate function over the loaded catalogs (test/setup.ts loads them). */
const translator =
  (locale: Locale) =>
  (key: MessageKey, values?: Record<string, string | number>): string => {
    let text: string = catalogs[locale][key] ?? key;
    for (const [k, v] of Object.entries(values ?? {})) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  };
const zh = translator('zh-CN');
const en = translator('en-US');

const accepted = {
  operation: 'ticket.accept',
  targetType: 'Ticket',
  targetId: 'ticket-1',
  summary: JSON.stringify({ from: 'SUBMITTED', to: 'ACCEPTED', organisations: ['绿城物业', '天钜业委会'] }),
};

describe('audit text in the reader’s language', () => {
  it('an accepted ticket reads as a sentence, states as the state tag says them', () => {
    expect(auditLine(zh, accepted, AUDIT_DECLARATIONS)).toBe(
      '受理工单：从 已提交 到 已受理，责任单位 绿城物业、天钜业委会',
    );
    expect(auditLine(en, accepted, AUDIT_DECLARATIONS)).toBe(
      'Ticket accepted: from Submitted to Accepted; responsible 绿城物业, 天钜业委会',
    );
  });

  it('operations of every module have their texts in their own feature', () => {
    expect(operationText(zh, 'household.binding.approve')).toBe('认证通过');
    expect(operationText(zh, 'meeting.create')).toBe('新建圆桌会');
    expect(operationText(en, 'venue.booking.approve')).toBe('Booking approved');
    // One no feature declares is shown as written.
    expect(operationText(zh, 'something.new')).toBe('something.new');
  });

  it('leaves out empty values, keeps unknown keys as written, and shows a non-JSON summary as stored', () => {
    const binding = { targetType: 'HouseholdBinding', summary: '{"from":"PENDING","to":"APPROVED","reason":null}' };
    // States of records without a declaration stay as written.
    expect(summaryText(zh, binding, AUDIT_DECLARATIONS)).toBe('从 PENDING 到 APPROVED');
    expect(summaryText(zh, { targetType: 'X', summary: '{"reason":"重复","extra":3}' }, AUDIT_DECLARATIONS)).toBe(
      '理由 重复，extra 3',
    );
    expect(summaryText(zh, { targetType: 'X', summary: 'not json' })).toBe('not json');
    // Ids are left out; the name beside one is shown.
    const replied = JSON.stringify({
      from: 'ACCEPTED',
      to: 'REPLIED',
      organisationId: '01a24a9f-974f-7047-b779-5791adb509d4',
      organisation: '萧山交警北干中队',
      publicationId: '01a24a9f-bd6e-7005-8e02-bbfd2b7c5378',
    });
    expect(summaryText(zh, { targetType: 'Ticket', summary: replied }, AUDIT_DECLARATIONS)).toBe(
      '从 已受理 到 已答复，单位 萧山交警北干中队',
    );
    expect(auditLine(zh, { operation: 'user.disable', targetType: 'User', summary: '{}' })).toBe('停用账号');
  });

  it('targets link to the record where a feature shows it', () => {
    expect(targetUrl(accepted, AUDIT_DECLARATIONS)).toBe('/tickets?ticket=ticket-1');
    expect(targetUrl({ targetType: 'User', targetId: 'u1' }, AUDIT_DECLARATIONS)).toBe('/users?user=u1');
    expect(targetUrl({ targetType: 'Community', targetId: 'c1' }, AUDIT_DECLARATIONS)).toBe('/org?community=c1');
    expect(targetUrl({ targetType: 'Unknown', targetId: 'x' }, AUDIT_DECLARATIONS)).toBeNull();
    expect(targetUrl({ targetType: 'Ticket', targetId: null }, AUDIT_DECLARATIONS)).toBeNull();
    expect(AUDIT_TARGET_TYPES).toContain('Ticket');
  });
});
