import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, Popconfirm, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { apiError, useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useCompact, useListParams } from '../../../app/list';
import { useViewer } from '../../../app/viewer';
import { useI18n } from '../../../i18n';
import { ApiClientForm, type ApiClientValues } from '../components/ApiClientForm';
import { KeyDialog } from '../components/KeyDialog';
import { RotateDialog } from '../components/RotateDialog';
import {
  ApiClientListDocument,
  ApiClientOwnersDocument,
  CreateApiClientDocument,
  RevokeApiClientDocument,
  RotateApiClientKeyDocument,
  UpdateApiClientDocument,
} from '../graphql/api-client';
import { API_CLIENT_PARAMS } from '../urls';

const PAGE = 20;

interface Row {
  id: string;
  name: string;
  organisationName: string;
  keyId: string;
  previousKeyValidUntil: string | null;
  allowedOrigins: string[];
  budgetPerMinute: number;
  revokedAt: string | null;
  version: number;
  createdAt: string;
}

/** 应用接入: the apps of the viewer's streets — register (key shown once), edit, rotate, revoke. */
export function ApiClientListView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { may } = useViewer();
  const compact = useCompact();
  const list = useListParams(API_CLIENT_PARAMS);
  const f = list.values;
  const { data, loading, error, refetch } = useQuery(ApiClientListDocument, {
    variables: { first: PAGE, after: f.after, includeRevoked: f.revoked },
  });
  const manage = may('apiclient.manage');
  const owners = useQuery(ApiClientOwnersDocument, { skip: f.edit !== 'new' });
  const [create, createState] = useMutation(CreateApiClientDocument);
  const [update, updateState] = useMutation(UpdateApiClientDocument);
  const [rotate, rotateState] = useMutation(RotateApiClientKeyDocument);
  const [revoke] = useMutation(RevokeApiClientDocument);
  const [fieldError, setFieldError] = useState<{ field: string; text: string } | null>(null);
  const [shownKey, setShownKey] = useState<string | null>(null);

  const conn = data?.apiClients;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const editing = f.edit && f.edit !== 'new' ? rows.find((r) => r.id === f.edit) : undefined;
  const rotating = f.rotate ? rows.find((r) => r.id === f.rotate) : undefined;
  const editInitial = useMemo(
    () =>
      editing
        ? { name: editing.name, allowedOrigins: editing.allowedOrigins, budgetPerMinute: editing.budgetPerMinute }
        : undefined,
    [editing],
  );
  const ownerOptions = owners.data?.organisations.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];

  const fail = (err: unknown) => {
    const e = apiError(err);
    if (e?.field) setFieldError({ field: e.field, text: errorText(err) });
    else message.error(errorText(err));
  };

  const submit = async (v: ApiClientValues) => {
    setFieldError(null);
    try {
      if (editing) {
        await update({
          variables: {
            input: {
              id: editing.id,
              name: v.name,
              allowedOrigins: v.allowedOrigins,
              budgetPerMinute: v.budgetPerMinute,
              expectedVersion: editing.version,
            },
          },
        });
        message.success(t('common.saved'));
      } else {
        const r = await create({
          variables: {
            input: {
              organisationId: v.organisationId ?? '',
              name: v.name,
              allowedOrigins: v.allowedOrigins,
              budgetPerMinute: v.budgetPerMinute,
            },
          },
        });
        setShownKey(r.data?.createApiClient.key ?? null);
      }
      list.set({ edit: null });
      await refetch();
    } catch (err) {
      fail(err);
    }
  };

  const doRotate = async (overlapSeconds: number) => {
    if (!rotating) return;
    try {
      const r = await rotate({ variables: { input: { id: rotating.id, overlapSeconds } } });
      list.set({ rotate: null });
      setShownKey(r.data?.rotateApiClientKey.key ?? null);
      await refetch();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const doRevoke = async (row: Row) => {
    try {
      await revoke({ variables: { input: { id: row.id } } });
      message.success(t('common.saved'));
      await refetch();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const status = (r: Row) =>
    r.revokedAt ? <Tag color="red">{t('apiClient.revoked')}</Tag> : <Tag color="green">{t('apiClient.active')}</Tag>;
  const origins = (r: Row) =>
    r.allowedOrigins.length ? (
      r.allowedOrigins.join(', ')
    ) : (
      <Typography.Text type="secondary">{t('apiClient.anyOrigin')}</Typography.Text>
    );
  const overlap = (r: Row) =>
    !r.revokedAt && r.previousKeyValidUntil && new Date(r.previousKeyValidUntil).getTime() > Date.now() ? (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('apiClient.overlapUntil', { time: formatTime(r.previousKeyValidUntil) })}
      </Typography.Text>
    ) : null;
  const actions = (r: Row) =>
    manage && !r.revokedAt ? (
      <Space size={4} wrap>
        <Button
          size="small"
          onClick={() => {
            setFieldError(null);
            list.set({ edit: r.id });
          }}
        >
          {t('apiClient.edit')}
        </Button>
        <Button size="small" onClick={() => list.set({ rotate: r.id })}>
          {t('apiClient.rotate')}
        </Button>
        <Popconfirm
          title={t('apiClient.revokeConfirm')}
          okText={t('apiClient.revoke')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => doRevoke(r)}
        >
          <Button size="small" danger>
            {t('apiClient.revoke')}
          </Button>
        </Popconfirm>
      </Space>
    ) : null;

  return (
    <ListPage
      title={t('nav.apiClient')}
      actions={
        manage ? (
          <Button
            type="primary"
            size="small"
            icon={<PlusOutlined />}
            aria-label={t('apiClient.create')}
            onClick={() => {
              setFieldError(null);
              list.set({ edit: 'new' });
            }}
          >
            {compact ? null : t('apiClient.create')}
          </Button>
        ) : null
      }
      filters={
        <ListFilters>
          <Checkbox checked={f.revoked} onChange={(e) => list.set({ revoked: e.target.checked })}>
            {t('apiClient.showRevoked')}
          </Checkbox>
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <>
          <ApiClientForm
            open={f.edit === 'new' || !!editing}
            mode={editing ? 'edit' : 'create'}
            initial={editInitial}
            owners={ownerOptions}
            loading={createState.loading || updateState.loading}
            fieldError={fieldError}
            onCancel={() => list.set({ edit: null })}
            onSubmit={submit}
          />
          <RotateDialog
            open={!!rotating}
            name={rotating?.name ?? ''}
            loading={rotateState.loading}
            onCancel={() => list.set({ rotate: null })}
            onRotate={doRotate}
          />
          <KeyDialog apiKey={shownKey} onClose={() => setShownKey(null)} />
        </>
      }
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        rowProps={(r) => ({ 'data-testid': `app-${r.name}` })}
        columns={[
          {
            title: t('apiClient.name'),
            dataIndex: 'name',
            render: (_: string, r) => (
              <Space direction="vertical" size={0}>
                <strong>{r.name}</strong>
                <Typography.Text code style={{ fontSize: 12 }}>
                  {r.keyId}
                </Typography.Text>
                {overlap(r)}
              </Space>
            ),
          },
          { title: t('apiClient.owner'), dataIndex: 'organisationName' },
          { title: t('apiClient.origins'), key: 'origins', render: (_: unknown, r) => origins(r) },
          { title: t('apiClient.budget'), dataIndex: 'budgetPerMinute', align: 'right' },
          { title: t('apiClient.status'), key: 'status', render: (_: unknown, r) => status(r) },
          { title: t('apiClient.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
          { title: '', key: 'actions', render: (_: unknown, r) => actions(r) },
        ]}
        renderCard={(r) => (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap>
              <strong>{r.name}</strong>
              {status(r)}
            </Space>
            <Typography.Text type="secondary">
              {r.organisationName} · {t('apiClient.budget')} {r.budgetPerMinute}
            </Typography.Text>
            <Typography.Text code style={{ fontSize: 12 }}>
              {r.keyId}
            </Typography.Text>
            {overlap(r)}
            <div>{origins(r)}</div>
            {actions(r)}
          </Space>
        )}
      />
    </ListPage>
  );
}
