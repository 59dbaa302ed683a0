import { KeyOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { request } from '../../../app/request';
import { useI18n } from '../../../i18n';
import { SetPasswordWithCodeDocument } from '../graphql/auth';

interface Values {
  code: string;
  newPassword: string;
  confirm: string;
}

/** The code of a set-password link (`?setPasswordCode=…`), if the page was opened with one. */
export const codeFromUrl = (search = window.location.search): string | null =>
  new URLSearchParams(search).get('setPasswordCode');

/**
 * 设置密码: a staff member sets a password with the one-time code an administrator gave them (new
 * account or reset), then signs in with it. Lives on the sign-in page.
 */
export function SetPasswordForm({ initialCode, onDone }: { initialCode: string | null; onDone(): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ code: initialCode ?? '' }}
      data-testid="set-password-form"
      onFinish={async (v) => {
        setError(null);
        setLoading(true);
        try {
          await request(SetPasswordWithCodeDocument, { input: { code: v.code.trim(), newPassword: v.newPassword } });
          setLoading(false);
          onDone();
        } catch (err) {
          setLoading(false);
          const text = errorText(err);
          if (!applyFieldError(form, err, text)) setError(text);
        }
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item name="code" label={t('setPassword.code')} rules={[{ required: true, message: t('error.required') }]}>
        <Input prefix={<KeyOutlined />} autoComplete="one-time-code" placeholder="XXXX-XXXX-XXXX" maxLength={40} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('setPassword.new')}
        extra={t('setPassword.rule')}
        rules={[
          { required: true, message: t('error.required') },
          { min: 8, max: 72, message: t('setPassword.rule') },
          { pattern: /(?=.*[A-Za-z])(?=.*\d)/, message: t('setPassword.rule') },
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('setPassword.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('error.required') },
          ({ getFieldValue }) => ({
            validator: (_, v) =>
              !v || v === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('setPassword.mismatch'))),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loading}>
        {t('setPassword.submit')}
      </Button>
    </Form>
  );
}
