import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LoginPage } from '../features/auth/views/LoginPage';
import { useI18n } from '../i18n';
import { loadCatalogs } from '../i18n/catalog';
import { ShellSkeleton } from './ShellSkeleton';
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
  const [notice, setNotice] = useState<{ text: string; tone: 'info' | 'warning' } | null>(null);
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    // Signing out is not a session that ended: the page says which it was.
    if (wasSignedIn.current && !signedIn)
      setNotice(
        session.endedBy() === 'signOut'
          ? { text: t('login.signedOut'), tone: 'info' }
          : { text: t('login.expired'), tone: 'warning' },
      );
    if (signedIn) setNotice(null);
    wasSignedIn.current = signedIn;
  }, [signedIn, t]);
  useEffect(() => {
    if (!signedIn && location.pathname === '/login') return;
    if (signedIn && location.pathname === '/login') navigate('/', { replace: true });
  }, [signedIn, location.pathname, navigate]);
  if (!signedIn) return <LoginPage notice={notice?.text} noticeTone={notice?.tone} />;
  return (
    <Suspense fallback={<ShellSkeleton />}>
      <StaffConsole />
    </Suspense>
  );
}

export function App() {
  return <Gate />;
}
