import 'dayjs/locale/zh-cn';
import { ConfigProvider } from 'antd';
// The ES builds: antd/locale/* re-export the CommonJS ones, a second copy of each locale in the bundle.
// en_US is antd's built-in default, so it is in the first chunk whatever is imported here.
import antdEnUS from 'antd/es/locale/en_US';
import antdZhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { catalogs, type MessageKey } from './catalog';
import type { Locale } from './define';

export type { Locale, MessageKey };

const STORAGE_KEY = 'roundtable.locale';

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en-US' ? 'en-US' : 'zh-CN';
}

/** Locale state, the translate function, and antd's ConfigProvider in the same language. */
export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = locale;
    const catalog = catalogs[locale];
    // The tab's title in the chosen language too (index.html carries the Chinese one until the script runs).
    if (catalog['app.documentTitle']) document.title = catalog['app.documentTitle'];
    return {
      locale,
      setLocale,
      t: (key, values) => {
        let text = catalog[key] ?? key;
        for (const [k, v] of Object.entries(values ?? {})) text = text.replaceAll(`{${k}}`, String(v));
        return text;
      },
    };
  }, [locale, setLocale]);
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={locale === 'zh-CN' ? antdZhCN : antdEnUS} theme={{ token: { colorPrimary: '#b91c1c' } }}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
