import { Button, Form, Input, InputNumber, Select } from 'antd';
import type { ResolutionOutcome } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import type { AgendaItem } from './types';
import type { MeetingMutations } from './useMeetingMutations';

interface Values {
  text: string;
  agreedBy?: string;
  outcome: ResolutionOutcome;
  departmentId?: string;
  replyDays?: number;
}

/** 记录决议: the decision, who agreed, and where the item's ticket goes. */
export function ResolutionForm(props: {
  item: AgendaItem;
  departments: readonly { node: { id: string; name: string } }[];
  m: MeetingMutations;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  const outcomes: ResolutionOutcome[] = props.item.ticketId ? ['RESOLVED', 'RETURNED', 'ESCALATED', 'NONE'] : ['NONE'];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size="small"
      data-testid="resolution-form"
      initialValues={{ outcome: outcomes[0], replyDays: 5 }}
      onFinish={(v) =>
        props.m.resolve({
          agendaItemId: props.item.id,
          text: v.text,
          agreedBy: v.agreedBy || null,
          outcome: v.outcome,
          departmentId: v.outcome === 'ESCALATED' ? (v.departmentId ?? null) : null,
          replyDays: v.outcome === 'RETURNED' ? (v.replyDays ?? null) : null,
        })
      }
    >
      <Form.Item name="text" label={t('meeting.resolution.text')} rules={[{ required: true, max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2 }} data-testid="resolution-text" />
      </Form.Item>
      <Form.Item name="agreedBy" label={t('meeting.resolution.agreedBy')} rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="outcome" label={t('meeting.resolution.outcome')}>
        <Select
          options={outcomes.map((o) => ({ value: o, label: t(`meeting.outcome.${o}`) }))}
          data-testid="resolution-outcome"
        />
      </Form.Item>
      {outcome === 'ESCALATED' && (
        <Form.Item name="departmentId" label={t('meeting.resolution.department')} rules={[{ required: true }]}>
          <Select options={props.departments.map((d) => ({ value: d.node.id, label: d.node.name }))} />
        </Form.Item>
      )}
      {outcome === 'RETURNED' && (
        <Form.Item name="replyDays" label={t('meeting.resolution.replyDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={30} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={props.m.busy} data-testid="resolution-submit">
        {t('meeting.resolution.record')}
      </Button>
    </Form>
  );
}
