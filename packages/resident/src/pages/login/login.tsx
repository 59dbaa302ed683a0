import { Button, Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Card, ErrorLine, Field, Page } from '../../components/Page';
import { WechatLogin } from '../../components/WechatLogin';
import { request } from '../../lib/api';
import { errorText, useT } from '../../lib/i18n';
import { closeLive } from '../../lib/live';
import { LoginWithSmsCode, RegisterResident, RequestSmsCode } from '../../lib/ops';
import { session } from '../../lib/store';

/** Sign in with an SMS code (a new phone registers with a name first). */
export default function Login() {
  const { t } = useT();
  const [register, setRegister] = useState(false);
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (wait <= 0) return;
    const id = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(id);
  }, [wait]);

  async function getCode() {
    setError(null);
    if (!/^1\d{10}$/.test(phone)) return setError(t('required', { field: t('phone') }));
    try {
      const r = await request(RequestSmsCode, { input: { phone, purpose: register ? 'REGISTER' : 'LOGIN' } });
      setWait(r.requestSmsCode.resendAfterSeconds || 60);
      void Taro.showToast({ title: t('codeSent'), icon: 'none' });
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  function signedIn(auth: { accessToken: string; refreshToken: string; user: { id: string; displayName: string } }) {
    closeLive();
    session.set({
      accessToken: auth.accessToken,
      refreshToken: auth.refreshToken,
      userId: auth.user.id,
      displayName: auth.user.displayName,
    });
    void Taro.reLaunch({ url: '/pages/index/index' });
  }

  async function signIn() {
    setError(null);
    if (!code) return setError(t('required', { field: t('smsCode') }));
    if (register && !name.trim()) return setError(t('required', { field: t('displayName') }));
    setBusy(true);
    try {
      const auth = register
        ? (await request(RegisterResident, { input: { phone, smsCode: code, displayName: name.trim() } }))
            .registerResident
        : (await request(LoginWithSmsCode, { input: { phone, smsCode: code } })).loginWithSmsCode;
      signedIn(auth);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('loginTitle')} needsSession={false}>
      {/* Only the mini program can call wx.login; the H5 build drops this branch. */}
      {process.env.TARO_ENV === 'weapp' && <WechatLogin onSignedIn={signedIn} />}
      <Card>
        <Field label={t('phone')}>
          <Input
            className="rt-input"
            type="number"
            maxlength={11}
            placeholder={t('phone')}
            value={phone}
            onInput={(e) => setPhone(e.detail.value)}
          />
        </Field>
        {register && (
          <Field label={t('displayName')}>
            <Input
              className="rt-input"
              placeholder={t('displayName')}
              value={name}
              onInput={(e) => setName(e.detail.value)}
            />
          </Field>
        )}
        <Field label={t('smsCode')}>
          <View className="rt-row">
            <Input
              className="rt-input"
              type="number"
              maxlength={6}
              placeholder={t('smsCode')}
              value={code}
              onInput={(e) => setCode(e.detail.value)}
            />
            <Button
              className={`rt-btn rt-btn-plain rt-btn-small${wait > 0 ? ' rt-btn-off' : ''}`}
              disabled={wait > 0}
              onClick={getCode}
            >
              {wait > 0 ? t('resendIn', { s: wait }) : t('getCode')}
            </Button>
          </View>
        </Field>
        <ErrorLine text={error} />
        <Button className={`rt-btn${busy ? ' rt-btn-off' : ''}`} disabled={busy} onClick={signIn}>
          {register ? t('register') : t('signIn')}
        </Button>
        <View className="rt-link" onClick={() => setRegister(!register)}>
          {register ? t('haveAccount') : t('newResident')}
        </View>
      </Card>
    </Page>
  );
}
