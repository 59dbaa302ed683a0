import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../../i18n';

export interface NodeField {
  name: string;
  label: string;
  required?: boolean;
  max: number;
}

/** Create or edit a tree node; the fields depend on the level. Server field errors land beside the field. */
export function NodeFormModal(props: {
  open: boolean;
  title: string;
  fields: NodeField[];
  initial: Record<string, string>;
  loading: boolean;
  fieldError?: { field: string; text: string } | null;
  onCancel(): void;
  onSubmit(values: Record<string, string>): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Record<string, string>>();
  const { open, initial, fieldError } = props;
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initial);
    }
  }, [open, initial, form]);
  useEffect(() => {
    if (fieldError) form.setFields([{ name: fieldError.field, errors: [fieldError.text] }]);
  }, [fieldError, form]);
  return (
    <Modal
      open={open}
      title={props.title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: props.loading }}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={props.onSubmit}>
        {props.fields.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.label}
            rules={[
              ...(f.required ? [{ required: true, whitespace: true, message: t('error.required') }] : []),
              { max: f.max },
            ]}
          >
            <Input maxLength={f.max} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
