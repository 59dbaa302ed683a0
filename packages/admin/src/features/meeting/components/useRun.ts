import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { useI18n } from '../../../i18n';

/** Runs a mutation with the busy flag, a success toast and the translated error (antd App context). */
export function useRun(after?: () => unknown) {
  const { message } = App.useApp();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (work: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      try {
        await work();
        message.success(t('meeting.saved'));
        await after?.();
        return true;
      } catch (err) {
        message.error(errorText(err));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [after, errorText, message, t],
  );
  return { run, busy };
}
