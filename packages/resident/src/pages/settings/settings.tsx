import { Button, Switch, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card, Chip, Field, NavRow, Page } from '../../components/Page';
import { request } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { closeLive } from '../../lib/live';
import { Logout } from '../../lib/ops';
import { prefs, session, useStored } from '../../lib/store';

/** Language, large text and high contrast (kept on the device), and signing out. */
export default function Settings() {
  const { t } = useT();
  const p = useStored(prefs);
  const s = useStored(session);
  async function signOut() {
    try {
      await request(Logout);
    } catch {
      /* signed out here anyway */
    }
    closeLive();
    session.set(null);
    void Taro.reLaunch({ url: '/pages/login/login' });
  }
  return (
    <Page title={t('settings')} tab="settings">
      <Card title={s?.displayName}>
        <Field label={t('language')}>
          <View className="rt-chips">
            <Chip on={p.locale === 'zh-CN'} onClick={() => prefs.set({ ...p, locale: 'zh-CN' })}>
              中文
            </Chip>
            <Chip on={p.locale === 'en-US'} onClick={() => prefs.set({ ...p, locale: 'en-US' })}>
              English
            </Chip>
          </View>
        </Field>
        <View className="rt-row rt-list-item" style={{ justifyContent: 'space-between' }}>
          <View>{t('largeText')}</View>
          <Switch
            checked={p.largeText}
            color="#b71c1c"
            data-testid="large-text"
            onChange={(e) => prefs.set({ ...p, largeText: e.detail.value })}
          />
        </View>
        <View className="rt-row rt-list-item" style={{ justifyContent: 'space-between' }}>
          <View>{t('highContrast')}</View>
          <Switch
            checked={p.highContrast}
            color="#b71c1c"
            data-testid="high-contrast"
            onChange={(e) => prefs.set({ ...p, highContrast: e.detail.value })}
          />
        </View>
      </Card>
      <Card>
        <NavRow url="/pages/privacy/privacy" label={t('myData')} testId="my-data" />
      </Card>
      <Button className="rt-btn rt-btn-plain" onClick={signOut}>
        {t('signOut')}
      </Button>
    </Page>
  );
}
