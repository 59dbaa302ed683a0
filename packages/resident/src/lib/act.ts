import { useState } from 'react';
import { errorText, useT } from './i18n';

/** Runs a resident's action, then reloads what it changed; the error is kept for an ErrorLine. */
export function useAct(reload: () => Promise<unknown>) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function act(run: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    setBusy(true);
    try {
      await run();
      await reload();
      return true;
    } catch (e) {
      setError(errorText(t, e));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { act, error, busy };
}
