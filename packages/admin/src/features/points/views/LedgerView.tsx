import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, InputNumber, Modal, Select, Tag } from 'antd';
import { useState } from 'react';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { PointsNav } from '../components/PointsNav';
import { AdjustPointsDocument, PointsLedgerDocument } from '../graphql/points';
import { POINTS_PARAMS, REASONS } from '../urls';

type Reason = (typeof REASONS)[number];
interface Row {
  id: string;
  userId: string;
  userDisplayName: string;
  delta: number;
  balanceAfter: number;
  reason: Reason;
  note?: string | null;
  ruleVersion?: number | null;
  createdAt: string;
}

/** The append-only ledger of a community with a reason filter; staff adjust a balance with a reason. */
export function LedgerView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useListParams(POINTS_PARAMS);
  const f = list.values;
  const [adjusting, setAdjusting] = useState<Row | null>(null);
  const [form] = Form.useForm<{ delta: number; note: string }>();
  const { data, loading, error } = useQuery(PointsLedgerDocument, {
    variables: { communityId: f.community ?? '', reason: f.reason, first: 20, after: f.after },
    skip: !f.community,
  });
  const [adjust, adjusted] = useMutation(AdjustPointsDocument, { refetchQueries: ['PointsLedger'] });
  const conn = data?.pointsLedger;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const submit = async (v: { delta: number; note: string }) => {
    if (!adjusting || !f.community) return;
    try {
      await adjust({
        variables: {
          input: {
            communityId: f.community,
            userId: adjusting.userId,
            delta: v.delta,
            note: v.note,
            idempotencyKey: `console-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
          },
        },
      });
      message.success(t('points.adjusted'));
      setAdjusting(null);
    } catch (err) {
      const text = errorText(err);
      if (!applyFieldError(form, err, text)) message.error(text);
    }
  };
  // System notes the server writes in English, in the reader's language.
  const noteText = (n: string | null | undefined) =>
    n === 'cap reached' ? t('points.note.cap') : n === 'penalty limited to the balance' ? t('points.note.floor') : n;
  const delta = (n: number) => <Tag color={n > 0 ? 'green' : n < 0 ? 'red' : 'default'}>{n > 0 ? `+${n}` : n}</Tag>;
  const adjustButton = (row: Row) => (
    <Button
      size="small"
      onClick={() => {
        form.resetFields();
        setAdjusting(row);
      }}
    >
      {t('points.adjust')}
    </Button>
  );
  return (
    <ListPage
      title={t('points.tab.ledger')}
      filters={
        <ListFilters>
          <PointsNav tab="ledger" community={f.community} onCommunity={(community) => list.set({ community })} />
          <Select
            allowClear
            placeholder={t('points.reason')}
            aria-label={t('points.reason')}
            value={f.reason ?? undefined}
            onChange={(v) => list.set({ reason: (v as Reason | undefined) ?? null })}
            options={REASONS.map((r) => ({ value: r, label: t(`points.reason.${r}`) }))}
            style={style(180)}
          />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <Modal
          open={adjusting !== null}
          title={`${t('points.adjust')} · ${adjusting?.userDisplayName ?? ''}`}
          onCancel={() => setAdjusting(null)}
          onOk={() => form.submit()}
          confirmLoading={adjusted.loading}
        >
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="delta" label={t('points.delta')} rules={[{ required: true }]}>
              <InputNumber />
            </Form.Item>
            <Form.Item name="note" label={t('points.note')} rules={[{ required: true }]}>
              <Input.TextArea maxLength={500} rows={2} />
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
          { title: t('points.when'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
          { title: t('points.name'), dataIndex: 'userDisplayName' },
          { title: t('points.delta'), dataIndex: 'delta', render: delta },
          { title: t('points.balance'), dataIndex: 'balanceAfter' },
          { title: t('points.reason'), dataIndex: 'reason', render: (r: Reason) => t(`points.reason.${r}`) },
          { title: t('points.note'), dataIndex: 'note', render: (n: string | null) => noteText(n) },
          {
            title: t('points.ruleVersion'),
            dataIndex: 'ruleVersion',
            render: (v: number | null) => (v ? `v${v}` : ''),
          },
          { title: '', key: 'a', render: (_: unknown, row) => adjustButton(row) },
        ]}
        renderCard={(row) => (
          <>
            <strong>{row.userDisplayName}</strong> {delta(row.delta)} {t(`points.reason.${row.reason}`)}
            <div>
              {formatTime(row.createdAt)} · {t('points.balance')} {row.balanceAfter} {adjustButton(row)}
            </div>
          </>
        )}
      />
    </ListPage>
  );
}
