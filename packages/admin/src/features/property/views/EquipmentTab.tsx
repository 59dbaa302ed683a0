import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Drawer, Form, Input, List, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { Pager } from '../../../app/Pager';
import { useI18n } from '../../../i18n';
import { openFile } from '../components/files';
import { StatusTag } from '../components/StatusTag';
import { EquipmentDetailDocument, EquipmentRegisterDocument, RegisterEquipmentDocument } from '../graphql/property';
import { maintenanceFormUrl, PROPERTY_PARAMS, STATUSES } from '../urls';

const KINDS = [
  'ELEVATOR',
  'FIRE_SAFETY',
  'WATER_PUMP',
  'SECONDARY_WATER_SUPPLY',
  'GATE',
  'MONITORING',
  'OTHER',
] as const;
type Kind = (typeof KINDS)[number];
type Status = (typeof STATUSES)[number];

interface Row {
  id: string;
  estateId: string;
  kind: Kind;
  name: string;
  registrationNo: string;
  installedOn: string;
  maintenanceStatus: Status;
  nextDueOn?: string | null;
}

/**
 * The equipment register with status colours; a row opens its records, “record” opens the quick form.
 * One estate's (where equipment is registered), or a whole community's with each row's estate named.
 */
export function EquipmentTab(
  props:
    | { estateId: string; communityId?: undefined }
    | { estateId?: undefined; communityId: string; estateNames: Map<string, string> },
) {
  const { estateId, communityId } = props;
  const estateName = (row: Row) => (props.communityId ? (props.estateNames.get(row.estateId) ?? '—') : null);
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(PROPERTY_PARAMS);
  const f = list.values;
  const [registering, setRegistering] = useState(false);
  const { data, loading, error, refetch } = useQuery(EquipmentRegisterDocument, {
    variables: { estateId, communityId, status: f.status, first: 20, after: f.after },
  });
  const errorText = useErrorText();
  const conn = data?.equipmentRegister;
  const rows = (conn?.edges.map((e) => e.node) ?? []) as Row[];
  const record = (row: Row) => (
    <Link
      to={maintenanceFormUrl(row.id)}
      data-testid={`record-${row.registrationNo}`}
      // The card opens the drawer on click; this link goes to the form instead.
      onClick={(e) => e.stopPropagation()}
    >
      {t('property.record')}
    </Link>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          allowClear
          placeholder={t('property.status')}
          aria-label={t('property.status')}
          value={f.status ?? undefined}
          onChange={(v) => list.set({ status: v ?? null, after: null })}
          options={STATUSES.map((s) => ({ value: s, label: t(`property.status.${s}`) }))}
          style={style(140)}
        />
        {estateId && <Button onClick={() => setRegistering(true)}>{t('property.register')}</Button>}
      </Space>
      {error && <Typography.Text type="danger">{errorText(error)}</Typography.Text>}
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        rowProps={(row) => ({ 'data-testid': `equipment-${row.registrationNo}` })}
        onOpenCard={(row) => list.set({ equipment: row.id })}
        columns={[
          {
            title: t('property.name'),
            dataIndex: 'name',
            render: (v: string, row) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => list.set({ equipment: row.id })}>
                {v}
              </Button>
            ),
          },
          ...(communityId
            ? [{ title: t('property.estate'), key: 'estate', render: (_: unknown, row: Row) => estateName(row) }]
            : []),
          { title: t('property.kind'), dataIndex: 'kind', render: (k: Kind) => t(`property.kind.${k}`) },
          { title: t('property.registrationNo'), dataIndex: 'registrationNo' },
          {
            title: t('property.status'),
            dataIndex: 'maintenanceStatus',
            render: (s: Status) => <StatusTag status={s} />,
          },
          { title: t('property.nextDue'), dataIndex: 'nextDueOn' },
          { title: '', key: 'record', render: (_: unknown, row) => record(row) },
        ]}
        renderCard={(row) => (
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap>
              <strong>{row.name}</strong>
              <StatusTag status={row.maintenanceStatus} />
            </Space>
            <Typography.Text type="secondary">
              {communityId && `${estateName(row)} · `}
              {t(`property.kind.${row.kind}`)} · {row.registrationNo} · {t('property.nextDue')} {row.nextDueOn ?? '—'}
            </Typography.Text>
            {record(row)}
          </Space>
        )}
      />
      <Pager
        totalCount={conn?.totalCount}
        hasNextPage={conn?.pageInfo.hasNextPage}
        endCursor={conn?.pageInfo.endCursor}
        after={f.after}
        onPage={(after) => list.set({ after })}
      />
      {estateId && (
        <RegisterModal
          estateId={estateId}
          open={registering}
          onClose={() => setRegistering(false)}
          onDone={() => refetch()}
        />
      )}
      <EquipmentDrawer id={f.equipment} onClose={() => list.set({ equipment: null })} />
    </Space>
  );
}

function RegisterModal(props: { estateId: string; open: boolean; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [register, { loading }] = useMutation(RegisterEquipmentDocument);
  const submit = async (v: { kind: Kind; name: string; registrationNo: string; installedOn: string }) => {
    try {
      await register({ variables: { input: { estateId: props.estateId, ...v } } });
      message.success(t('property.saved'));
      form.resetFields();
      props.onDone();
      props.onClose();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Modal
      open={props.open}
      title={t('property.register')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="kind" label={t('property.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`property.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('property.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="registrationNo" label={t('property.registrationNo')} rules={[{ required: true, max: 64 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="installedOn" label={t('property.installedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One piece: its obligations and its maintenance records with their sheets. */
function EquipmentDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t } = useI18n();
  const { data } = useQuery(EquipmentDetailDocument, { variables: { id: id ?? '' }, skip: !id });
  const e = data?.equipment;
  return (
    <Drawer open={Boolean(id)} onClose={onClose} title={e?.name} width={Math.min(520, window.innerWidth)}>
      {e && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <StatusTag status={e.maintenanceStatus} />
            <span>{e.registrationNo}</span>
            <Link to={maintenanceFormUrl(e.id)}>{t('property.record')}</Link>
          </Space>
          <List
            size="small"
            dataSource={e.dues}
            renderItem={(d) => (
              <List.Item>
                <Space wrap>
                  <StatusTag status={d.status} />
                  <span>
                    {d.requirement} · {d.intervalDays}d · {t('property.nextDue')} {d.dueOn}
                  </span>
                </Space>
              </List.Item>
            )}
          />
          <Typography.Title level={5}>{t('property.records')}</Typography.Title>
          <List
            size="small"
            locale={{ emptyText: t('property.none') }}
            dataSource={data?.maintenanceRecords.edges.map((x) => x.node) ?? []}
            renderItem={(r) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <strong>
                    {r.performedOn} · {t(`property.mkind.${r.kind}`)} · {t(`property.result.${r.result}`)}
                  </strong>
                  <span>{r.contractor}</span>
                  {r.defects && <span>{r.defects}</span>}
                  {r.attachments.map((a) => (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0 }}
                      key={a.id}
                      onClick={() => void openFile(a.url)}
                    >
                      {a.originalName}
                    </Button>
                  ))}
                </Space>
              </List.Item>
            )}
          />
        </Space>
      )}
    </Drawer>
  );
}
