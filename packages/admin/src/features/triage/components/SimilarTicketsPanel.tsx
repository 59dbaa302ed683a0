import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Divider, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { useViewer } from '../../../app/viewer';
import type { SimilarityReason } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { StateTag } from '../../tickets/components/StateTag';
import { MergeSimilarTicketDocument, SimilarTicketsDocument } from '../graphql/triage';

const REASON_COLOR: Record<SimilarityReason, string> = { PLACE: 'orange', TEXT: 'blue', BOTH: 'red' };

/**
 * 相似诉求 in the ticket drawer: open matters of the same community most like this one (score,
 * why, state, estate, date), each merged into this one in one confirmed action.
 */
export function SimilarTicketsPanel({ ticketId, onMerged }: { ticketId: string; onMerged(): void }) {
  const { t } = useI18n();
  const { may } = useViewer();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const allowed = may('triage.read');
  const { data, refetch } = useQuery(SimilarTicketsDocument, {
    variables: { ticketId, first: 10 },
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const [merge, { loading }] = useMutation(MergeSimilarTicketDocument, {
    refetchQueries: ['TicketList', 'HotTopicList'],
  });
  if (!allowed || !data) return null;
  const rows = data.similarTickets.edges.map((e) => e.node);

  const mergeOne = async (id: string) => {
    try {
      await merge({ variables: { input: { ticketId: id, primaryTicketId: ticketId } } });
      message.success(t('triage.similar.merged'));
      await refetch();
      onMerged();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <div data-testid="similar-tickets">
      <Divider titlePlacement="start" style={{ margin: '16px 0 12px' }}>
        {t('triage.similar')} {rows.length > 0 && `(${data.similarTickets.totalCount})`}
      </Divider>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('triage.similar.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={10}>
          {rows.map((s) => (
            <Flex
              key={s.ticket.id}
              gap={8}
              wrap
              justify="space-between"
              align="center"
              data-testid="similar-ticket"
              style={{ borderBottom: '1px solid rgba(5,5,5,0.06)', paddingBottom: 8 }}
            >
              <Space orientation="vertical" size={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {s.ticket.title}
                </Typography.Text>
                <Space size={6} wrap>
                  <Tag color={REASON_COLOR[s.reason]} style={{ marginInlineEnd: 0 }}>
                    {t(`triage.similar.reason.${s.reason}`)}
                  </Tag>
                  <Typography.Text type="secondary">
                    {t('triage.similar.score')} {Math.round(s.score * 100)}%
                  </Typography.Text>
                  <StateTag state={s.ticket.state} />
                  <Typography.Text type="secondary">
                    {[s.ticket.estate?.name ?? s.ticket.locationText, formatTime(s.ticket.createdAt)]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                </Space>
              </Space>
              {s.ticket.viewerCan.merge && (
                <Popconfirm
                  title={t('triage.similar.mergeConfirm', { title: s.ticket.title })}
                  okText={t('triage.confirm')}
                  cancelText={t('triage.cancel')}
                  onConfirm={() => mergeOne(s.ticket.id)}
                >
                  <Button size="small" loading={loading} data-testid="merge-similar">
                    {t('triage.similar.merge')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </div>
  );
}
