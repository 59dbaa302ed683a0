import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n';
import { DeadlineBadge, type DeadlineInfo } from './DeadlineBadge';

const deadline = (over: Partial<DeadlineInfo> = {}): DeadlineInfo => ({
  dueAt: '2026-06-05T15:59:59.999Z',
  isOverdue: false,
  workingDaysLeft: 3,
  calendarCovered: true,
  ...over,
});

function renderBadge(d: DeadlineInfo | null, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  return render(
    <I18nProvider locale={locale}>
      <DeadlineBadge deadline={d} />
    </I18nProvider>,
  );
}

const tagOf = (text: string) => screen.getByText(text).closest('.ant-tag');

describe('DeadlineBadge', () => {
  it('overdue: red, counting the working days past due as the server computed them', () => {
    renderBadge(deadline({ isOverdue: true, workingDaysLeft: -2 }));
    expect(tagOf('已超期 2 个工作日')?.className).toContain('ant-tag-red');
  });

  it('overdue on the day after (0 days counted by the server) still reads as overdue', () => {
    renderBadge(deadline({ isOverdue: true, workingDaysLeft: 0 }));
    expect(tagOf('已超期')?.className).toContain('ant-tag-red');
  });

  it('due today: orange', () => {
    renderBadge(deadline({ workingDaysLeft: 0 }));
    expect(tagOf('今日到期')?.className).toContain('ant-tag-orange');
  });

  it('one working day left: orange', () => {
    renderBadge(deadline({ workingDaysLeft: 1 }));
    expect(tagOf('剩 1 个工作日')?.className).toContain('ant-tag-orange');
  });

  it('N working days left: green, no calendar warning when the period is covered', () => {
    renderBadge(deadline({ workingDaysLeft: 4 }));
    expect(tagOf('剩 4 个工作日')?.className).toContain('ant-tag-green');
    expect(screen.queryByTestId('no-calendar')).toBeNull();
  });

  it('no holiday data for the period: a warning sign labelled 缺少节假日数据', () => {
    renderBadge(deadline({ workingDaysLeft: 5, calendarCovered: false }));
    expect(screen.getByText('剩 5 个工作日')).toBeTruthy();
    expect(screen.getByTestId('no-calendar').getAttribute('aria-label')).toBe('缺少节假日数据');
  });

  it('no deadline (no reply owed): a dash', () => {
    renderBadge(null);
    expect(screen.getByText('—')).toBeTruthy();
    expect(screen.queryByTestId('deadline-badge')).toBeNull();
  });

  it('speaks English too', () => {
    renderBadge(deadline({ isOverdue: true, workingDaysLeft: -3 }), 'en-US');
    expect(screen.getByText('Overdue by 3 working days')).toBeTruthy();
  });
});
