import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PropsWithChildren, ReactNode } from 'react';
import { useEffect } from 'react';
import { errorText, formatTime, useT } from '../lib/i18n';
import { prefs, session, useStored } from '../lib/store';

const TABS = [
  { url: '/pages/index/index', key: 'home' },
  { url: '/pages/matters/matters', key: 'myMatters' },
  { url: '/pages/settings/settings', key: 'settings' },
] as const;

/**
 * Every page: the resident's text size and contrast, the title, the bottom tabs; pages behind sign-in
 * send a signed-out resident to the login page.
 */
export function Page({
  title,
  tab,
  children,
  needsSession = true,
  actions,
}: PropsWithChildren<{
  title: string;
  tab?: (typeof TABS)[number]['key'];
  needsSession?: boolean;
  actions?: ReactNode;
}>) {
  const p = useStored(prefs);
  const s = useStored(session);
  const { t } = useT();
  useEffect(() => {
    Taro.setNavigationBarTitle({ title });
    if (process.env.TARO_ENV === 'h5') document.documentElement.lang = p.locale;
  }, [title, p.locale]);
  useEffect(() => {
    if (needsSession && !s) void Taro.reLaunch({ url: '/pages/login/login' });
  }, [needsSession, s]);
  const cls = ['rt-page', p.largeText ? 'rt-large' : '', p.highContrast ? 'rt-contrast' : ''].join(' ');
  return (
    <View className={cls}>
      <View className="rt-header">
        <Text className="rt-header-title">{title}</Text>
        {actions}
      </View>
      <View className="rt-body">{children}</View>
      {tab && (
        <View className="rt-tabs">
          {TABS.map((x) => (
            <View
              key={x.key}
              className={`rt-tab ${x.key === tab ? 'rt-tab-on' : ''}`}
              onClick={() => x.key !== tab && void Taro.reLaunch({ url: x.url })}
            >
              {t(x.key)}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

export function Card({ children, title }: PropsWithChildren<{ title?: string }>) {
  return (
    <View className="rt-card">
      {title && <View className="rt-card-title">{title}</View>}
      {children}
    </View>
  );
}

/** A large tappable choice (older residents find chips easier than pickers). */
export function Chip({ on, onClick, children }: PropsWithChildren<{ on?: boolean; onClick: () => void }>) {
  return (
    <View className={`rt-chip ${on ? 'rt-chip-on' : ''}`} onClick={onClick} aria-selected={on}>
      {children}
    </View>
  );
}

export function Tag({ tone, children }: PropsWithChildren<{ tone: 'ok' | 'warn' | 'bad' | 'info' }>) {
  return <Text className={`rt-tag rt-tag-${tone}`}>{children}</Text>;
}

export function Field({ label, children }: PropsWithChildren<{ label: string }>) {
  return (
    <View className="rt-field">
      <View className="rt-label">{label}</View>
      {children}
    </View>
  );
}

export function ErrorLine({ text }: { text: string | null }) {
  return text ? (
    <View className="rt-error" role="alert">
      {text}
    </View>
  ) : null;
}

/**
 * Above a list: "更新于 …" (or, with a bad connection, "网络不通，显示的是 … 的内容") and the error when
 * nothing could be shown.
 */
export function LoadState({ q }: { q: { data: { at: string } | null; stale: boolean; error: unknown } }) {
  const { t, locale } = useT();
  return (
    <>
      {q.data && (
        <View className={q.stale ? 'rt-notice' : 'rt-muted'} style={{ marginBottom: '8px' }} data-testid="loaded-at">
          {q.stale
            ? t('offlineShowing', { time: formatTime(q.data.at, locale) })
            : t('lastLoaded', { time: formatTime(q.data.at, locale) })}
        </View>
      )}
      {!q.stale && q.error ? <ErrorLine text={errorText(t, q.error)} /> : null}
    </>
  );
}

/** "加载更多" under a list that has another page (bounded by usePagedQuery). */
export function More({ show, onClick }: { show: boolean; onClick: () => void }) {
  const { t } = useT();
  return show ? (
    <View className="rt-link" style={{ textAlign: 'center' }} onClick={onClick} data-testid="more">
      {t('more')}
    </View>
  ) : null;
}

/** A large tappable row that opens another page. */
export function NavRow({ url, label, testId }: { url: string; label: string; testId?: string }) {
  return (
    <View className="rt-list-item rt-nav" data-testid={testId} onClick={() => void Taro.navigateTo({ url })}>
      {label}
    </View>
  );
}
