import { useQuery } from '@apollo/client/react';
import { App as AntApp, Button, Result, Spin } from 'antd';
import { Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { MeDocument } from '../features/auth/graphql/auth';
import { LoginPage } from '../features/auth/views/LoginPage';
import { useI18n } from '../i18n';
import { AppLayout, useLogout } from './AppLayout';
import { HomePage } from './HomePage';
import { sectionsFor } from './sections';
import { session } from './session';
import { ViewerProvider } from './viewer';

function useSignedIn(): boolean {
  useSyncExternalStore(session.subscribe, session.snapshot);
  return session.isSignedIn();
}

export const PageSpinner = () => (
  <div style={{ padding: 48, textAlign: 'center' }}>
    <Spin />
  </div>
);

/** Loads `me`, then shows the sections the viewer's roles allow. */
function StaffConsole() {
  const { t } = useI18n();
  const { data, error } = useQuery(MeDocument);
  const logout = useLogout();
  if (error) return <Result status="warning" title={t('error.network')} />;
  if (!data) return <PageSpinner />;
  const roles = data.me.memberships.map((m) => m.role);
  const sections = sectionsFor(roles);
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
    <ViewerProvider me={data.me}>
      <AppLayout>
        <Suspense fallback={<PageSpinner />}>
          <Routes>
            <Route index element={<HomePage />} />
            {sections.map(({ path, Routes: FeatureRoutes }) => (
              <Route key={path} path={`${path.slice(1)}/*`} element={<FeatureRoutes />} />
            ))}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </AppLayout>
    </ViewerProvider>
  );
}

/**
 * Signed out: the login page at any URL (the URL is kept, so after sign-in the staff member lands
 * where the link pointed). A session that ends mid-use (revoked, expired) shows a notice.
 */
function Gate() {
  const signedIn = useSignedIn();
  const { t } = useI18n();
  const wasSignedIn = useRef(signedIn);
  const [notice, setNotice] = useState<string | null>(null);
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (wasSignedIn.current && !signedIn) setNotice(t('login.expired'));
    if (signedIn) setNotice(null);
    wasSignedIn.current = signedIn;
  }, [signedIn, t]);
  useEffect(() => {
    if (!signedIn && location.pathname === '/login') return;
    if (signedIn && location.pathname === '/login') navigate('/', { replace: true });
  }, [signedIn, location.pathname, navigate]);
  if (!signedIn) return <LoginPage notice={notice} />;
  return <StaffConsole />;
}

/** The console: antd's App (for message/notification through App.useApp) around the gate. */
export function App() {
  return (
    <AntApp>
      <Gate />
    </AntApp>
  );
}
