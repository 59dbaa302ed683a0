import { Tag } from 'antd';
import type { TicketPriority } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

/** The priority of a ticket: nothing for NORMAL, orange for URGENT, red for EMERGENCY (pinned: not acknowledged yet). */
export function PriorityTag({ priority, pinned }: { priority: TicketPriority; pinned?: boolean }) {
  const { t } = useI18n();
  if (priority === 'NORMAL') return null;
  return (
    <Tag
      color={priority === 'EMERGENCY' ? 'red' : 'orange'}
      data-testid="priority-tag"
      data-priority={priority}
      style={{ marginInlineEnd: 0 }}
    >
      {pinned ? t('desk.pinned') : t(`desk.priority.${priority}`)}
    </Tag>
  );
}

export const PRIORITIES: TicketPriority[] = ['NORMAL', 'URGENT', 'EMERGENCY'];
