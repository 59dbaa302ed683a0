import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Descriptions, Form, Input, InputNumber, List, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { useI18n } from '../../../i18n';
import { openFile, yuan } from '../components/files';
import { SheetInput } from '../components/SheetInput';
import {
  CreateFeeStandardDocument,
  CreatePropertyContractDocument,
  PropertyContractsDocument,
} from '../graphql/property';

/** The estate's property service contracts (with their files) and fee standards. */
export function ContractsTab({ estateId }: { estateId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<null | 'contract' | 'fee'>(null);
  const { data } = useQuery(PropertyContractsDocument, { variables: { estateId } });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={() => setOpen('contract')}>{t('property.newContract')}</Button>
        <Button onClick={() => setOpen('fee')}>{t('property.newFee')}</Button>
      </Space>
      <Typography.Title level={5}>{t('property.contracts')}</Typography.Title>
      {(data?.propertyContracts.edges ?? []).map(({ node: c }) => (
        <Descriptions key={c.id} bordered size="small" column={1} title={c.title}>
          <Descriptions.Item label={t('property.company')}>{c.companyName}</Descriptions.Item>
          <Descriptions.Item label={t('property.term')}>
            {c.termStart} – {c.termEnd}
          </Descriptions.Item>
          <Descriptions.Item label={t('property.serviceLevel')}>{c.serviceLevel}</Descriptions.Item>
          <Descriptions.Item label={t('property.feePerSqm')}>{yuan(c.feeFenPerSqmMonth)}</Descriptions.Item>
          <Descriptions.Item label={t('property.contractFile')}>
            {c.file ? (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => void openFile(c.file?.url ?? '').catch((e) => message.error(String(e)))}
              >
                {c.file.originalName}
              </Button>
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
      ))}
      <Typography.Title level={5}>{t('property.feeStandards')}</Typography.Title>
      <List
        size="small"
        bordered
        locale={{ emptyText: t('property.none') }}
        dataSource={data?.feeStandards.edges.map((e) => e.node) ?? []}
        renderItem={(f) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <strong>
                {f.item} · {yuan(f.amountFen)} {f.unit}
              </strong>
              <Typography.Text type="secondary">
                {t('property.effectiveFrom')} {f.effectiveFrom} {f.note ?? ''}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <ContractModal estateId={estateId} open={open === 'contract'} onClose={() => setOpen(null)} />
      <FeeModal estateId={estateId} open={open === 'fee'} onClose={() => setOpen(null)} />
    </Space>
  );
}

function ContractModal(props: { estateId: string; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [create, { loading }] = useMutation(CreatePropertyContractDocument, { refetchQueries: ['PropertyContracts'] });
  const submit = async (v: {
    title: string;
    termStart: string;
    termEnd: string;
    serviceLevel: string;
    fee: number;
    fileIds?: string[];
  }) => {
    try {
      await create({
        variables: {
          input: {
            estateId: props.estateId,
            title: v.title,
            termStart: v.termStart,
            termEnd: v.termEnd,
            serviceLevel: v.serviceLevel,
            feeFenPerSqmMonth: Math.round(v.fee * 100),
            fileId: v.fileIds?.[0] ?? null,
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
      open={props.open}
      title={t('property.newContract')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="title" label={t('property.title')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="termStart" label={t('property.termStart')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="termEnd" label={t('property.termEnd')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="serviceLevel" label={t('property.serviceLevel')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="fee" label={t('property.feePerSqm')} rules={[{ required: true }]}>
          <InputNumber min={0.01} step={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="fileIds" label={t('property.contractFile')}>
          <SheetInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function FeeModal(props: { estateId: string; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [create, { loading }] = useMutation(CreateFeeStandardDocument, { refetchQueries: ['PropertyContracts'] });
  const submit = async (v: { item: string; yuan: number; unit: string; effectiveFrom: string; note?: string }) => {
    try {
      await create({
        variables: {
          input: {
            estateId: props.estateId,
            item: v.item,
            amountFen: Math.round(v.yuan * 100),
            unit: v.unit,
            effectiveFrom: v.effectiveFrom,
            note: v.note || null,
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
      open={props.open}
      title={t('property.newFee')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="item" label={t('property.item')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="yuan" label={t('property.amountYuan')} rules={[{ required: true }]}>
          <InputNumber min={0.01} step={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="unit" label={t('property.unit')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('property.effectiveFrom')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="note" label={t('property.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
