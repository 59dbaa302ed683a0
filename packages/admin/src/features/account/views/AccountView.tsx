import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Flex, Form, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { Pager } from '../../../app/Pager';
import { session } from '../../../app/session';
import { useViewer } from '../../../app/viewer';
import { useI18n } from '../../../i18n';
import {
  ChangePasswordDocument,
  MySessionsDocument,
  RevokeSessionDocument,
  SignOutOtherSessionsDocument,
  UpdateMyProfileDocument,
} from '../graphql/account';

const PAGE = 10;

/** "Chrome 131 · Windows" from a User-Agent, enough to tell one's devices apart. */
export function deviceOf(ua: string | null): string {
  if (!ua) return '';
  const browser =
    /Edg\/(\d+)/.exec(ua)?.[0].replace('Edg/', 'Edge ') ??
    /MicroMessenger\/([\d.]+)/.exec(ua)?.[0].replace('MicroMessenger/', 'WeChat ') ??
    /Chrome\/(\d+)/.exec(ua)?.[0].replace('Chrome/', 'Chrome ') ??
    /Firefox\/(\d+)/.exec(ua)?.[0].replace('Firefox/', 'Firefox ') ??
    (/Safari\//.test(ua) ? 'Safari' : null);
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  return [browser, os].filter(Boolean).join(' · ') || ua.slice(0, 40);
}

function ProfileCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { me } = useViewer();
  const [form] = Form.useForm<{ displayName: string }>();
  const [update, state] = useMutation(UpdateMyProfileDocument, { refetchQueries: ['Me'] });
  return (
    <Card size="small" title={t('account.profile')}>
      <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('account.phone')}</Typography.Text>
        <Typography.Text data-testid="account-phone">{me.phone}</Typography.Text>
      </Space>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ displayName: me.displayName }}
        requiredMark={false}
        data-testid="profile-form"
        onFinish={async (v) => {
          try {
            await update({ variables: { input: { displayName: v.displayName.trim() } } });
            message.success(t('account.nameSaved'));
          } catch (err) {
            const text = errorText(err);
            if (!applyFieldError(form, err, text)) message.error(text);
          }
        }}
      >
        <Form.Item
          name="displayName"
          label={t('account.displayName')}
          rules={[{ required: true, whitespace: true, message: t('error.required') }, { max: 30 }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={state.loading}>
          {t('account.saveName')}
        </Button>
      </Form>
    </Card>
  );
}

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

function PasswordCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<PasswordValues>();
  const [change, state] = useMutation(ChangePasswordDocument, { refetchQueries: ['MySessions'] });
  return (
    <Card size="small" title={t('account.password')}>
      <Form<PasswordValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        data-testid="password-form"
        onFinish={async (v) => {
          try {
            const { data } = await change({
              variables: { input: { currentPassword: v.currentPassword, newPassword: v.newPassword } },
            });
            if (!data) return;
            // Every session ended, this one included: carry on with the new one's tokens.
            session.save({
              accessToken: data.changePassword.accessToken,
              refreshToken: data.changePassword.refreshToken,
            });
            form.resetFields();
            message.success(t('account.passwordChanged'));
          } catch (err) {
            const text = errorText(err);
            if (!applyFieldError(form, err, text)) message.error(text);
          }
        }}
      >
        <Form.Item
          name="currentPassword"
          label={t('account.currentPassword')}
          rules={[{ required: true, message: t('error.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account.newPassword')}
          extra={t('account.passwordRule')}
          rules={[
            { required: true, message: t('error.required') },
            { min: 8, max: 72, message: t('account.passwordRule') },
            { pattern: /(?=.*[A-Za-z])(?=.*\d)/, message: t('account.passwordRule') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('error.required') },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || v === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('account.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('account.passwordEndsSessions')}
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={state.loading}>
          {t('account.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}

function SessionsCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useApolloClient();
  const [after, setAfter] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, {
    variables: { first: PAGE, after },
    notifyOnNetworkStatusChange: true,
  });
  const [revoke] = useMutation(RevokeSessionDocument);
  const [others, othersState] = useMutation(SignOutOtherSessionsDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const conn = data?.mySessions;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const hasOthers = (conn?.totalCount ?? 0) > 1;

  const end = async (id: string) => {
    setBusy(id);
    try {
      await revoke({ variables: { input: { sessionId: id } } });
      message.success(t('account.sessionEnded'));
      await refetch();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(null);
    }
  };
  const endOthers = async () => {
    try {
      const { data: d } = await others();
      message.success(t('account.othersEnded', { count: d?.signOutOtherSessions.count ?? 0 }));
      setAfter(null);
      await client.refetchQueries({ include: ['MySessions'] });
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Card
      size="small"
      title={t('account.sessions')}
      extra={
        hasOthers && (
          <Popconfirm
            title={t('account.confirmOthers')}
            onConfirm={endOthers}
            okText={t('account.signOutOthers')}
            cancelText={t('common.cancel')}
          >
            <Button size="small" danger loading={othersState.loading} data-testid="sign-out-others">
              {t('account.signOutOthers')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('account.sessionsHint')}
      </Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          showIcon
          title={errorText(error)}
          action={
            <Button size="small" onClick={() => refetch()}>
              {t('account.retry')}
            </Button>
          }
        />
      )}
      {!error && (
        <List
          loading={loading}
          dataSource={rows}
          rowKey="id"
          locale={{ emptyText: t('account.noSessions') }}
          renderItem={(s) => (
            <List.Item data-testid="session-row">
              <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }} wrap>
                <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
                  <Space size={6} wrap>
                    <Typography.Text strong>{deviceOf(s.userAgent) || t('account.unknownDevice')}</Typography.Text>
                    {s.current && <Tag color="green">{t('account.thisDevice')}</Tag>}
                  </Space>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('account.lastActive', { time: formatTime(s.lastActiveAt) })}
                    {s.ip ? ` · ${s.ip}` : ''}
                  </Typography.Text>
                </Space>
                {!s.current && (
                  <Popconfirm
                    title={t('account.confirmEnd')}
                    onConfirm={() => end(s.id)}
                    okText={t('account.endSession')}
                    cancelText={t('common.cancel')}
                  >
                    <Button size="small" loading={busy === s.id}>
                      {t('account.endSession')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {(conn?.totalCount ?? 0) > PAGE && (
        <Pager
          totalCount={conn?.totalCount}
          hasNextPage={conn?.pageInfo.hasNextPage}
          endCursor={conn?.pageInfo.endCursor}
          after={after}
          onPage={setAfter}
        />
      )}
    </Card>
  );
}

/** 我的账号: display name, password, signed-in devices. Every staff member, for themself. */
export function AccountView() {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nav.account')}
      </Typography.Title>
      <ProfileCard />
      <PasswordCard />
      <SessionsCard />
    </Space>
  );
}
