import { LockOutlined } from '@ant-design/icons';
import { Space, Tag, Timeline, Typography } from 'antd';
import { formatTime } from '../../../app/format';
import { graphql } from '../../../gql';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import type { Role, TicketEventType, TimelineEventFragment } from '../../../gql/graphql';
import { type MessageKey, useI18n } from '../../../i18n';
import { VisibilityTag } from './Visibility';

/** The fields this component reads; the query spreads it (fragment masking keeps the rest out). */
export const TimelineEventFields = graphql(`
  fragment TimelineEvent on TicketEvent {
    id
    type
    note
    isPublic
    visibility
    noteVisibility
    actorRole
    actorName
    fromState
    toState
    createdAt
    organisation {
      id
      name
    }
  }
`);

export type TimelineEvent = TimelineEventFragment;

const COLOR: Partial<Record<TicketEventType, string>> = {
  SUBMITTED: 'gray',
  ACCEPTED: 'blue',
  REPLIED: 'green',
  RESOLVED: 'green',
  REJECTED: 'red',
  ESCALATED: 'purple',
  ESCALATION_ANSWERED: 'purple',
  RATED: 'gold',
};

const ROLES = new Set<string>([
  'COMMUNITY_STAFF',
  'PROPERTY_STAFF',
  'COMMITTEE_MEMBER',
  'DEPARTMENT_STAFF',
  'STREET_ADMIN',
  'SYSTEM_ADMIN',
]);

/** Who acted: the staff member and their role, or the resident. */
function useActor() {
  const { t } = useI18n();
  return (e: TimelineEvent) => {
    const role = e.actorRole && ROLES.has(e.actorRole) ? t(`role.${e.actorRole as Role}` as MessageKey) : e.actorRole;
    const who = e.actorRole ? [e.actorName, role].filter(Boolean).join(' · ') : (e.actorName ?? t('ticket.resident'));
    return e.organisation ? `${who} · ${e.organisation.name}` : who;
  };
}

/** The ticket's history, oldest first; staff-only events are marked and tinted. Props only. */
export function TicketTimeline({
  events: refs,
  more = 0,
}: {
  events: readonly FragmentType<typeof TimelineEventFields>[];
  more?: number;
}) {
  const events = getFragmentData(TimelineEventFields, refs);
  const { t } = useI18n();
  const actor = useActor();
  return (
    <>
      <Timeline
        items={events.map((e) => ({
          key: e.id,
          color: e.visibility !== 'STAFF_ONLY' ? (COLOR[e.type] ?? 'blue') : 'orange',
          content: (
            <div
              data-testid="timeline-event"
              style={
                e.visibility !== 'STAFF_ONLY'
                  ? undefined
                  : { background: '#fffbeb', border: '1px dashed #f59e0b', borderRadius: 6, padding: '4px 8px' }
              }
            >
              <Space size={6} wrap>
                <Typography.Text strong>{t(`ticket.event.${e.type}`)}</Typography.Text>
                {e.visibility === 'STAFF_ONLY' && (
                  <Tag icon={<LockOutlined />} color="orange" style={{ marginInlineEnd: 0 }}>
                    {t('ticket.internalEvent')}
                  </Tag>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatTime(e.createdAt)}
                </Typography.Text>
              </Space>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {actor(e)}
                </Typography.Text>
              </div>
              {e.note && (
                <Typography.Paragraph
                  style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  data-testid="timeline-note"
                >
                  {e.note}
                  {/* Who reads this text: the resident, the submitter, or staff only. */}
                  <VisibilityTag visibility={e.noteVisibility} />
                </Typography.Paragraph>
              )}
            </div>
          ),
        }))}
      />
      {more > 0 && <Typography.Text type="secondary">{t('ticket.timelineMore', { count: more })}</Typography.Text>}
    </>
  );
}
