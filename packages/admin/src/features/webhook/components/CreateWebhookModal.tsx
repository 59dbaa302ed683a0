import { Alert, Button, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import type { WebhookEventType } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

export const WEBHOOK_EVENTS: WebhookEventType[] = [
  'TICKET_STATE_CHANGED',
  'TICKET_REPLIED',
  'BOOKING_DECIDED',
  'MAINTENANCE_OVERDUE',
];

export interface WebhookDraft {
  organisationId: string;
  name: string;
  url: string;
  events: WebhookEventType[];
}

/**
 * The new-subscription form; after it is saved, the signing secret, shown this once. Props only:
 * the view saves (`onSave` rejects with the server's error, shown by the view).
 */
export function CreateWebhookModal(props: {
  open: boolean;
  organisations: { value: string; label: string }[];
  saving: boolean;
  secret: string | null;
  onSave(draft: WebhookDraft): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<WebhookDraft>();
  if (props.secret) {
    return (
      <Modal
        open={props.open}
        title={t('webhook.secret.title')}
        closable={false}
        maskClosable={false}
        footer={
          <Button type="primary" onClick={props.onClose}>
            {t('webhook.secret.done')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('webhook.secret.help')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable code data-testid="webhook-secret" style={{ wordBreak: 'break-all' }}>
          {props.secret}
        </Typography.Paragraph>
      </Modal>
    );
  }
  return (
    <Modal
      open={props.open}
      title={t('webhook.new')}
      onCancel={props.onClose}
      okText={t('common.save')}
      confirmLoading={props.saving}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<WebhookDraft>
        form={form}
        layout="vertical"
        initialValues={{ events: ['TICKET_STATE_CHANGED'] }}
        onFinish={(v) => props.onSave(v)}
      >
        <Form.Item name="organisationId" label={t('webhook.organisation')} rules={[{ required: true }]}>
          <Select options={props.organisations} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="name" label={t('webhook.name')} rules={[{ required: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="url"
          label={t('webhook.url')}
          extra={t('webhook.url.help')}
          rules={[{ required: true, max: 500 }]}
        >
          <Input placeholder="https://" inputMode="url" />
        </Form.Item>
        <Form.Item name="events" label={t('webhook.events')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Checkbox.Group options={WEBHOOK_EVENTS.map((e) => ({ value: e, label: t(`webhook.event.${e}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
