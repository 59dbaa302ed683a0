import { Space, Tag } from 'antd';
import type { MeetingActionItemState } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

const COLOR: Record<MeetingActionItemState, string> = { OPEN: 'processing', DONE: 'success', CANCELLED: 'default' };

/** An action item's state, and the overdue flag the server derived. */
export function ActionItemState({ state, overdue }: { state: MeetingActionItemState; overdue: boolean }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color={COLOR[state]} style={{ marginInlineEnd: 0 }}>
        {t(`meeting.action.state.${state}`)}
      </Tag>
      {overdue && (
        <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid="action-overdue">
          {t('meeting.action.overdue')}
        </Tag>
      )}
    </Space>
  );
}
