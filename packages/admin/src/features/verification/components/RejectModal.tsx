import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../../i18n';

/** Asks for the reason a resident will read (required, 2-200 characters, as the server checks). */
export function RejectModal(props: {
  open: boolean;
  /** Revoking an approved binding rather than rejecting a pending one. */
  revoke?: boolean;
  loading: boolean;
  serverError?: string | null;
  onCancel(): void;
  onSubmit(reason: string): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (props.open) form.resetFields();
  }, [props.open, form]);
  useEffect(() => {
    if (props.serverError) form.setFields([{ name: 'reason', errors: [props.serverError] }]);
  }, [props.serverError, form]);
  return (
    <Modal
      open={props.open}
      title={props.revoke ? t('verify.revokeTitle') : t('verify.rejectTitle')}
      okText={props.revoke ? t('verify.revoke') : t('verify.reject')}
      okButtonProps={{ danger: true, loading: props.loading }}
      cancelText={t('common.cancel')}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => props.onSubmit(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('verify.reason')}
          rules={[
            { required: true, whitespace: true, message: t('error.required') },
            { min: 2, max: 200, message: t('verify.reasonLength') },
          ]}
        >
          <Input.TextArea rows={3} placeholder={t('verify.reasonPlaceholder')} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
