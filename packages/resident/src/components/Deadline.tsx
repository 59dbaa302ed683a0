import { Text } from '@tarojs/components';
import { formatTime, type MessageKey, useT } from '../lib/i18n';

export interface DeadlineView {
  dueAt: string;
  isOverdue: boolean;
  workingDaysLeft: number;
}

/** "答复期限 12/08 17:00 · 剩 2 个工作日" (or 已超期) on the Shanghai clock. */
export function Deadline({ label, d }: { label: MessageKey; d: DeadlineView | null | undefined }) {
  const { t, locale } = useT();
  if (!d) return null;
  return (
    <Text className={d.isOverdue ? 'rt-error' : 'rt-muted'}>
      {t(label, { date: formatTime(d.dueAt, locale) })} ·{' '}
      {d.isOverdue ? t('overdue') : t('daysLeft', { n: d.workingDaysLeft })}
    </Text>
  );
}

export const STATE_TONE: Record<string, 'ok' | 'warn' | 'bad' | 'info'> = {
  SUBMITTED: 'info',
  ACCEPTED: 'info',
  ESCALATED: 'warn',
  IN_MEETING: 'warn',
  REPLIED: 'warn',
  RESOLVED: 'ok',
  REJECTED: 'bad',
  WITHDRAWN: 'bad',
  MERGED: 'bad',
};
