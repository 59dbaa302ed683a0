import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LoginPage } from '../features/auth/views/LoginPage';
import { useI18n } from '../i18n';
import { loadCatalogs } from '../i18n/catalog';
import { PageSpinner } from './PageSpinner';
import { session } from './session';

function useSignedIn(): boolean {
  useSyncExternalStore(session.subscribe, session.snapshot);
  return session.isSignedIn();
}

// Everything behind sign-in (layout, menu, home page, sections) is its own chunk: the first screen is
// the login page, and it loads only what it shows. A signed-in start asks for the chunk at once.
// The console's texts (every feature's catalog) arrive with it, before it renders.
const loadStaffConsole = () => Promise.all([import('./StaffConsole'), loadCatalogs()]).then(([m]) => m);
if (session.isSignedIn()) void loadStaffConsole();
const StaffConsole = lazy(loadStaffConsole);

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
  return (
    <Suspense fallback={<PageSpinner />}>
      <StaffConsole />
    </Suspense>
  );
}

export function App() {
  return <Gate />;
}
