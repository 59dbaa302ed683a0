import { ApolloProvider, useQuery } from '@apollo/client/react';
import { App as AntApp, Button, Result } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { MeDocument } from '../features/auth/graphql/auth';
import { useI18n } from '../i18n';
import { AppLayout, useLogout } from './AppLayout';
import { getConsoleClient } from './apollo';
import { ConsoleSkeleton, PageSpinner } from './PageSpinner';
import { sectionsFor } from './sections';
import { ViewerProvider } from './viewer';

// The home page is the staff dashboard (analysis feature; the menu page for viewers without figures).
const DashboardHome = lazy(() => import('../features/analysis/dashboard/DashboardHome'));

/**
 * Loads `me`, then shows the sections the viewer's roles allow, inside antd's App (message, notification
 * and modal through `App.useApp()`, used only behind sign-in).
 */
export default function StaffConsole() {
  // Apollo Client is made here, with the console's chunk: the sign-in page does without it.
  return (
    <ApolloProvider client={getConsoleClient()}>
      <Console />
    </ApolloProvider>
  );
}

function Console() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(MeDocument, { notifyOnNetworkStatusChange: true });
  const logout = useLogout();
  // The server is down (or the network): say so, retry, or sign out (a broken session may be why).
  if (error && !data)
    return (
      <Result
        status="warning"
        title={t('app.loadFailed')}
        subTitle={t('app.loadFailedHint')}
        data-testid="console-load-failed"
        extra={[
          <Button key="retry" type="primary" onClick={() => void refetch().catch(() => undefined)}>
            {t('common.retry')}
          </Button>,
          <Button key="logout" onClick={logout}>
            {t('app.logout')}
          </Button>,
        ]}
      />
    );
  if (!data) return <ConsoleSkeleton />;
  const roles = data.me.memberships.map((m) => m.role);
  const sections = sectionsFor(data.roleDefinitions, roles);
  if (sections.length === 0) {
    return (
      <Result
        status="403"
        title={t('resident.title')}
        subTitle={t('resident.body')}
        extra={<Button onClick={logout}>{t('app.logout')}</Button>}
      />
    );
  }
  return (
    <AntApp>
      <ViewerProvider me={data.me} definitions={data.roleDefinitions}>
        <AppLayout>
          <Suspense fallback={<PageSpinner />}>
            <Routes>
              <Route index element={<DashboardHome />} />
              {sections.map(({ path, Routes: FeatureRoutes }) => (
                <Route key={path} path={`${path.slice(1)}/*`} element={<FeatureRoutes />} />
              ))}
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </Suspense>
        </AppLayout>
      </ViewerProvider>
    </AntApp>
  );
}
