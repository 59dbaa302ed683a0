import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, InputNumber, Modal, Select, Switch, Tag } from 'antd';
import { useState } from 'react';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { PointsNav } from '../components/PointsNav';
import { PointsRulesDocument, SetPointsRuleDocument } from '../graphql/points';
import { POINTS_PARAMS } from '../urls';

const EVENTS = ['TICKET_ACCEPTED', 'VOLUNTEER_HOURS', 'MEETING_ATTENDANCE', 'BOOKING_NO_SHOW'] as const;
type Event = (typeof EVENTS)[number];
interface Row {
  id: string;
  event: Event;
  version: number;
  points: number;
  current: boolean;
  plainText: string;
  note?: string | null;
  createdAt: string;
}
interface Values {
  event: Event;
  points: number;
  dailyCap?: number | null;
  monthlyCap?: number | null;
  note?: string;
}

/** A community's rules in the words residents read; a change makes a new version (the history stays). */
export function RulesView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useListParams(POINTS_PARAMS);
  const f = list.values;
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();
  const { data, loading, error } = useQuery(PointsRulesDocument, {
    variables: { communityId: f.community ?? '', includeRetired: f.history ?? false, first: 20, after: f.after },
    skip: !f.community,
  });
  const [setRule, saving] = useMutation(SetPointsRuleDocument, { refetchQueries: ['PointsRules'] });
  const conn = data?.pointsRules;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const submit = async (v: Values) => {
    try {
      await setRule({
        variables: {
          input: {
            communityId: f.community ?? '',
            event: v.event,
            points: v.points,
            dailyCap: v.dailyCap ?? null,
            monthlyCap: v.monthlyCap ?? null,
            note: v.note?.trim() || null,
          },
        },
      });
      message.success(t('points.ruleSaved'));
      setEditing(false);
    } catch (err) {
      const text = errorText(err);
      if (!applyFieldError(form, err, text)) message.error(text);
    }
  };
  const version = (row: Row) => <Tag color={row.current ? 'green' : 'default'}>v{row.version}</Tag>;
  return (
    <ListPage
      title={t('points.tab.rules')}
      actions={
        <Button type="primary" disabled={!f.community} onClick={() => setEditing(true)}>
          {t('points.setRule')}
        </Button>
      }
      filters={
        <ListFilters>
          <PointsNav tab="rules" community={f.community} onCommunity={(community) => list.set({ community })} />
          <span>
            <Switch size="small" checked={f.history ?? false} onChange={(history) => list.set({ history })} />{' '}
            {t('points.history')}
          </span>
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <Modal
          open={editing}
          title={t('points.setRule')}
          onCancel={() => setEditing(false)}
          onOk={() => form.submit()}
          confirmLoading={saving.loading}
        >
          <Form form={form} layout="vertical" onFinish={submit} initialValues={{ event: 'TICKET_ACCEPTED', points: 2 }}>
            <Form.Item name="event" label={t('points.event')} rules={[{ required: true }]}>
              <Select options={EVENTS.map((e) => ({ value: e, label: t(`points.reason.${e}`) }))} />
            </Form.Item>
            <Form.Item
              name="points"
              label={t('points.points')}
              rules={[{ required: true }]}
              extra={t('points.penaltyHint')}
            >
              <InputNumber />
            </Form.Item>
            <Form.Item name="dailyCap" label={t('points.dailyCap')}>
              <InputNumber min={1} />
            </Form.Item>
            <Form.Item name="monthlyCap" label={t('points.monthlyCap')}>
              <InputNumber min={1} />
            </Form.Item>
            <Form.Item name="note" label={t('points.note')}>
              <Input maxLength={300} />
            </Form.Item>
          </Form>
        </Modal>
      }
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        empty={f.community ? undefined : t('points.pickCommunity')}
        columns={[
          { title: t('points.event'), dataIndex: 'event', render: (e: Event) => t(`points.reason.${e}`) },
          { title: t('points.version'), key: 'v', render: (_: unknown, row) => version(row) },
          { title: t('points.plainText'), dataIndex: 'plainText' },
          { title: t('points.note'), dataIndex: 'note' },
          { title: t('points.when'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
        ]}
        renderCard={(row) => (
          <>
            {version(row)} {row.plainText}
          </>
        )}
      />
    </ListPage>
  );
}
