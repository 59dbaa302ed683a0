import { WarningFilled } from '@ant-design/icons';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { formatTime } from '../../../app/format';
import { type MessageKey, useI18n } from '../../../i18n';

/** The fields of the API's `Deadline` the badge reads. */
export interface DeadlineInfo {
  dueAt: string;
  isOverdue: boolean;
  workingDaysLeft: number;
  calendarCovered: boolean;
}

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The label and colour of a deadline, from what the server computed (never recomputed here):
 * red once overdue, orange on the due day and the day before, green otherwise.
 */
export function deadlineLook(d: DeadlineInfo, t: T): { color: 'red' | 'orange' | 'green'; text: string } {
  const left = d.workingDaysLeft;
  if (d.isOverdue) {
    const n = Math.abs(left);
    return { color: 'red', text: n >= 1 ? t('ticket.deadline.overdue', { n }) : t('ticket.deadline.overdueShort') };
  }
  if (left <= 0) return { color: 'orange', text: t('ticket.deadline.today') };
  if (left === 1) return { color: 'orange', text: t('ticket.deadline.leftOne') };
  return { color: 'green', text: t('ticket.deadline.left', { n: left }) };
}

/** A countdown tag for a deadline; a warning sign when no holiday data covers it. */
export function DeadlineBadge({ deadline }: { deadline: DeadlineInfo | null | undefined }) {
  const { t } = useI18n();
  if (!deadline) return <Typography.Text type="secondary">—</Typography.Text>;
  const look = deadlineLook(deadline, t);
  return (
    <Space size={4} wrap={false} data-testid="deadline-badge">
      <Tooltip title={t('ticket.deadline.dueAt', { time: formatTime(deadline.dueAt) })}>
        <Tag color={look.color} style={{ marginInlineEnd: 0 }}>
          {look.text}
        </Tag>
      </Tooltip>
      {!deadline.calendarCovered && (
        <Tooltip title={t('ticket.deadline.noCalendar')}>
          <WarningFilled
            style={{ color: '#d97706' }}
            aria-label={t('ticket.deadline.noCalendar')}
            data-testid="no-calendar"
          />
        </Tooltip>
      )}
    </Space>
  );
}
