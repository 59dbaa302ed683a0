import { Form, Input, Modal } from 'antd';
import { useI18n } from '../../../i18n';

/** Asks staff for the reason of a rejection or cancellation (2-200 characters). */
export function ReasonModal(props: {
  open: boolean;
  title: string;
  busy: boolean;
  onOk(reason: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={props.open}
      title={props.title}
      confirmLoading={props.busy}
      destroyOnHidden
      onCancel={props.onCancel}
      onOk={() => form.validateFields().then((v) => props.onOk(v.reason.trim()))}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('booking.reason')}
          rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('booking.reason.required') }]}
        >
          <Input.TextArea rows={3} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
