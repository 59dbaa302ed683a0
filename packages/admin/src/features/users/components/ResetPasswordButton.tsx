import { useMutation } from '@apollo/client/react';
import { App, Button, Grid, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { useI18n } from '../../../i18n';
import { ResetStaffPasswordDocument } from '../graphql/staff-accounts';
import { OneTimeCode } from './OneTimeCode';

/** 重置密码: issues a one-time code (audited) and shows it once. For administrators, on staff members. */
export function ResetPasswordButton({ userId, name }: { userId: string; name: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const compact = Grid.useBreakpoint().md === false;
  const [reset, state] = useMutation(ResetStaffPasswordDocument);
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const go = async () => {
    try {
      const { data } = await reset({ variables: { input: { userId } } });
      if (data) setCode(data.resetStaffPassword.resetCode);
    } catch (err) {
      message.error(errorText(err));
    }
  };
  return (
    <>
      <Popconfirm
        title={t('staff.reset.confirm', { name })}
        onConfirm={go}
        okText={t('staff.reset')}
        cancelText={t('common.cancel')}
      >
        <Button loading={state.loading}>{t('staff.reset')}</Button>
      </Popconfirm>
      <Modal
        open={!!code}
        title={t('staff.reset')}
        onCancel={() => setCode(null)}
        width={compact ? '100%' : 480}
        footer={
          <Button type="primary" onClick={() => setCode(null)}>
            {t('staff.done')}
          </Button>
        }
      >
        {code && <OneTimeCode name={name} code={code.code} expiresAt={code.expiresAt} />}
      </Modal>
    </>
  );
}
