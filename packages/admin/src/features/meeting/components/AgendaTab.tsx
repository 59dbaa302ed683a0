import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n';
import { ticketUrl } from '../../tickets/urls';
import { ResolutionForm } from './ResolutionForm';
import type { AgendaItem, TabProps } from './types';

function move(items: readonly AgendaItem[], index: number, by: number): string[] {
  const ids = items.map((i) => i.id);
  const [item] = ids.splice(index, 1);
  ids.splice(index + by, 0, item as string);
  return ids;
}

/** The agenda builder (tickets waiting for a meeting, free topics, reorder) and the resolutions. */
export function AgendaTab({ meeting, options, m }: TabProps) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<string[]>([]);
  const [topic, setTopic] = useState('');
  const manage = meeting.viewerCan.manage;
  const onAgenda = new Set(meeting.agenda.map((a) => a.ticketId));
  const waiting = (options?.waiting.edges ?? []).map((e) => e.node).filter((n) => !onAgenda.has(n.id));
  const editable = manage && meeting.state !== 'CANCELLED';
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {editable && (
        <Card size="small" title={t('meeting.agenda.pickTickets')}>
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            <Select
              mode="multiple"
              value={picked}
              onChange={setPicked}
              style={{ width: '100%' }}
              data-testid="agenda-tickets"
              placeholder={t('meeting.agenda.pickTickets')}
              optionFilterProp="label"
              options={waiting.map((n) => ({ value: n.id, label: `${n.title} · ${t(`ticket.state.${n.state}`)}` }))}
            />
            <Input
              value={topic}
              onChange={(e) => setTopic(e.target.value)}
              maxLength={200}
              placeholder={t('meeting.agenda.topic')}
              data-testid="agenda-topic"
            />
            <Button
              type="primary"
              loading={m.busy}
              disabled={picked.length === 0 && !topic.trim()}
              data-testid="agenda-add"
              onClick={async () => {
                if (await m.addItems(meeting.id, picked, topic.trim() || undefined)) {
                  setPicked([]);
                  setTopic('');
                }
              }}
            >
              {t('meeting.agenda.addTickets')}
            </Button>
          </Space>
        </Card>
      )}
      {meeting.agenda.length === 0 && <Empty description={t('meeting.agenda.empty')} />}
      {meeting.agenda.map((item, i) => (
        <Card
          key={item.id}
          size="small"
          data-testid="agenda-item"
          title={
            <Space size={6} wrap style={{ whiteSpace: 'normal' }}>
              <Typography.Text strong>{item.position}.</Typography.Text>
              {item.ticketId ? (
                <Typography.Link href={ticketUrl(item.ticketId)}>
                  <Tag color="blue">{t('meeting.agenda.ticket')}</Tag>
                  {item.topic}
                </Typography.Link>
              ) : (
                <Typography.Text>{item.topic}</Typography.Text>
              )}
            </Space>
          }
          extra={
            editable && (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t('meeting.agenda.up')}
                  disabled={i === 0}
                  onClick={() => m.reorder(meeting.id, move(meeting.agenda, i, -1))}
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('meeting.agenda.down')}
                  disabled={i === meeting.agenda.length - 1}
                  onClick={() => m.reorder(meeting.id, move(meeting.agenda, i, 1))}
                />
              </Space>
            )
          }
        >
          {item.resolution ? (
            <Space orientation="vertical" size={2} data-testid="agenda-resolution">
              <Space size={6} wrap>
                <Tag color="green">{t(`meeting.outcome.${item.resolution.outcome}`)}</Tag>
                {item.resolution.agreedBy && (
                  <Typography.Text type="secondary">
                    {t('meeting.resolution.agreedBy')}: {item.resolution.agreedBy}
                  </Typography.Text>
                )}
              </Space>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{item.resolution.text}</Typography.Text>
            </Space>
          ) : (
            manage &&
            meeting.state === 'HELD' && (
              <ResolutionForm item={item} departments={options?.departments.edges ?? []} m={m} />
            )
          )}
        </Card>
      ))}
    </Space>
  );
}
