import { Alert, Button, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../../app/format';
import type { Attendance } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import type { TabProps } from './types';

const ATTENDANCE: Attendance[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

/** Parties and their attendance; the door code and QR link for check-in; inviting organisations. */
export function AttendanceTab({ meeting, options, m }: TabProps) {
  const { t } = useI18n();
  const [org, setOrg] = useState<string | undefined>();
  const manage = meeting.viewerCan.manage;
  const invited = new Set(meeting.parties.map((p) => p.organisation?.id));
  const orgs = (options?.organisations.edges ?? []).map((e) => e.node).filter((o) => !invited.has(o.id));
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {meeting.checkInCode && (
        <Alert
          type="info"
          showIcon
          title={
            <Space wrap>
              {t('meeting.checkIn')}
              <Typography.Text code copyable data-testid="check-in-code">
                {meeting.checkInCode}
              </Typography.Text>
            </Space>
          }
          description={
            <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
              <Typography.Text type="secondary">{t('meeting.checkInHint')}</Typography.Text>
              <Typography.Text copyable style={{ overflowWrap: 'anywhere' }}>
                {meeting.checkInLink}
              </Typography.Text>
            </Space>
          }
        />
      )}
      {manage && meeting.state === 'PLANNED' && (
        <Card size="small">
          <Space wrap style={{ width: '100%' }}>
            <Select
              value={org}
              onChange={setOrg}
              placeholder={t('meeting.party.organisation')}
              style={{ minWidth: 220, maxWidth: '100%' }}
              data-testid="invite-org"
              options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${t(`orgs.kind.${o.kind}`)}）` }))}
            />
            <Button
              disabled={!org}
              loading={m.busy}
              onClick={async () => {
                if (org && (await m.invite({ meetingId: meeting.id, kind: 'ORGANISATION', organisationId: org })))
                  setOrg(undefined);
              }}
              data-testid="invite-submit"
            >
              {t('meeting.party.invite')}
            </Button>
          </Space>
        </Card>
      )}
      {meeting.parties.length === 0 ? (
        <Empty description={t('meeting.party.empty')} />
      ) : (
        <List
          size="small"
          dataSource={meeting.parties}
          renderItem={(p) => (
            <List.Item data-testid="party">
              <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
                <Space size={6} wrap>
                  <Typography.Text strong>{p.organisation?.name ?? p.user?.displayName}</Typography.Text>
                  <Tag>{t(`meeting.party.kind.${p.kind}`)}</Tag>
                  {p.checkedInAt && <Typography.Text type="secondary">{formatTime(p.checkedInAt)}</Typography.Text>}
                </Space>
                {manage && meeting.state !== 'CANCELLED' ? (
                  <Select<Attendance>
                    size="small"
                    value={p.attendance === 'UNKNOWN' ? undefined : p.attendance}
                    placeholder={t('meeting.attendance.UNKNOWN')}
                    style={{ width: 140 }}
                    data-testid="party-attendance"
                    onChange={(v) => m.attend(p.id, v)}
                    options={ATTENDANCE.map((a) => ({ value: a, label: t(`meeting.attendance.${a}`) }))}
                  />
                ) : (
                  <Tag>{t(`meeting.attendance.${p.attendance}`)}</Tag>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
