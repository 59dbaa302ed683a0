import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import type { CategorySettingsQuery, OrganisationKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

export type CategoryRow = CategorySettingsQuery['ticketCategories'][number];
export type CategoryValues = Omit<CategoryRow, 'id' | '__typename'>;

const KINDS: OrganisationKind[] = ['COMMUNITY_OFFICE', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE'];

/** Create or edit a category, with the server's bounds and its field errors. Props only. */
export function CategoryForm(props: {
  open: boolean;
  editing: CategoryRow | null;
  loading: boolean;
  serverError?: { field: string; text: string } | null;
  onCancel(): void;
  onSubmit(values: CategoryValues): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<CategoryValues>();
  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    form.setFieldsValue(
      props.editing ?? {
        replyDays: 3,
        resolveDays: 15,
        sortOrder: 0,
        active: true,
        defaultOrgKind: 'COMMUNITY_OFFICE',
      },
    );
  }, [props.open, props.editing, form]);
  useEffect(() => {
    if (props.serverError?.field)
      form.setFields([{ name: props.serverError.field as keyof CategoryValues, errors: [props.serverError.text] }]);
  }, [props.serverError, form]);
  const required = { required: true, message: t('error.required') };
  return (
    <Modal
      open={props.open}
      title={props.editing ? t('category.edit') : t('category.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: props.loading }}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={props.onSubmit}>
        <Form.Item
          name="code"
          label={t('category.code')}
          extra={t('category.codeRule')}
          rules={[required, { pattern: /^[A-Z][A-Z0-9_]{1,39}$/, message: t('category.codeRule') }]}
        >
          <Input disabled={!!props.editing} maxLength={40} />
        </Form.Item>
        <Form.Item name="nameZh" label={t('category.nameZh')} rules={[{ ...required, whitespace: true }, { max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('category.nameEn')} rules={[{ ...required, whitespace: true }, { max: 80 }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="defaultOrgKind" label={t('category.defaultOrgKind')} rules={[required]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`orgs.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="replyDays"
          label={t('category.replyDays')}
          rules={[required]}
          extra={<span data-testid="reply-days-hint">{t('category.replyDaysHint')}</span>}
        >
          <InputNumber min={1} max={5} precision={0} />
        </Form.Item>
        <Form.Item name="resolveDays" label={t('category.resolveDays')} rules={[required]}>
          <InputNumber min={1} max={60} precision={0} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('category.sortOrder')}>
          <InputNumber min={0} max={999} precision={0} />
        </Form.Item>
        <Form.Item name="active" label={t('category.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
