import { Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n';
import { sectionsFor } from './sections';
import { useViewer } from './viewer';

/** Landing page for staff without figures: who you are and where you can go (no developer facts). */
export function HomePage() {
  const { t } = useI18n();
  const { me, roles, definitions } = useViewer();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={me.displayName} size="small">
        <Typography.Paragraph type="secondary">{t('home.roles')}</Typography.Paragraph>
        <Space wrap>
          {me.memberships.map((m) => (
            <Tag key={m.id} color="red">
              {t(`role.${m.role}`)} · {m.scopeName}
            </Tag>
          ))}
        </Space>
      </Card>
      <Card size="small" title={t('home.pick')}>
        <List
          dataSource={sectionsFor(definitions, roles)}
          renderItem={(s) => (
            <List.Item>
              <Link to={s.path}>
                {s.icon} {t(s.label)}
              </Link>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
