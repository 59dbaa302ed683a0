import { Tag } from 'antd';
import type { TicketState } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

const COLOR: Record<TicketState, string> = {
  SUBMITTED: 'gold',
  ACCEPTED: 'blue',
  REJECTED: 'default',
  MERGED: 'default',
  REPLIED: 'cyan',
  ESCALATED: 'purple',
  IN_MEETING: 'magenta',
  RESOLVED: 'green',
  WITHDRAWN: 'default',
};

export function StateTag({ state }: { state: TicketState }) {
  const { t } = useI18n();
  return (
    <Tag color={COLOR[state]} style={{ marginInlineEnd: 0 }}>
      {t(`ticket.state.${state}`)}
    </Tag>
  );
}
