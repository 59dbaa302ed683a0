import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { graphql } from '../gql';
import { request } from '../lib/api';
import { errorText, useT } from '../lib/i18n';
import { ErrorLine } from './Page';

const LoginWithWechat = graphql(`
  mutation ResidentLoginWithWechat($input: LoginWithWechatInput!) {
    loginWithWechat(input: $input) {
      linkToken
      linkTokenExpiresAt
      session {
        accessToken
        refreshToken
        user {
          id
          displayName
        }
      }
    }
  }
`);

const LinkWechatPhone = graphql(`
  mutation ResidentLinkWechatPhone($input: LinkWechatPhoneInput!) {
    linkWechatPhone(input: $input) {
      accessToken
      refreshToken
      user {
        id
        displayName
      }
    }
  }
`);

interface Auth {
  accessToken: string;
  refreshToken: string;
  user: { id: string; displayName: string };
}

/**
 * 微信一键登录 (mini program only): `wx.login` gives a code, `loginWithWechat` a session when this WeChat
 * user is linked already; otherwise a link token, and the resident proves a phone with WeChat's
 * getPhoneNumber button (`linkWechatPhone`). The SMS form below stays for everyone else.
 */
export function WechatLogin({ onSignedIn }: { onSignedIn: (auth: Auth) => void }) {
  const { t } = useT();
  const [linkToken, setLinkToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(step: () => Promise<void>) {
    setError(null);
    setBusy(true);
    try {
      await step();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const signIn = () =>
    run(async () => {
      const { code } = await Taro.login();
      const r = (await request(LoginWithWechat, { input: { code } })).loginWithWechat;
      if (r.session) onSignedIn(r.session);
      else setLinkToken(r.linkToken ?? null);
    });

  const link = (phoneCode: string | undefined) =>
    run(async () => {
      if (!phoneCode || !linkToken) return;
      onSignedIn((await request(LinkWechatPhone, { input: { linkToken, phoneCode } })).linkWechatPhone);
    });

  return (
    <View>
      {linkToken ? (
        <Button
          className={`rt-btn${busy ? ' rt-btn-off' : ''}`}
          openType="getPhoneNumber"
          onGetPhoneNumber={(e) => void link((e.detail as { code?: string }).code)}
        >
          {t('wechatPhone')}
        </Button>
      ) : (
        <Button className={`rt-btn${busy ? ' rt-btn-off' : ''}`} disabled={busy} onClick={signIn}>
          {t('wechatLogin')}
        </Button>
      )}
      <ErrorLine text={error} />
      <View className="rt-muted" style={{ textAlign: 'center', margin: '16px 0' }}>
        {t('orSms')}
      </View>
    </View>
  );
}
