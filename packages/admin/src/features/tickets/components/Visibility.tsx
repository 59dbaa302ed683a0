import { EyeOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { TicketEventVisibility } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import type { TicketAction } from './TicketActions';

/**
 * Who reads the text each action's dialog asks for, as the server's visibility table declares it
 * (ticket.transitions.ts `EVENT_VISIBILITY`, the `note` column; the timeline gets it per event as
 * `noteVisibility`): what the resident will see, and what only staff see.
 */
export const ACTION_TEXT_VISIBILITY: Record<TicketAction, TicketEventVisibility> = {
  accept: 'STAFF_ONLY',
  reassign: 'STAFF_ONLY',
  note: 'STAFF_ONLY',
  escalate: 'STAFF_ONLY',
  reject: 'OWNER_AND_STAFF',
  merge: 'OWNER_AND_STAFF',
  referToMeeting: 'OWNER_AND_STAFF',
  reply: 'PUBLIC',
  resolve: 'PUBLIC',
  answerEscalation: 'PUBLIC',
};

const LOOK: Record<TicketEventVisibility, { color: string; icon: React.ReactNode }> = {
  PUBLIC: { color: 'green', icon: <EyeOutlined /> },
  OWNER_AND_STAFF: { color: 'blue', icon: <UserOutlined /> },
  STAFF_ONLY: { color: 'orange', icon: <LockOutlined /> },
};

/** A text's audience as a tag: 居民可见 / 提交人可见 / 仅工作人员可见. Props only. */
export function VisibilityTag({ visibility }: { visibility: TicketEventVisibility }) {
  const { t } = useI18n();
  const look = LOOK[visibility];
  return (
    <Tag
      color={look.color}
      icon={look.icon}
      style={{ marginInlineEnd: 0, marginInlineStart: 6, fontWeight: 'normal' }}
      data-testid={`visibility-${visibility}`}
    >
      {t(`ticket.visibility.${visibility}`)}
    </Tag>
  );
}
