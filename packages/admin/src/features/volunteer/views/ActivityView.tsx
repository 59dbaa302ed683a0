import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Descriptions, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListPage, ResponsiveTable, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import {
  CheckInVolunteerDocument,
  CheckOutVolunteerDocument,
  VolunteerActivityDetailDocument,
} from '../graphql/volunteer';
import { activitiesUrl, VOLUNTEER_PARAMS } from '../urls';

const PAGE = 50;

interface Row {
  id: string;
  position: number;
  displayName: string;
  status: string;
  checkedInAt?: string | null;
  checkedOutAt?: string | null;
  recordedMinutes?: number | null;
  approvedMinutes?: number | null;
  hoursStatus: string;
}

/** One activity: the code to show at the place, and its list in arrival order with check-in and check-out. */
export function ActivityView() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useListParams(VOLUNTEER_PARAMS);
  const { data, loading, error } = useQuery(VolunteerActivityDetailDocument, {
    variables: { id, first: PAGE, after: list.values.after },
  });
  const opts = { refetchQueries: ['VolunteerActivityDetail'] };
  const [checkIn] = useMutation(CheckInVolunteerDocument, opts);
  const [checkOut] = useMutation(CheckOutVolunteerDocument, opts);
  const a = data?.volunteerActivity;
  const conn = data?.volunteerSignups;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const run = async (
    fn: (o: { variables: { input: { signupId: string } } }) => Promise<unknown>,
    signupId: string,
    done: string,
  ) => {
    try {
      await fn({ variables: { input: { signupId } } });
      message.success(done);
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const actions = (row: Row) =>
    row.status !== 'SIGNED_UP' ? null : !row.checkedInAt ? (
      <Button
        size="small"
        onClick={() => run(checkIn, row.id, t('volunteer.checkedIn'))}
        data-testid={`check-in-${row.position}`}
      >
        {t('volunteer.checkIn')}
      </Button>
    ) : !row.checkedOutAt ? (
      <Button
        size="small"
        onClick={() => run(checkOut, row.id, t('volunteer.checkedOut'))}
        data-testid={`check-out-${row.position}`}
      >
        {t('volunteer.checkOut')}
      </Button>
    ) : (
      <Tag color={row.hoursStatus === 'APPROVED' ? 'green' : 'blue'}>
        {t(`volunteer.hoursStatus.${row.hoursStatus as 'RECORDED' | 'APPROVED' | 'NONE'}`)} ·{' '}
        {/* Once approved, the minutes that count (a correction may differ from the recorded ones). */}
        {row.hoursStatus === 'APPROVED' ? (row.approvedMinutes ?? row.recordedMinutes) : row.recordedMinutes}{' '}
        {t('volunteer.minutes')}
      </Tag>
    );
  const status = (s: string) => (
    <Tag color={s === 'SIGNED_UP' ? 'green' : s === 'WAITING' ? 'orange' : 'default'}>
      {t(`volunteer.status.${s as 'SIGNED_UP' | 'WAITING' | 'CANCELLED'}`)}
    </Tag>
  );

  return (
    <ListPage
      title={
        <Space wrap>
          <Link to={activitiesUrl({ community: list.values.community })}>{t('nav.volunteer')}</Link>/
          <span>{a?.title}</span>
        </Space>
      }
      notice={
        a ? (
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('volunteer.activity.time')}>
              {formatTime(a.startsAt)} – {formatTime(a.endsAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteer.activity.place')}>{a.place}</Descriptions.Item>
            <Descriptions.Item label={t('volunteer.activity.places')}>
              {a.signedUpCount} / {a.capacity}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteer.activity.code')}>
              <strong data-testid="check-code">{a.checkCode}</strong>
            </Descriptions.Item>
          </Descriptions>
        ) : null
      }
      error={error}
      paging={{ connection: conn, after: list.values.after, onPage: (after) => list.set({ after }) }}
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        columns={[
          { title: '#', dataIndex: 'position', width: 60 },
          { title: t('volunteer.name'), dataIndex: 'displayName' },
          { title: t('volunteer.signup.status'), dataIndex: 'status', render: status },
          { title: t('volunteer.signup.in'), dataIndex: 'checkedInAt', render: (v: string | null) => formatTime(v) },
          { title: t('volunteer.signup.out'), dataIndex: 'checkedOutAt', render: (v: string | null) => formatTime(v) },
          { title: '', key: 'actions', render: (_: unknown, row) => actions(row) },
        ]}
        renderCard={(row) => (
          <Space direction="vertical" size={4}>
            <span>
              #{row.position} <strong>{row.displayName}</strong> {status(row.status)}
            </span>
            {actions(row)}
          </Space>
        )}
      />
    </ListPage>
  );
}
