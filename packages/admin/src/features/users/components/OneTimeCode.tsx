import { Alert, Space, Typography } from 'antd';
import { formatTime } from '../../../app/format';
import { useI18n } from '../../../i18n';

/** The sign-in page link that opens the set-password form with the code filled in. */
export const setPasswordLink = (code: string, origin = window.location.origin) =>
  `${origin}/?setPasswordCode=${encodeURIComponent(code)}`;

/** A one-time code, shown once to the administrator: the code, the link, when it stops working. Props only. */
export function OneTimeCode({ name, code, expiresAt }: { name: string; code: string; expiresAt: string }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="one-time-code">
      <Alert type="warning" showIcon title={t('staff.code.once', { name })} />
      <Typography.Text type="secondary">{t('staff.code.label')}</Typography.Text>
      <Typography.Text copyable strong style={{ fontSize: 22, fontFamily: 'monospace', letterSpacing: 1 }}>
        {code}
      </Typography.Text>
      <Typography.Text type="secondary">{t('staff.code.link')}</Typography.Text>
      <Typography.Text copyable={{ text: setPasswordLink(code) }} style={{ wordBreak: 'break-all' }}>
        {setPasswordLink(code)}
      </Typography.Text>
      <Typography.Text type="secondary">{t('staff.code.expires', { time: formatTime(expiresAt) })}</Typography.Text>
    </Space>
  );
}
