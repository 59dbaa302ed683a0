import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Drawer, Grid, Layout, Menu, Select, Space, Typography } from 'antd';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { LogoutDocument } from '../features/auth/graphql/auth';
import { type Locale, useI18n } from '../i18n';
import { sectionOf, sectionsFor } from './sections';
import { session } from './session';
import { useViewer } from './viewer';

/** The header bell and live feed: its own chunk, so the first screen does not wait for it. */
const NotificationCenter = lazy(() => import('../features/notifications/views/NotificationCenter'));

/** Signs out on the server (best effort), then forgets the tokens and the cached data. */
export function useLogout() {
  const client = useApolloClient();
  const [logout] = useMutation(LogoutDocument);
  return async () => {
    try {
      await logout();
    } catch {
      /* the session may already be gone; signing out locally is what matters */
    }
    session.clear('signOut');
    await client.clearStore();
  };
}

/** Header, role-aware menu (a Drawer below 768 px) and the page. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const { me, roles, definitions } = useViewer();
  const screens = Grid.useBreakpoint();
  // Before the first measurement `md` is undefined: treat as desktop only when it is known.
  const phone = screens.md === false;
  const [drawer, setDrawer] = useState(false);
  const location = useLocation();
  const logout = useLogout();
  const sections = sectionsFor(definitions, roles);
  const selected = sectionOf(sections, location.pathname)?.path ?? '/';

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      onClick={() => setDrawer(false)}
      items={sections.map((s) => ({ key: s.path, icon: s.icon, label: <Link to={s.path}>{t(s.label)}</Link> }))}
      style={{ borderInlineEnd: 0 }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          paddingInline: phone ? 8 : 16,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {phone && (
          <Button
            type="text"
            aria-label={t('app.menu')}
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            onClick={() => setDrawer(true)}
          />
        )}
        <Link to="/" style={{ minWidth: 0 }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
            {t('app.title')}
          </Typography.Title>
        </Link>
        <div style={{ flex: 1 }} />
        <Space size={phone ? 4 : 12}>
          <Suspense fallback={null}>
            <NotificationCenter compact={phone} />
          </Suspense>
          {!phone && (
            <Typography.Text style={{ color: '#fff' }} data-testid="current-user">
              <UserOutlined /> {me.displayName}
            </Typography.Text>
          )}
          <Select<Locale>
            aria-label={t('app.language')}
            value={locale}
            onChange={setLocale}
            size={phone ? 'small' : 'middle'}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en-US', label: 'English' },
            ]}
            style={{ width: phone ? 84 : 110 }}
          />
          <Button
            icon={<LogoutOutlined />}
            size={phone ? 'small' : 'middle'}
            onClick={logout}
            aria-label={t('app.logout')}
          >
            {phone ? null : t('app.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        {!phone && (
          <Layout.Sider width={200} theme="light" breakpoint="md" collapsedWidth={0} trigger={null}>
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? 8 : 16, minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
      {phone && (
        <Drawer
          open={drawer}
          onClose={() => setDrawer(false)}
          placement="left"
          size={260}
          title={
            <Space orientation="vertical" size={0}>
              <span>{t('app.title')}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="current-user">
                {me.displayName}
              </Typography.Text>
            </Space>
          }
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}
