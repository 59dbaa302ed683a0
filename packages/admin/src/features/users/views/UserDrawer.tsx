import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Grid,
  List,
  Popconfirm,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { apiError, useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { useViewer } from '../../../app/viewer';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { OrganisationKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { GrantForm, type GrantValues } from '../components/GrantForm';
import { ResetPasswordButton } from '../components/ResetPasswordButton';
import {
  GrantMembershipDocument,
  RevealUserPhoneDocument,
  RevokeMembershipDocument,
  ScopeOptionsDocument,
  SetUserDisabledDocument,
  UserByPhoneDocument,
  UserDetailFields,
  UserDocument,
} from '../graphql/users';

/** One user: memberships, reveal phone (audited), grant/revoke roles, disable/enable. */
export function UserDrawer({
  userId,
  phone,
  onClose,
}: {
  userId: string | null;
  phone: string | null;
  onClose(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { definitions } = useViewer();
  const compact = Grid.useBreakpoint().md === false;
  const byId = useQuery(UserDocument, { variables: { id: userId ?? '' }, skip: !userId });
  const byPhone = useQuery(UserByPhoneDocument, { variables: { phone: phone ?? '' }, skip: !phone || !!userId });
  const user = getFragmentData(UserDetailFields, byId.data?.user ?? byPhone.data?.userByPhone);
  const error = byId.error ?? byPhone.error;
  const loading = byId.loading || byPhone.loading;
  const refetch = () => (userId ? byId.refetch() : byPhone.refetch());

  const scopesQ = useQuery(ScopeOptionsDocument, { skip: !user?.viewerCan.grantMembership });
  const scopes = useMemo(() => {
    const d = scopesQ.data;
    const opts = (edges?: { node: { id: string; name: string; kind?: OrganisationKind } }[]) =>
      (edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name, kind: e.node.kind }));
    return {
      STREET: opts(d?.streets.edges),
      COMMUNITY: opts(d?.communities.edges),
      ESTATE: opts(d?.estates.edges),
      ORGANISATION: opts(d?.organisations.edges),
    };
  }, [scopesQ.data]);

  const [reveal, revealState] = useMutation(RevealUserPhoneDocument);
  const [revealed, setRevealed] = useState<{ userId: string; phone: string } | null>(null);
  const [grant, grantState] = useMutation(GrantMembershipDocument);
  const [revoke] = useMutation(RevokeMembershipDocument);
  const [setDisabled, disableState] = useMutation(SetUserDisabledDocument);

  const onReveal = async () => {
    if (!user) return;
    try {
      const { data } = await reveal({ variables: { input: { userId: user.id } } });
      if (data) setRevealed(data.revealUserPhone);
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const onGrant = async (v: GrantValues): Promise<boolean> => {
    if (!user) return false;
    try {
      await grant({
        variables: {
          input: {
            userId: user.id,
            role: v.role,
            scopeKind: v.scopeKind,
            scopeId: v.scopeKind === 'SYSTEM' ? null : v.scopeId,
          },
        },
      });
      message.success(t('users.granted'));
      await refetch();
      return true;
    } catch (err) {
      const e = apiError(err);
      message.error(e?.field ? `${errorText(err)} (${e.field})` : errorText(err));
      return false;
    }
  };
  const onRevoke = async (membershipId: string) => {
    try {
      await revoke({ variables: { input: { membershipId } } });
      message.success(t('users.revoked'));
      await refetch();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const onDisable = async (disabled: boolean) => {
    if (!user) return;
    try {
      await setDisabled({ variables: { input: { userId: user.id, disabled } } });
      message.success(disabled ? t('users.disabledDone') : t('users.enabledDone'));
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const shownPhone = user && revealed?.userId === user.id ? revealed.phone : user?.phone;
  return (
    <Drawer
      open={!!userId || !!phone}
      onClose={onClose}
      title={user?.displayName ?? t('users.detail')}
      size={compact ? '100%' : 480}
      destroyOnHidden
    >
      {loading && <Spin />}
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {user && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('users.name')}>
              <Space>
                {user.displayName}
                {user.isPartyMember && <Tag color="red">{t('users.partyMember')}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('users.phone')}>
              <Space wrap>
                <span data-testid="user-phone">{shownPhone}</span>
                {user.viewerCan.revealPhone && revealed?.userId !== user.id && (
                  <Button size="small" icon={<EyeOutlined />} loading={revealState.loading} onClick={onReveal}>
                    {t('users.revealPhone')}
                  </Button>
                )}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('users.status')}>
              {user.disabled ? (
                <Tag color="red">{t('users.disabled')}</Tag>
              ) : (
                <Tag color="green">{t('users.active')}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('users.registeredAt')}>{formatTime(user.createdAt)}</Descriptions.Item>
          </Descriptions>
          {user.viewerCan.revealPhone && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('users.revealAudited')}
            </Typography.Text>
          )}
          <Divider titlePlacement="start" style={{ margin: '4px 0' }}>
            {t('users.memberships')}
          </Divider>
          <List
            size="small"
            dataSource={user.memberships}
            locale={{ emptyText: t('users.noMemberships') }}
            renderItem={(m) => (
              <List.Item
                actions={
                  user.viewerCan.grantMembership
                    ? [
                        <Popconfirm
                          key="revoke"
                          title={t('users.confirmRevoke', { role: t(`role.${m.role}`), scope: m.scopeName })}
                          onConfirm={() => onRevoke(m.id)}
                          okText={t('users.revoke')}
                          cancelText={t('common.cancel')}
                        >
                          <Button size="small" type="link" danger>
                            {t('users.revoke')}
                          </Button>
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <Space orientation="vertical" size={0}>
                  <span>
                    <Tag color="red">{t(`role.${m.role}`)}</Tag>
                    {m.scopeName}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`scope.${m.scopeKind}`)} · {formatTime(m.createdAt)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          {user.viewerCan.grantMembership && (
            <>
              <Divider titlePlacement="start" style={{ margin: '4px 0' }}>
                {t('users.grant')}
              </Divider>
              <GrantForm definitions={definitions} scopes={scopes} loading={grantState.loading} onSubmit={onGrant} />
            </>
          )}
          {user.viewerCan.disable && (
            <>
              <Divider style={{ margin: '4px 0' }} />
              {user.memberships.some((m) => m.role !== 'RESIDENT') && (
                <ResetPasswordButton userId={user.id} name={user.displayName} />
              )}
              {user.disabled ? (
                <Button loading={disableState.loading} onClick={() => onDisable(false)}>
                  {t('users.enable')}
                </Button>
              ) : (
                <Popconfirm
                  title={t('users.confirmDisable')}
                  onConfirm={() => onDisable(true)}
                  okText={t('users.disable')}
                  cancelText={t('common.cancel')}
                >
                  <Button danger loading={disableState.loading}>
                    {t('users.disable')}
                  </Button>
                </Popconfirm>
              )}
            </>
          )}
        </Space>
      )}
    </Drawer>
  );
}
