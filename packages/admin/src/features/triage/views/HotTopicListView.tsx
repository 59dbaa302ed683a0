import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import type { HotTopicListQuery, HotTopicState } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { StateTag } from '../../tickets/components/StateTag';
import { ticketUrl } from '../../tickets/urls';
import {
  DismissHotTopicDocument,
  HotTopicCommunitiesDocument,
  HotTopicListDocument,
  MergeHotTopicDocument,
} from '../graphql/triage';
import { TRIAGE_PARAMS } from '../urls';

const PAGE = 20;
const STATES: HotTopicState[] = ['OPEN', 'MERGED', 'DISMISSED'];
const STATE_COLOR: Record<HotTopicState, string> = { OPEN: 'red', MERGED: 'green', DISMISSED: 'default' };

type Row = HotTopicListQuery['hotTopics']['edges'][number]['node'];

/** Merge all: pick the primary matter (the oldest by default), an optional note, confirm. */
function MergeModal({ topic, onClose }: { topic: Row | null; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ primaryTicketId: string; note?: string }>();
  const [merge, { loading }] = useMutation(MergeHotTopicDocument, { refetchQueries: ['HotTopicList', 'TicketList'] });
  const open = topic?.tickets.filter((x) => !['MERGED', 'REJECTED', 'WITHDRAWN', 'RESOLVED'].includes(x.state)) ?? [];
  return (
    <Modal
      open={!!topic}
      title={t('triage.mergeAll.title')}
      okText={t('triage.mergeAll')}
      cancelText={t('triage.cancel')}
      confirmLoading={loading}
      destroyOnHidden
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await merge({
            variables: {
              input: { hotTopicId: topic?.id ?? '', primaryTicketId: v.primaryTicketId, note: v.note?.trim() || null },
            },
          });
          message.success(t('triage.mergeAll.done', { count: Math.max(0, open.length - 1) }));
          onClose();
        } catch (err) {
          message.error(errorText(err));
        }
      }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ primaryTicketId: open.find((x) => x.state === 'ACCEPTED')?.id ?? open[0]?.id }}
      >
        <Form.Item name="primaryTicketId" label={t('triage.mergeAll.primary')} rules={[{ required: true }]}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {open.map((x) => (
              <Radio key={x.id} value={x.id} data-testid="primary-option">
                <Space size={6} wrap>
                  <span style={{ overflowWrap: 'anywhere' }}>{x.title}</span>
                  <StateTag state={x.state} />
                  <Typography.Text type="secondary">{formatTime(x.createdAt)}</Typography.Text>
                </Space>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="note" label={t('triage.mergeAll.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Dismiss with a reason. */
function DismissModal({ topic, onClose }: { topic: Row | null; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason: string }>();
  const [dismiss, { loading }] = useMutation(DismissHotTopicDocument, { refetchQueries: ['HotTopicList'] });
  return (
    <Modal
      open={!!topic}
      title={t('triage.dismiss.title')}
      okText={t('triage.dismiss')}
      cancelText={t('triage.cancel')}
      confirmLoading={loading}
      destroyOnHidden
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await dismiss({ variables: { input: { hotTopicId: topic?.id ?? '', reason: v.reason.trim() } } });
          message.success(t('triage.dismiss.done'));
          onClose();
        } catch (err) {
          message.error(errorText(err));
        }
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('triage.dismiss.reason')}
          rules={[{ required: true, whitespace: true, message: t('error.reason.TRIAGE_BLANK_REASON') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 热点诉求: bursts of similar matters, newest first; merge all into one, or dismiss. */
export function HotTopicListView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(TRIAGE_PARAMS);
  const f = list.values;
  const communities = useQuery(HotTopicCommunitiesDocument);
  const state = STATES.includes(f.state as HotTopicState) ? (f.state as HotTopicState) : null;
  const { data, loading, error } = useQuery(HotTopicListDocument, {
    variables: { communityId: f.community ?? null, state, first: PAGE, after: f.after },
    fetchPolicy: 'cache-and-network',
  });
  const [merging, setMerging] = useState<Row | null>(null);
  const [dismissing, setDismissing] = useState<Row | null>(null);
  const conn = data?.hotTopics;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];

  const actions = (row: Row) =>
    row.viewerCan.merge || row.viewerCan.dismiss ? (
      <Space size={6} wrap>
        {row.viewerCan.merge && (
          <Button size="small" type="primary" onClick={() => setMerging(row)} data-testid="merge-all">
            {t('triage.mergeAll')}
          </Button>
        )}
        {row.viewerCan.dismiss && (
          <Button size="small" onClick={() => setDismissing(row)} data-testid="dismiss">
            {t('triage.dismiss')}
          </Button>
        )}
      </Space>
    ) : null;
  const ticketsOf = (row: Row) => (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      {row.tickets.map((x) => (
        <Space key={x.id} size={6} wrap>
          <Link to={ticketUrl(x.id)} style={{ overflowWrap: 'anywhere' }}>
            {x.title}
          </Link>
          <StateTag state={x.state} />
        </Space>
      ))}
    </Space>
  );
  const stateTag = (row: Row) => (
    <Tag color={STATE_COLOR[row.state]} style={{ marginInlineEnd: 0 }}>
      {t(`triage.state.${row.state}`)}
    </Tag>
  );

  return (
    <ListPage
      title={t('triage.hotTopics')}
      filters={
        <ListFilters>
          <Select
            allowClear
            placeholder={t('triage.community')}
            aria-label={t('triage.community')}
            value={f.community ?? undefined}
            onChange={(v) => list.set({ community: v ?? null })}
            options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
            style={style(200)}
          />
          <Select
            allowClear
            placeholder={t('triage.state')}
            aria-label={t('triage.state')}
            value={state ?? undefined}
            onChange={(v) => list.set({ state: v ?? null })}
            options={STATES.map((s) => ({ value: s, label: t(`triage.state.${s}`) }))}
            style={style(140)}
          />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <>
          <MergeModal topic={merging} onClose={() => setMerging(null)} />
          <DismissModal topic={dismissing} onClose={() => setDismissing(null)} />
        </>
      }
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        empty={t('triage.empty')}
        rowProps={() => ({ 'data-testid': 'hot-topic' })}
        columns={[
          {
            title: t('triage.title'),
            dataIndex: 'title',
            render: (_: string, row) => (
              <Space orientation="vertical" size={4}>
                <Typography.Text strong>{row.title}</Typography.Text>
                {row.dismissReason && (
                  <Typography.Text type="secondary">
                    {t('triage.dismissReason')}：{row.dismissReason}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: t('triage.ticketCount'), dataIndex: 'ticketCount', width: 90 },
          { title: t('triage.state'), dataIndex: 'state', width: 100, render: (_: string, row) => stateTag(row) },
          { title: t('triage.tickets'), key: 'tickets', render: (_: unknown, row) => ticketsOf(row) },
          {
            title: t('triage.lastTicketAt'),
            dataIndex: 'lastTicketAt',
            width: 150,
            render: (v: string) => formatTime(v),
          },
          { title: '', key: 'actions', width: 170, render: (_: unknown, row) => actions(row) },
        ]}
        renderCard={(row) => (
          <Space orientation="vertical" size={6} style={{ width: '100%' }}>
            <Space size={6} wrap>
              <Typography.Text strong>{row.title}</Typography.Text>
              {stateTag(row)}
            </Space>
            <Typography.Text type="secondary">
              {t('triage.ticketCount')} {row.ticketCount} · {formatTime(row.lastTicketAt)}
            </Typography.Text>
            {row.dismissReason && (
              <Typography.Text type="secondary">
                {t('triage.dismissReason')}：{row.dismissReason}
              </Typography.Text>
            )}
            {actions(row)}
          </Space>
        )}
      />
    </ListPage>
  );
}
