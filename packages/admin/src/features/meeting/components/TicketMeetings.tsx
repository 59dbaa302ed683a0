import { useQuery } from '@apollo/client/react';
import { Divider, Space, Tag, Typography } from 'antd';
import { formatTime } from '../../../app/format';
import { useI18n } from '../../../i18n';
import { TicketMeetingsDocument } from '../graphql/meeting';
import { meetingUrl } from '../urls';
import { ActionItemList } from './ActionItemList';

/** The ticket drawer's round-table part: the meetings that discussed it, their decisions, its action items. */
export function TicketMeetings({ ticketId, communityId }: { ticketId: string; communityId: string }) {
  const { t } = useI18n();
  const { data } = useQuery(TicketMeetingsDocument, { variables: { id: ticketId }, fetchPolicy: 'cache-and-network' });
  const items = data?.ticket.meetingAgendaItems ?? [];
  const actions = data?.ticket.meetingActionItems ?? [];
  if (items.length === 0 && actions.length === 0) return null;
  return (
    <div data-testid="ticket-meetings">
      <Divider titlePlacement="start" style={{ margin: '16px 0 12px' }}>
        {t('meeting.ticket.meetings')}
      </Divider>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {items.map((i) => (
          <Space key={i.id} orientation="vertical" size={2}>
            <Typography.Link href={meetingUrl({ community: communityId, meeting: i.meetingId })}>
              {i.meetingTitle} · {formatTime(i.meetingStartsAt)}
            </Typography.Link>
            {i.resolution && (
              <Typography.Text>
                <Tag>{t(`meeting.outcome.${i.resolution.outcome}`)}</Tag>
                {i.resolution.text}
              </Typography.Text>
            )}
          </Space>
        ))}
        {actions.length > 0 && <ActionItemList items={actions} />}
      </Space>
    </div>
  );
}
