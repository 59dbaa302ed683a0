import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../../i18n';

export interface ApiClientValues {
  organisationId?: string;
  name: string;
  allowedOrigins: string[];
  budgetPerMinute: number;
}

/** Register an app (owner, name, origins, budget) or edit one (name, origins, budget). Props only. */
export function ApiClientForm(props: {
  open: boolean;
  mode: 'create' | 'edit';
  initial?: Partial<ApiClientValues>;
  owners: { value: string; label: string }[];
  loading: boolean;
  fieldError?: { field: string; text: string } | null;
  onCancel(): void;
  onSubmit(values: ApiClientValues): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ApiClientValues>();
  const { open, initial, fieldError } = props;
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ allowedOrigins: [], budgetPerMinute: 6000, ...initial });
    }
  }, [open, initial, form]);
  useEffect(() => {
    if (fieldError) form.setFields([{ name: fieldError.field as keyof ApiClientValues, errors: [fieldError.text] }]);
  }, [fieldError, form]);
  return (
    <Modal
      open={open}
      title={props.mode === 'edit' ? t('apiClient.editTitle') : t('apiClient.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: props.loading }}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={props.onSubmit}>
        {props.mode === 'create' && (
          <Form.Item
            name="organisationId"
            label={t('apiClient.owner')}
            rules={[{ required: true, message: t('error.required') }]}
          >
            <Select showSearch optionFilterProp="label" options={props.owners} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('apiClient.name')}
          rules={[{ required: true, whitespace: true, message: t('error.required') }, { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="allowedOrigins" label={t('apiClient.origins')} extra={t('apiClient.originsHelp')}>
          <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item
          name="budgetPerMinute"
          label={t('apiClient.budget')}
          rules={[{ required: true, message: t('error.required') }]}
        >
          <InputNumber min={60} max={1_000_000} step={1000} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
