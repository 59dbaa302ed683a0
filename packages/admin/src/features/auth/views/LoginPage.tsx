import { LockOutlined, MobileOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space, Typography, theme } from 'antd';
import { useState } from 'react';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { request } from '../../../app/request';
import { session } from '../../../app/session';
import { useI18n } from '../../../i18n';
import { LoginDocument } from '../graphql/auth';
import { codeFromUrl, SetPasswordForm } from './SetPasswordForm';

interface LoginValues {
  phone: string;
  password: string;
}

/**
 * Phone + password sign-in. Errors are shown inline (codes translated, with wait times).
 *
 * The first screen, so it uses only light antd parts: a plain panel rather than Card (which brings
 * Tabs and Menu) and a language button rather than Select (see the initial-JS budget in README).
 */
export function LoginPage({
  notice,
  noticeTone = 'warning',
}: {
  notice?: string | null;
  noticeTone?: 'info' | 'warning';
}) {
  const { t, locale, setLocale } = useI18n();
  const { token } = theme.useToken();
  const errorText = useErrorText();
  const [form] = Form.useForm<LoginValues>();
  // A plain request, not Apollo's useMutation: Apollo Client loads with the console, after sign-in.
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Set a password with an administrator's one-time code (a link carries it in the URL).
  const [codeMode, setCodeMode] = useState(() => codeFromUrl() !== null);
  const [passwordSet, setPasswordSet] = useState(false);

  const submit = async (values: LoginValues) => {
    setError(null);
    setLoading(true);
    try {
      const data = await request(LoginDocument, {
        input: { phone: values.phone.trim(), password: values.password },
      });
      // The console's Apollo cache (if this tab had one) is emptied on the new sign-in (app/apollo.ts).
      session.save({ accessToken: data.login.accessToken, refreshToken: data.login.refreshToken });
    } catch (err) {
      const text = errorText(err);
      if (!applyFieldError(form, err, text)) setError(text);
    } finally {
      setLoading(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(160deg, #fef2f2 0%, #f5f5f5 60%)',
      }}
    >
      <div
        style={{
          width: '100%',
          maxWidth: 380,
          boxSizing: 'border-box',
          padding: token.paddingLG,
          background: token.colorBgContainer,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
          fontFamily: token.fontFamily,
          fontSize: token.fontSize,
          color: token.colorText,
        }}
      >
        <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 16 }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={3} style={{ margin: 0, color: '#b91c1c' }}>
              {t('app.title')}
            </Typography.Title>
            {/* Named by the language it switches to (its text), in that language. */}
            <Button
              size="small"
              title={t('app.language')}
              autoInsertSpace={false}
              lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}
              onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
            >
              {locale === 'zh-CN' ? 'English' : '中文'}
            </Button>
          </Space>
          <Typography.Text strong>{codeMode ? t('setPassword.title') : t('login.title')}</Typography.Text>
          <Typography.Text type="secondary">{t('login.hint')}</Typography.Text>
        </Space>
        {(error || notice) && (
          <Alert
            type={error ? 'error' : noticeTone === 'info' ? 'success' : 'warning'}
            showIcon
            title={error ?? notice}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        {passwordSet && !codeMode && (
          <Alert type="success" showIcon title={t('setPassword.done')} style={{ marginBottom: 16 }} />
        )}
        {codeMode ? (
          <>
            <SetPasswordForm
              initialCode={codeFromUrl()}
              onDone={() => {
                window.history.replaceState(null, '', window.location.pathname);
                setPasswordSet(true);
                setCodeMode(false);
              }}
            />
            <Button type="link" block onClick={() => setCodeMode(false)} style={{ marginTop: 8 }}>
              {t('setPassword.back')}
            </Button>
          </>
        ) : (
          <Form<LoginValues> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item
              name="phone"
              label={t('login.phone')}
              rules={[
                { required: true, message: t('error.required') },
                { pattern: /^\s*1\d{10}\s*$/, message: t('login.phoneInvalid') },
              ]}
            >
              <Input prefix={<MobileOutlined />} inputMode="numeric" autoComplete="username" maxLength={11} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('error.required') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading}>
              {t('login.submit')}
            </Button>
            <Button type="link" block onClick={() => setCodeMode(true)} style={{ marginTop: 8 }}>
              {t('setPassword.link')}
            </Button>
          </Form>
        )}
      </div>
    </div>
  );
}
