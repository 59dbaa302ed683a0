import { useQuery } from '@apollo/client/react';
import {
  Button,
  Descriptions,
  Drawer,
  Grid,
  Input,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { session } from '../../../app/session';
import { useI18n } from '../../../i18n';
import { ActionsTab } from '../components/ActionsTab';
import { AgendaTab } from '../components/AgendaTab';
import { AttendanceTab } from '../components/AttendanceTab';
import { MinutesTab } from '../components/MinutesTab';
import { useMeetingMutations } from '../components/useMeetingMutations';
import { MeetingDetailDocument, MeetingOptionsDocument } from '../graphql/meeting';

/** Downloads the .ics with the session's token (the route wants the Bearer header, a plain link has none). */
async function downloadIcs(path: string, title: string) {
  const token = session.accessToken();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `${title}.ics`;
  a.click();
  URL.revokeObjectURL(url);
}

/** 会议详情: facts, then agenda and resolutions, attendance and check-in, minutes, action items. */
export function MeetingDrawer({ meetingId, onClose }: { meetingId: string | null; onClose(): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const phone = Grid.useBreakpoint().md === false;
  const { data, error, refetch } = useQuery(MeetingDetailDocument, {
    variables: { id: meetingId ?? '' },
    skip: !meetingId,
    fetchPolicy: 'cache-and-network',
  });
  const meeting = data?.meeting && data.meeting.id === meetingId ? data.meeting : undefined;
  const manage = meeting?.viewerCan.manage ?? false;
  const options = useQuery(MeetingOptionsDocument, {
    variables: { communityId: meeting?.communityId ?? '' },
    skip: !meeting || !manage,
    fetchPolicy: 'cache-and-network',
  });
  const refresh = async () => {
    await Promise.all([refetch(), manage ? options.refetch() : null]);
  };
  const m = useMeetingMutations(refresh);
  const [reason, setReason] = useState('');

  return (
    <Drawer
      open={!!meetingId}
      onClose={onClose}
      size={phone ? '100%' : 860}
      title={meeting?.title ?? t('nav.meeting')}
      destroyOnHidden
      data-testid="meeting-drawer"
      extra={
        meeting && (
          <Space wrap>
            <Button size="small" onClick={() => downloadIcs(meeting.icsPath, meeting.title)}>
              {t('meeting.ics')}
            </Button>
            {manage && meeting.state === 'PLANNED' && (
              <>
                <Button
                  size="small"
                  type="primary"
                  loading={m.busy}
                  onClick={() => m.hold(meeting.id)}
                  data-testid="meeting-hold"
                >
                  {t('meeting.hold')}
                </Button>
                <Popconfirm
                  title={t('meeting.cancelReason')}
                  description={<Input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />}
                  onConfirm={() => m.cancel(meeting.id, reason)}
                >
                  <Button size="small" danger>
                    {t('meeting.cancel')}
                  </Button>
                </Popconfirm>
              </>
            )}
          </Space>
        )
      }
    >
      {error && !meeting && <Result status="warning" title={errorText(error)} />}
      {!error && !meeting && <Skeleton active />}
      {meeting && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Descriptions size="small" column={phone ? 1 : 2} bordered>
            <Descriptions.Item label={t('meeting.state')}>
              <Tag data-testid="meeting-state">{t(`meeting.state.${meeting.state}`)}</Tag>
              {meeting.cancelReason}
            </Descriptions.Item>
            <Descriptions.Item label={t('meeting.kind')}>{t(`meeting.kind.${meeting.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('meeting.time')}>
              {formatTime(meeting.startsAt)} – {formatTime(meeting.endsAt).slice(11)}
            </Descriptions.Item>
            <Descriptions.Item label={t('meeting.place')}>
              <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                {[meeting.place, meeting.onlineUrl].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Descriptions.Item>
            {meeting.openToResidents && (
              <Descriptions.Item label={t('meeting.openToResidents')}>
                {t('meeting.registered', { count: meeting.registeredCount, capacity: meeting.residentCapacity })}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Tabs
            items={[
              {
                key: 'agenda',
                label: t('meeting.tab.agenda'),
                children: <AgendaTab meeting={meeting} options={options.data} m={m} />,
              },
              {
                key: 'attendance',
                label: t('meeting.tab.attendance'),
                children: <AttendanceTab meeting={meeting} options={options.data} m={m} />,
              },
              { key: 'minutes', label: t('meeting.tab.minutes'), children: <MinutesTab meeting={meeting} m={m} /> },
              {
                key: 'actions',
                label: t('meeting.tab.actions'),
                children: <ActionsTab meeting={meeting} options={options.data} m={m} />,
              },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
