/**
 * The signed-in session: both tokens in localStorage so a reload keeps the staff member signed in
 * (and every tab of the console shares them; see `refreshTokens` for how tabs take turns).
 * A tiny external store (for `useSyncExternalStore`) so the link can sign the console out.
 */
const ACCESS = 'roundtable.accessToken';
const REFRESH = 'roundtable.refreshToken';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let version = 0;
/** Why the last session of this tab ended: the staff member signed out, or the server ended it. */
let endedBy: 'signOut' | 'server' = 'server';

function emit() {
  version += 1;
  for (const l of listeners) l();
}

// Another tab signed in, refreshed or signed out: the tokens in storage changed under this tab.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === ACCESS || e.key === REFRESH) emit();
  });
}

export const session = {
  accessToken: (): string | null => localStorage.getItem(ACCESS),
  refreshToken: (): string | null => localStorage.getItem(REFRESH),
  isSignedIn: (): boolean => !!localStorage.getItem(ACCESS) && !!localStorage.getItem(REFRESH),
  save(tokens: SessionTokens) {
    localStorage.setItem(ACCESS, tokens.accessToken);
    localStorage.setItem(REFRESH, tokens.refreshToken);
    emit();
  },
  /** Forgets the tokens: `signOut` when the staff member asked for it (the login page then says so). */
  clear(reason: 'signOut' | 'server' = 'server') {
    endedBy = reason;
    const had = localStorage.getItem(ACCESS) !== null || localStorage.getItem(REFRESH) !== null;
    localStorage.removeItem(ACCESS);
    localStorage.removeItem(REFRESH);
    if (had) emit();
  },
  /** Why the session ended last (read once the console is signed out). */
  endedBy: (): 'signOut' | 'server' => endedBy,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Changes whenever the tokens do: the snapshot for `useSyncExternalStore`. */
  snapshot: (): number => version,
};
