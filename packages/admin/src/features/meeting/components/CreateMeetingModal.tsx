import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MeetingKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { CreateMeetingDocument } from '../graphql/meeting';
import { useRun } from './useRun';

const KINDS: MeetingKind[] = ['MONTHLY_ROUND_TABLE', 'AD_HOC', 'HEARING'];

interface Values {
  title: string;
  kind: MeetingKind;
  startsAt: Dayjs;
  endsAt: Dayjs;
  place?: string;
  onlineUrl?: string;
  openToResidents: boolean;
  residentCapacity: number;
}

/** 新建会议: planned in the chosen community. */
export function CreateMeetingModal(props: { communityId: string; open: boolean; onClose(id?: string): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [create] = useMutation(CreateMeetingDocument);
  const { run, busy } = useRun();
  const submit = async (v: Values) => {
    let id: string | undefined;
    const ok = await run(async () => {
      const r = await create({
        variables: {
          input: {
            communityId: props.communityId,
            title: v.title,
            kind: v.kind,
            startsAt: v.startsAt.toISOString(),
            endsAt: v.endsAt.toISOString(),
            place: v.place || null,
            onlineUrl: v.onlineUrl || null,
            openToResidents: v.openToResidents,
            residentCapacity: v.openToResidents ? v.residentCapacity : 0,
          },
        },
      });
      id = r.data?.createMeeting.meeting.id;
    });
    if (ok) {
      form.resetFields();
      props.onClose(id);
    }
  };
  const start = dayjs().add(1, 'hour').startOf('hour');
  return (
    <Modal
      open={props.open}
      title={t('meeting.new')}
      okText={t('meeting.create')}
      confirmLoading={busy}
      onCancel={() => props.onClose()}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          kind: 'MONTHLY_ROUND_TABLE',
          startsAt: start,
          endsAt: start.add(2, 'hour'),
          openToResidents: false,
          residentCapacity: 20,
        }}
      >
        <Form.Item name="title" label={t('meeting.title')} rules={[{ required: true, max: 100 }]}>
          <Input data-testid="meeting-title" />
        </Form.Item>
        <Form.Item name="kind" label={t('meeting.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="startsAt" label={t('meeting.startsAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsAt" label={t('meeting.endsAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={t('meeting.place')} rules={[{ max: 200 }]}>
          <Input data-testid="meeting-place" />
        </Form.Item>
        <Form.Item name="onlineUrl" label={t('meeting.onlineUrl')} rules={[{ max: 500 }]}>
          <Input placeholder="https://" />
        </Form.Item>
        <Form.Item name="openToResidents" label={t('meeting.openToResidents')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="residentCapacity" label={t('meeting.residentCapacity')}>
          <InputNumber min={0} max={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
