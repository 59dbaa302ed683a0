import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { FragmentType } from '../../../gql/fragment-masking';
import type { Locale, MessageKey } from '../../../i18n';
import { I18nProvider } from '../../../i18n';
import { catalogs } from '../../../i18n/catalog';
import { NotificationList, type NotificationRow, type NotificationRowFields } from './NotificationList';
import { renderNotification } from './render';
import { subjectUrl } from './subject';

const translator =
  (locale: Locale) =>
  (key: MessageKey, values: Record<string, string | number> = {}) =>
    Object.entries(values).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, String(v)), catalogs[locale][key]);

const row = (over: Partial<NotificationRow>): NotificationRow => ({
  id: 'n1',
  kind: 'TICKET_NEW',
  subject: { type: 'Ticket', id: 't1' },
  params: { title: '电梯异响', categoryZh: '设施报修', categoryEn: 'Facilities repair' },
  title: 'server title',
  body: null,
  readAt: null,
  createdAt: '2026-03-02T01:00:00.000Z',
  ...over,
});

describe('rendering notifications by kind', () => {
  it('a new matter in zh-CN and en-US, with the category in the reader’s language and no state word (the ticket moves on)', () => {
    expect(renderNotification(row({}), translator('zh-CN'), 'zh-CN')).toEqual({
      title: '新诉求：电梯异响',
      body: '设施报修',
      warning: false,
    });
    expect(renderNotification(row({}), translator('en-US'), 'en-US')).toEqual({
      title: 'New matter: 电梯异响',
      body: 'Facilities repair',
      warning: false,
    });
  });

  it('parameters of other kinds: days left (a warning), score, department, the reply as body', () => {
    const en = translator('en-US');
    expect(
      renderNotification(row({ kind: 'TICKET_NEAR_DUE', params: { title: 'x', daysLeft: 0 } }), en, 'en-US'),
    ).toEqual({ title: 'Reply due soon (0 working day(s) left): x', body: null, warning: true });
    expect(renderNotification(row({ kind: 'TICKET_RATED', params: { title: 'x', score: 4 } }), en, 'en-US').title).toBe(
      'Rated 4 stars by the resident: x',
    );
    expect(
      renderNotification(
        row({ kind: 'TICKET_ESCALATED', params: { title: 'x', department: '交警中队' } }),
        translator('zh-CN'),
        'zh-CN',
      ).title,
    ).toBe('您的诉求已上报交警中队：x');
    expect(
      renderNotification(row({ kind: 'TICKET_REPLIED', params: { title: 'x', excerpt: '已修复' } }), en, 'en-US'),
    ).toEqual({ title: 'Your matter has a reply: x', body: '已修复', warning: false });
  });

  it('a kind this build does not know shows the server’s text', () => {
    const unknown = row({ kind: 'MEETING_CALLED' as NotificationRow['kind'], title: '会议通知', body: '周五' });
    expect(renderNotification(unknown, translator('en-US'), 'en-US')).toEqual({
      title: '会议通知',
      body: '周五',
      warning: false,
    });
  });

  it('a Ticket subject opens the ticket drawer, over the workbench filters when there', () => {
    expect(subjectUrl({ type: 'Ticket', id: 't1' }, { pathname: '/', search: '' })).toBe('/tickets?ticket=t1');
    expect(subjectUrl({ type: 'Ticket', id: 't1' }, { pathname: '/tickets', search: '?states=ACCEPTED' })).toBe(
      '/tickets?states=ACCEPTED&ticket=t1',
    );
    expect(subjectUrl({ type: 'Meeting', id: 'm1' }, { pathname: '/', search: '' })).toBeNull();
    expect(subjectUrl(null, { pathname: '/', search: '' })).toBeNull();
  });

  it('the list shows each notification in the console’s language', () => {
    const rows = [
      row({}),
      row({ id: 'n2', kind: 'TICKET_OVERDUE', params: { title: '路灯不亮' }, readAt: '2026-03-02T02:00:00.000Z' }),
    ] as unknown as FragmentType<typeof NotificationRowFields>[];
    render(
      <MemoryRouter>
        <I18nProvider locale="en-US">
          <NotificationList rows={rows} loading={false} linked={() => true} onOpen={() => {}} />
        </I18nProvider>
      </MemoryRouter>,
    );
    expect(screen.getByText('New matter: 电梯异响')).toBeTruthy();
    expect(screen.getByText('Facilities repair')).toBeTruthy();
    expect(screen.getByText('Reply overdue: 路灯不亮')).toBeTruthy();
    expect(screen.queryByText('server title')).toBeNull();
  });
});
