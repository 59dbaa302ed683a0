import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Divider, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import type { TicketPriority } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import {
  AcknowledgeAssignmentDocument,
  ChangeTicketPriorityDocument,
  SuperviseAssignmentDocument,
  TicketDeskDocument,
} from '../graphql/desk';
import { PRIORITIES, PriorityTag } from './PriorityTag';

const REFETCH = { refetchQueries: ['TicketDesk', 'TicketDetail', 'TicketList', 'UnreadNotificationCount'] };

/** The Asia/Shanghai calendar day of an instant (deadlines are ends of days there). */
const shanghaiDay = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** End of a calendar day in Asia/Shanghai, as an instant (deadlines are ends of days). */
const endOfShanghaiDay = (d: Dayjs) => new Date(`${d.format('YYYY-MM-DD')}T23:59:59.999+08:00`).toISOString();

/**
 * The desk's part of the ticket drawer: the priority (and its change, with a reason), each
 * responsible organisation's acknowledgement (签收) with the viewer's acknowledge button, and
 * supervision notices (督办) with their dialog. Buttons follow `viewerCan`; the server decides.
 */
export function DeskPanel({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { data } = useQuery(TicketDeskDocument, { variables: { id: ticketId }, fetchPolicy: 'cache-and-network' });
  const [change, changing] = useMutation(ChangeTicketPriorityDocument, REFETCH);
  const [ack, acking] = useMutation(AcknowledgeAssignmentDocument, REFETCH);
  const [supervise, supervising] = useMutation(SuperviseAssignmentDocument, REFETCH);
  const [priorityOpen, setPriorityOpen] = useState(false);
  const [supervised, setSupervised] = useState<{ id: string; name: string } | null>(null);
  const [priorityForm] = Form.useForm<{ priority: TicketPriority; reason: string }>();
  const [superviseForm] = Form.useForm<{ note: string; due: Dayjs }>();
  const ticket = data?.ticket;
  if (!ticket) return null;
  const open = ticket.assignments.filter((a) => a.state === 'OPEN');
  const orgName = (id: string) => ticket.assignments.find((a) => a.organisation.id === id)?.organisation.name ?? '';

  const guard = async (work: () => Promise<unknown>) => {
    try {
      await work();
      message.success(t('common.saved'));
      return true;
    } catch (err) {
      message.error(errorText(err));
      return false;
    }
  };

  return (
    <div data-testid="desk-panel">
      <Divider titlePlacement="start" style={{ margin: '16px 0 12px' }}>
        {t('desk.section')}
      </Divider>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space size={8} wrap>
          <Typography.Text type="secondary">{t('desk.priority')}</Typography.Text>
          {ticket.priority === 'NORMAL' ? (
            <Tag style={{ marginInlineEnd: 0 }}>{t('desk.priority.NORMAL')}</Tag>
          ) : (
            <PriorityTag priority={ticket.priority} pinned={ticket.pinned} />
          )}
          {ticket.viewerCan.changePriority && (
            <Button
              size="small"
              onClick={() => {
                priorityForm.setFieldsValue({ priority: ticket.priority, reason: '' });
                setPriorityOpen(true);
              }}
            >
              {t('desk.changePriority')}
            </Button>
          )}
          {ticket.priority === 'EMERGENCY' && ticket.replyDeadline && (
            <Typography.Text type="danger" data-testid="emergency-due">
              {t('desk.emergencyDue', { time: formatTime(ticket.replyDeadline.dueAt) })}
            </Typography.Text>
          )}
        </Space>
        {open.map((a) => (
          <Space key={a.id} size={6} wrap data-testid="desk-assignment">
            <Typography.Text>{a.organisation.name}</Typography.Text>
            {a.acknowledgedAt ? (
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {t('desk.acknowledged', { time: formatTime(a.acknowledgedAt) })}
              </Tag>
            ) : a.ackFlaggedAt ? (
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {t('desk.ackFlagged')}
              </Tag>
            ) : (
              <Tag style={{ marginInlineEnd: 0 }}>{t('desk.ackWaiting')}</Tag>
            )}
            {ticket.viewerCan.acknowledge && ticket.viewerAcknowledges.includes(a.organisation.id) && (
              <Button
                size="small"
                type="primary"
                loading={acking.loading}
                data-testid="acknowledge"
                onClick={() =>
                  guard(() =>
                    ack({
                      variables: {
                        input: {
                          ticketId: ticket.id,
                          expectedVersion: ticket.version,
                          organisationId: a.organisation.id,
                        },
                      },
                    }),
                  )
                }
              >
                {t('desk.acknowledge')}
              </Button>
            )}
            {ticket.viewerCan.supervise && (
              <Button
                size="small"
                danger={a.deadline.isOverdue}
                data-testid="supervise"
                onClick={() => {
                  superviseForm.resetFields();
                  setSupervised({ id: a.organisation.id, name: a.organisation.name });
                }}
              >
                {t('desk.supervise')}
              </Button>
            )}
          </Space>
        ))}
        {ticket.supervisions.length > 0 && (
          <Space orientation="vertical" size={2} data-testid="desk-supervisions">
            <Typography.Text strong>{t('desk.supervisions')}</Typography.Text>
            {ticket.supervisions.map((s) => (
              <Typography.Text key={s.id} style={{ overflowWrap: 'anywhere' }}>
                {t('desk.supervisionLine', {
                  time: formatTime(s.createdAt),
                  org: orgName(s.organisationId),
                  due: shanghaiDay(s.newDueAt),
                  note: s.note,
                })}
              </Typography.Text>
            ))}
          </Space>
        )}
      </Space>

      <Modal
        open={priorityOpen}
        title={t('desk.changePriority')}
        onCancel={() => setPriorityOpen(false)}
        onOk={() => priorityForm.submit()}
        confirmLoading={changing.loading}
        destroyOnHidden
      >
        <Form
          // A name of its own: field ids (`priority_reason` …) stay unique beside the drawer's other forms.
          name="priority"
          form={priorityForm}
          layout="vertical"
          onFinish={async (v) => {
            const ok = await guard(() =>
              change({
                variables: {
                  input: {
                    ticketId: ticket.id,
                    expectedVersion: ticket.version,
                    priority: v.priority,
                    reason: v.reason.trim(),
                  },
                },
              }),
            );
            if (ok) setPriorityOpen(false);
          }}
        >
          <Form.Item name="priority" label={t('desk.priority')} rules={[{ required: true }]}>
            <Select options={PRIORITIES.map((p) => ({ value: p, label: t(`desk.priority.${p}`) }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('desk.reason')}
            rules={[{ required: true, min: 2, max: 500, whitespace: true, message: t('desk.reasonRequired') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={!!supervised}
        title={t('desk.superviseTitle', { org: supervised?.name ?? '' })}
        onCancel={() => setSupervised(null)}
        onOk={() => superviseForm.submit()}
        confirmLoading={supervising.loading}
        destroyOnHidden
      >
        <Form
          // A name of its own: the label's `for` must find this form's field, not another form's `note`.
          name="supervise"
          form={superviseForm}
          layout="vertical"
          onFinish={async (v) => {
            if (!supervised) return;
            const ok = await guard(() =>
              supervise({
                variables: {
                  input: {
                    ticketId: ticket.id,
                    expectedVersion: ticket.version,
                    organisationId: supervised.id,
                    note: v.note.trim(),
                    newDueAt: endOfShanghaiDay(v.due),
                  },
                },
              }),
            );
            if (ok) setSupervised(null);
          }}
        >
          <Form.Item
            name="note"
            label={t('desk.superviseNote')}
            rules={[{ required: true, min: 2, max: 1000, whitespace: true, message: t('desk.superviseNoteRequired') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item
            name="due"
            label={t('desk.newDueAt')}
            rules={[{ required: true, message: t('desk.newDueAtRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
