import { App as AntApp, Layout, Select, Space, Typography } from 'antd';
import { ServerInfoCard } from '../features/system/ServerInfoCard';
import { type Locale, useI18n } from '../i18n';

/** The console shell. */
export function App() {
  const { t, locale, setLocale } = useI18n();
  return (
    <AntApp>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header
          style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 16 }}
        >
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <Space>
            <Select<Locale>
              aria-label={t('app.language')}
              value={locale}
              onChange={setLocale}
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en-US', label: 'English' },
              ]}
              style={{ width: 110 }}
            />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <ServerInfoCard />
        </Layout.Content>
      </Layout>
    </AntApp>
  );
}
