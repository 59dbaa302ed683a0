import { Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n';
import type { TabProps } from './types';

/** 会议纪要: HTML edited here, sanitised by the server; the preview shows what the server kept. */
export function MinutesTab({ meeting, m }: Omit<TabProps, 'options'>) {
  const { t } = useI18n();
  const [html, setHtml] = useState(meeting.minutesHtml ?? '');
  const manage = meeting.viewerCan.manage && meeting.state !== 'CANCELLED';
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Tag data-testid="minutes-state">{t(`meeting.minutes.state.${meeting.minutesState}`)}</Tag>
      {manage && (
        <>
          <Input.TextArea
            value={html}
            onChange={(e) => setHtml(e.target.value)}
            autoSize={{ minRows: 6 }}
            maxLength={50000}
            data-testid="minutes-editor"
          />
          <Typography.Text type="secondary">{t('meeting.minutes.hint')}</Typography.Text>
          <Space wrap>
            <Button loading={m.busy} onClick={() => m.minutes(meeting.id, html, false)}>
              {t('meeting.minutes.save')}
            </Button>
            <Button
              type="primary"
              disabled={meeting.state !== 'HELD'}
              loading={m.busy}
              onClick={() => m.minutes(meeting.id, html, true)}
            >
              {t('meeting.minutes.publish')}
            </Button>
          </Space>
        </>
      )}
      {meeting.minutesHtml && (
        <Card size="small" title={t('meeting.minutes.preview')}>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (sanitize-html allowlist MINUTES_HTML); nothing that runs reaches here */}
          <div className="meeting-minutes" dangerouslySetInnerHTML={{ __html: meeting.minutesHtml }} />
        </Card>
      )}
    </Space>
  );
}
