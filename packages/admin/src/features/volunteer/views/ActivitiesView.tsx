import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { VolunteerNav } from '../components/VolunteerNav';
import { CreateVolunteerActivityDocument, VolunteerActivitiesDocument } from '../graphql/volunteer';
import { activityUrl, VOLUNTEER_PARAMS } from '../urls';

const PAGE = 20;

interface Row {
  id: string;
  title: string;
  place: string;
  startsAt: string;
  capacity: number;
  signedUpCount: number;
  pointsPerHour: number;
}

interface FormValues {
  title: string;
  place: string;
  time: [Dayjs, Dayjs];
  capacity: number;
  pointsPerHour: number;
  skills?: string;
}

/** A community's volunteer activities; staff create them and open one for its sign-up list. */
export function ActivitiesView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useListParams(VOLUNTEER_PARAMS);
  const f = list.values;
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const { data, loading, error } = useQuery(VolunteerActivitiesDocument, {
    variables: { communityId: f.community ?? '', first: PAGE, after: f.after },
    skip: !f.community,
  });
  const [create, created] = useMutation(CreateVolunteerActivityDocument, { refetchQueries: ['VolunteerActivities'] });
  const conn = data?.volunteerActivities;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const submit = async (v: FormValues) => {
    try {
      await create({
        variables: {
          input: {
            communityId: f.community ?? '',
            title: v.title,
            place: v.place,
            startsAt: v.time[0].toISOString(),
            endsAt: v.time[1].toISOString(),
            capacity: v.capacity,
            pointsPerHour: v.pointsPerHour,
            skillsWanted: (v.skills ?? '').split(/[,，\s]+/).filter(Boolean),
          },
        },
      });
      message.success(t('volunteer.created'));
      setCreating(false);
      form.resetFields();
    } catch (err) {
      const text = errorText(err);
      if (!applyFieldError(form, err, text)) message.error(text);
    }
  };
  const title = (row: Row) => <Link to={activityUrl(row.id, { community: f.community })}>{row.title}</Link>;

  return (
    <ListPage
      title={t('nav.volunteer')}
      actions={
        <Button type="primary" disabled={!f.community} onClick={() => setCreating(true)}>
          {t('volunteer.newActivity')}
        </Button>
      }
      filters={
        <ListFilters>
          <VolunteerNav tab="activities" community={f.community} onCommunity={(community) => list.set({ community })} />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <Modal
          open={creating}
          title={t('volunteer.newActivity')}
          onCancel={() => setCreating(false)}
          onOk={() => form.submit()}
          confirmLoading={created.loading}
          okText={t('volunteer.create')}
        >
          <Form form={form} layout="vertical" onFinish={submit} initialValues={{ capacity: 10, pointsPerHour: 2 }}>
            <Form.Item name="title" label={t('volunteer.activity.title')} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="place" label={t('volunteer.activity.place')} rules={[{ required: true }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="time" label={t('volunteer.activity.time')} rules={[{ required: true }]}>
              <DatePicker.RangePicker showTime format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="capacity" label={t('volunteer.activity.capacity')} rules={[{ required: true }]}>
              <InputNumber min={1} max={1000} />
            </Form.Item>
            <Form.Item name="pointsPerHour" label={t('volunteer.activity.pointsPerHour')} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.Item name="skills" label={t('volunteer.activity.skills')}>
              <Input placeholder="古筝, 急救" />
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
          { title: t('volunteer.activity.title'), dataIndex: 'title', render: (_: string, row) => title(row) },
          { title: t('volunteer.activity.time'), dataIndex: 'startsAt', render: (v: string) => formatTime(v) },
          { title: t('volunteer.activity.place'), dataIndex: 'place' },
          {
            title: t('volunteer.activity.places'),
            dataIndex: 'capacity',
            render: (_: number, row) => `${row.signedUpCount} / ${row.capacity}`,
          },
          { title: t('volunteer.activity.pointsPerHour'), dataIndex: 'pointsPerHour' },
        ]}
        renderCard={(row) => (
          <>
            <strong>{title(row)}</strong>
            <div>
              {formatTime(row.startsAt)} · {row.place} · {row.signedUpCount}/{row.capacity}
            </div>
          </>
        )}
      />
    </ListPage>
  );
}
