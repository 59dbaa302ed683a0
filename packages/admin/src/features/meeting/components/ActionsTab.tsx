import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useI18n } from '../../../i18n';
import { ActionItemList } from './ActionItemList';
import type { TabProps } from './types';

interface Values {
  title: string;
  ownerOrganisationId: string;
  agendaItemId?: string;
  dueDays: number;
}

/** The meeting's action items, and (held meetings, organisers) a form to add one. */
export function ActionsTab({ meeting, options, m }: TabProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const orgs = (options?.organisations.edges ?? []).map((e) => e.node);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {meeting.viewerCan.manage && meeting.state === 'HELD' && (
        <Card size="small" title={t('meeting.action.add')}>
          <Form<Values>
            form={form}
            layout="vertical"
            size="small"
            initialValues={{ dueDays: 5 }}
            onFinish={async (v) => {
              const ok = await m.addAction({
                meetingId: meeting.id,
                title: v.title,
                ownerOrganisationId: v.ownerOrganisationId,
                agendaItemId: v.agendaItemId ?? null,
                dueDays: v.dueDays,
              });
              if (ok) form.resetFields();
            }}
          >
            <Form.Item name="title" label={t('meeting.action.title')} rules={[{ required: true, max: 200 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="ownerOrganisationId" label={t('meeting.action.owner')} rules={[{ required: true }]}>
              <Select options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
            </Form.Item>
            <Form.Item name="agendaItemId" label={t('meeting.tab.agenda')}>
              <Select
                allowClear
                options={meeting.agenda.map((a) => ({ value: a.id, label: `${a.position}. ${a.topic}` }))}
              />
            </Form.Item>
            <Form.Item name="dueDays" label={t('meeting.action.dueDays')} rules={[{ required: true }]}>
              <InputNumber min={1} max={60} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={m.busy}>
              {t('meeting.action.add')}
            </Button>
          </Form>
        </Card>
      )}
      <ActionItemList items={meeting.actionItems} />
    </Space>
  );
}
