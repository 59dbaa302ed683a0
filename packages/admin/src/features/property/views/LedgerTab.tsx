import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Col,
  Form,
  Row as GridRow,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { ResponsiveTable, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { monthText, yuan } from '../components/files';
import { AddRevenueEntryDocument, CloseRevenuePeriodDocument, RevenueLedgerDocument } from '../graphql/property';
import { PROPERTY_PARAMS } from '../urls';

interface Entry {
  id: string;
  item: string;
  direction: 'INCOME' | 'EXPENSE';
  amountFen: number;
  note?: string | null;
  correctsId?: string | null;
}

/** One month of the public-revenue ledger: totals, entries, closing, correcting entries. */
export function LedgerTab({ estateId }: { estateId: string }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const list = useListParams(PROPERTY_PARAMS);
  const period = list.values.period ?? monthText();
  const [adding, setAdding] = useState<null | { correctsId?: string }>(null);
  const { data, loading, error } = useQuery(RevenueLedgerDocument, { variables: { estateId, period } });
  const [close] = useMutation(CloseRevenuePeriodDocument, { refetchQueries: ['RevenueLedger'] });
  const ledger = data?.revenueLedger;
  const rows = (data?.revenueEntries.edges.map((e) => e.node) ?? []) as Entry[];
  const short = (id: string) => id.slice(-6);
  const closePeriod = () =>
    modal.confirm({
      title: t('property.close'),
      content: t('property.closeConfirm'),
      onOk: async () => {
        try {
          await close({ variables: { input: { estateId, period } } });
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input
          type="month"
          aria-label={t('property.period')}
          value={period}
          onChange={(e) => list.set({ period: e.target.value || null })}
          style={{ width: 160 }}
        />
        {ledger && (
          <Tag color={ledger.closed ? 'default' : 'blue'}>
            {ledger.closed ? t('property.closed') : t('property.open')}
          </Tag>
        )}
        {ledger?.viewerCan.addEntry && <Button onClick={() => setAdding({})}>{t('property.addEntry')}</Button>}
        {ledger?.viewerCan.close && (
          <Button danger onClick={closePeriod} data-testid="close-period">
            {t('property.close')}
          </Button>
        )}
      </Space>
      {error && <Typography.Text type="danger">{errorText(error)}</Typography.Text>}
      {ledger && (
        <GridRow gutter={12} data-testid="ledger-totals">
          <Col xs={8}>
            <Statistic title={t('property.income')} value={yuan(ledger.incomeFen)} />
          </Col>
          <Col xs={8}>
            <Statistic title={t('property.expense')} value={yuan(ledger.expenseFen)} />
          </Col>
          <Col xs={8}>
            <Statistic title={t('property.balance')} value={yuan(ledger.balanceFen)} />
          </Col>
        </GridRow>
      )}
      <ResponsiveTable<Entry>
        rows={rows}
        rowKey="id"
        loading={loading}
        columns={[
          { title: t('property.item'), dataIndex: 'item' },
          {
            title: t('property.direction'),
            dataIndex: 'direction',
            render: (d: Entry['direction']) => t(`property.direction.${d}`),
          },
          { title: t('property.amountYuan'), dataIndex: 'amountFen', render: (v: number) => yuan(v) },
          {
            title: t('property.note'),
            dataIndex: 'note',
            render: (v: string | null, r) => (
              <>
                {r.correctsId && <Tag color="purple">{t('property.corrects', { id: short(r.correctsId) })}</Tag>}
                {v}
              </>
            ),
          },
          {
            title: '',
            key: 'a',
            render: (_: unknown, r) =>
              ledger?.viewerCan.correct ? (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setAdding({ correctsId: r.id })}>
                  {t('property.correct')}
                </Button>
              ) : null,
          },
        ]}
        renderCard={(r) => (
          <Space direction="vertical" size={0}>
            <strong>
              {r.item} · {t(`property.direction.${r.direction}`)} {yuan(r.amountFen)}
            </strong>
            {r.correctsId && <Tag color="purple">{t('property.corrects', { id: short(r.correctsId) })}</Tag>}
            {r.note && <span>{r.note}</span>}
            {ledger?.viewerCan.correct && (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setAdding({ correctsId: r.id })}>
                {t('property.correct')}
              </Button>
            )}
          </Space>
        )}
      />
      <EntryModal estateId={estateId} period={period} state={adding} onClose={() => setAdding(null)} />
    </Space>
  );
}

function EntryModal(props: {
  estateId: string;
  period: string;
  state: null | { correctsId?: string };
  onClose(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [add, { loading }] = useMutation(AddRevenueEntryDocument, { refetchQueries: ['RevenueLedger'] });
  const submit = async (v: { item: string; direction: Entry['direction']; yuan: number; note?: string }) => {
    try {
      await add({
        variables: {
          input: {
            estateId: props.estateId,
            period: props.period,
            item: v.item,
            direction: v.direction,
            amountFen: Math.round(v.yuan * 100),
            note: v.note || null,
            correctsId: props.state?.correctsId ?? null,
          },
        },
      });
      form.resetFields();
      props.onClose();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Modal
      open={Boolean(props.state)}
      title={props.state?.correctsId ? t('property.correction') : t('property.addEntry')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ direction: 'INCOME' }}>
        <Form.Item name="item" label={t('property.item')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="direction" label={t('property.direction')} rules={[{ required: true }]}>
          <Select
            options={(['INCOME', 'EXPENSE'] as const).map((d) => ({ value: d, label: t(`property.direction.${d}`) }))}
          />
        </Form.Item>
        <Form.Item name="yuan" label={t('property.amountYuan')} rules={[{ required: true }]}>
          <InputNumber min={0.01} step={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('property.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
