import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useErrorText } from '../../app/errors';
import { useCompact } from '../../app/list/ResponsiveTable';
import type { TicketSource } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { IntakeOptionsDocument, RaiseOnBehalfDocument } from './graphql';

/** The ways a matter reaches the office that staff record (APP and IMPORT are not taken on behalf). */
export const INTAKE_SOURCES: TicketSource[] = ['PHONE', 'COUNTER', 'GRID_PATROL', 'HOTLINE_12345', 'LETTER'];

interface Values {
  communityId: string;
  source: TicketSource;
  externalRef?: string;
  contactName: string;
  contactPhone: string;
  categoryId: string;
  estateId?: string;
  title: string;
  body: string;
  locationText?: string;
}

const newKey = () => `desk-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;

/** 代为登记: the button on the workbench and its form; opens the new ticket when recorded. */
export function IntakeButton({ communityId, onCreated }: { communityId?: string | null; onCreated(id: string): void }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const phone = useCompact();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  // One key per opened form: a double click or a retry records the matter once.
  const [key, setKey] = useState(newKey);
  const chosen = Form.useWatch('communityId', form);
  const source = Form.useWatch('source', form);
  const options = useQuery(IntakeOptionsDocument, {
    variables: { communityId: chosen ?? '', withCategories: !!chosen },
    skip: !open,
  });
  const communities = options.data?.communities.edges.map((e) => e.node) ?? [];
  const [raise, { loading, error, reset }] = useMutation(RaiseOnBehalfDocument);
  // The community: the workbench's filter, or the first in scope once they have loaded.
  const first = communityId ?? communities[0]?.id;
  useEffect(() => {
    if (open && !form.getFieldValue('communityId') && first) form.setFieldValue('communityId', first);
  }, [open, first, form]);

  const start = () => {
    reset();
    setKey(newKey());
    form.resetFields();
    setOpen(true);
  };
  const submit = async (v: Values) => {
    const r = await raise({
      variables: {
        input: {
          categoryId: v.categoryId,
          communityId: v.communityId,
          estateId: v.estateId || null,
          title: v.title.trim(),
          body: v.body.trim(),
          locationText: v.locationText?.trim() || null,
          source: v.source,
          externalRef: v.source === 'HOTLINE_12345' ? v.externalRef?.trim() : null,
          contactName: v.contactName.trim(),
          contactPhone: v.contactPhone.trim(),
          anonymous: false,
          photoFileIds: [],
          idempotencyKey: key,
        },
      },
    }).catch(() => null);
    const id = r?.data?.raiseTicketOnBehalf.ticket.id;
    if (id) {
      setOpen(false);
      onCreated(id);
    }
  };
  const required = [{ required: true, message: t('desk.required') }];

  return (
    <>
      <Button type="primary" onClick={start} data-testid="intake-button">
        {t('desk.intake')}
      </Button>
      <Modal
        open={open}
        title={t('desk.intake.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('desk.intake')}
        confirmLoading={loading}
        width={phone ? '100%' : 560}
        destroyOnHidden
        forceRender
      >
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ source: 'PHONE' }}
          data-testid="intake-form"
        >
          <Form.Item name="communityId" label={t('desk.community')} rules={required}>
            <Select
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
              onChange={() => form.setFieldsValue({ categoryId: undefined, estateId: undefined })}
            />
          </Form.Item>
          <Form.Item name="source" label={t('desk.source')} rules={required}>
            <Select options={INTAKE_SOURCES.map((s) => ({ value: s, label: t(`desk.source.${s}`) }))} />
          </Form.Item>
          {source === 'HOTLINE_12345' && (
            <Form.Item name="externalRef" label={t('desk.externalRef')} rules={required}>
              <Input maxLength={40} />
            </Form.Item>
          )}
          <Form.Item name="contactName" label={t('desk.contactName')} rules={required}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label={t('desk.contactPhone')}
            rules={[...required, { pattern: /^1\d{10}$/, message: t('desk.contactPhone.invalid') }]}
          >
            <Input inputMode="tel" maxLength={11} autoComplete="off" />
          </Form.Item>
          <Form.Item name="categoryId" label={t('desk.category')} rules={required}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(options.data?.ticketCategories ?? []).map((c) => ({
                value: c.id,
                label: locale === 'zh-CN' ? c.nameZh : c.nameEn,
              }))}
            />
          </Form.Item>
          {/* The estate lets a routing rule of the category and estate route the matter at once. */}
          <Form.Item name="estateId" label={t('desk.estate')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={(options.data?.estates?.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('desk.title')} rules={[...required, { min: 2, max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="body" label={t('desk.body')} rules={[...required, { min: 5, max: 2000 }]}>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
          <Form.Item name="locationText" label={t('desk.place')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
