import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, InputNumber, Modal, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { VolunteerNav } from '../components/VolunteerNav';
import { ApproveVolunteerHoursDocument, VolunteerHoursDocument } from '../graphql/volunteer';
import { VOLUNTEER_PARAMS } from '../urls';

const PAGE = 20;

interface Row {
  id: string;
  displayName: string;
  activityTitle: string;
  checkedInAt?: string | null;
  checkedOutAt?: string | null;
  recordedMinutes?: number | null;
  approvedMinutes?: number | null;
  correctionReason?: string | null;
}

/** Hours recorded at check-out wait here for approval (or a correction with a reason) before they count. */
export function HoursView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useListParams(VOLUNTEER_PARAMS);
  const f = list.values;
  const [open, setOpen] = useState<Row | null>(null);
  const [form] = Form.useForm<{ minutes: number; reason?: string }>();
  const { data, loading, error } = useQuery(VolunteerHoursDocument, {
    variables: { communityId: f.community ?? '', status: f.hours ?? 'RECORDED', first: PAGE, after: f.after },
    skip: !f.community,
  });
  const [approve, approving] = useMutation(ApproveVolunteerHoursDocument, { refetchQueries: ['VolunteerHours'] });
  const conn = data?.volunteerHours;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const submit = async (v: { minutes: number; reason?: string }) => {
    if (!open) return;
    try {
      await approve({
        variables: { input: { signupId: open.id, minutes: v.minutes, reason: v.reason?.trim() || null } },
      });
      message.success(t('volunteer.approved'));
      setOpen(null);
    } catch (err) {
      const text = errorText(err);
      if (!applyFieldError(form, err, text)) message.error(text);
    }
  };
  const minutes = (row: Row) => (f.hours === 'APPROVED' ? row.approvedMinutes : row.recordedMinutes);
  const action = (row: Row) =>
    f.hours === 'APPROVED' ? (
      row.correctionReason ? (
        <Tag>{row.correctionReason}</Tag>
      ) : null
    ) : (
      <Button
        size="small"
        type="primary"
        data-testid="approve-hours"
        onClick={() => {
          form.setFieldsValue({ minutes: row.recordedMinutes ?? 0, reason: '' });
          setOpen(row);
        }}
      >
        {t('volunteer.approve')}
      </Button>
    );

  return (
    <ListPage
      title={t('volunteer.tab.hours')}
      filters={
        <ListFilters>
          <VolunteerNav tab="hours" community={f.community} onCommunity={(community) => list.set({ community })} />
          <Segmented
            value={f.hours ?? 'RECORDED'}
            onChange={(hours) => list.set({ hours: hours as 'RECORDED' | 'APPROVED' })}
            options={[
              { value: 'RECORDED', label: t('volunteer.hoursStatus.RECORDED') },
              { value: 'APPROVED', label: t('volunteer.hoursStatus.APPROVED') },
            ]}
          />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <Modal
          open={open !== null}
          title={`${t('volunteer.approve')} · ${open?.displayName ?? ''}`}
          onCancel={() => setOpen(null)}
          onOk={() => form.submit()}
          confirmLoading={approving.loading}
          okText={t('volunteer.approve')}
        >
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="minutes" label={t('volunteer.minutesApproved')} rules={[{ required: true }]}>
              <InputNumber min={0} max={1440} />
            </Form.Item>
            <Form.Item name="reason" label={t('volunteer.correctionReason')} extra={t('volunteer.correctionHint')}>
              <Input.TextArea maxLength={500} rows={2} />
            </Form.Item>
          </Form>
        </Modal>
      }
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        empty={f.community ? undefined : t('volunteer.pickCommunity')}
        columns={[
          { title: t('volunteer.name'), dataIndex: 'displayName' },
          { title: t('volunteer.activity.title'), dataIndex: 'activityTitle' },
          { title: t('volunteer.signup.in'), dataIndex: 'checkedInAt', render: (v: string | null) => formatTime(v) },
          { title: t('volunteer.signup.out'), dataIndex: 'checkedOutAt', render: (v: string | null) => formatTime(v) },
          { title: t('volunteer.minutes'), key: 'minutes', render: (_: unknown, row) => minutes(row) },
          { title: '', key: 'action', render: (_: unknown, row) => action(row) },
        ]}
        renderCard={(row) => (
          <>
            <strong>{row.displayName}</strong> · {row.activityTitle}
            <div>
              {minutes(row)} {t('volunteer.minutes')} {action(row)}
            </div>
          </>
        )}
      />
    </ListPage>
  );
}
