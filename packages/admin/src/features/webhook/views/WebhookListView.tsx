import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListPage, ResponsiveTable, useListParams } from '../../../app/list';
import type { WebhookSubscriptionListQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { CreateWebhookModal, type WebhookDraft } from '../components/CreateWebhookModal';
import { DeliveriesDrawer } from '../components/DeliveriesDrawer';
import {
  CreateWebhookSubscriptionDocument,
  ResendWebhookDeliveryDocument,
  SetWebhookSubscriptionPausedDocument,
  WebhookDeliveryListDocument,
  WebhookOrganisationsDocument,
  WebhookSubscriptionListDocument,
} from '../graphql/webhook';
import { WEBHOOK_PARAMS } from '../urls';

const PAGE = 20;

type Row = WebhookSubscriptionListQuery['webhookSubscriptions']['edges'][number]['node'];

/** Webhook subscriptions the viewer keeps: create (secret shown once), pause/resume, the delivery log. */
export function WebhookListView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useListParams(WEBHOOK_PARAMS);
  const f = list.values;
  const { data, loading, error } = useQuery(WebhookSubscriptionListDocument, {
    variables: { first: PAGE, after: f.after },
  });
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const orgs = useQuery(WebhookOrganisationsDocument, { skip: !creating });
  const [create, created] = useMutation(CreateWebhookSubscriptionDocument, {
    refetchQueries: ['WebhookSubscriptionList'],
  });
  const [setPaused] = useMutation(SetWebhookSubscriptionPausedDocument);
  const [resend] = useMutation(ResendWebhookDeliveryDocument, { refetchQueries: ['WebhookDeliveryList'] });
  const deliveries = useQuery(WebhookDeliveryListDocument, {
    variables: { subscriptionId: f.deliveries ?? '', first: PAGE, after: f.dafter },
    skip: !f.deliveries,
  });
  const conn = data?.webhookSubscriptions;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const open = rows.find((r) => r.id === f.deliveries);

  const save = async (draft: WebhookDraft) => {
    try {
      const r = await create({ variables: { input: draft } });
      setSecret(r.data?.createWebhookSubscription.secret ?? null);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const toggle = (r: Row) =>
    setPaused({ variables: { input: { id: r.id, paused: !r.paused } } }).catch((e) => message.error(errorText(e)));
  const status = (r: Row) =>
    r.paused ? (
      <Tag color={r.pausedReason === 'FAILING' ? 'red' : 'default'}>
        {t(r.pausedReason === 'FAILING' ? 'webhook.failing' : 'webhook.paused')}
      </Tag>
    ) : (
      <Tag color="green">{t('webhook.active')}</Tag>
    );
  /** The app a subscription belongs to (made with its key), if any. */
  const app = (r: Row) =>
    r.apiClient && (
      <div
        data-testid={`webhook-app-${r.name}`}
        style={{ fontSize: 12, color: r.apiClient.revoked ? '#cf1322' : '#666' }}
      >
        {t('webhook.app', { name: r.apiClient.name })}
        {r.apiClient.revoked && t('webhook.app.revoked')}
      </div>
    );
  const events = (r: Row) => r.events.map((e) => <Tag key={e}>{t(`webhook.event.${e}`)}</Tag>);
  const actions = (r: Row) => (
    <Space size={4} wrap>
      <Button size="small" onClick={() => list.set({ deliveries: r.id, dafter: null })}>
        {t('webhook.deliveries')}
      </Button>
      {r.paused ? (
        <Button size="small" onClick={() => toggle(r)}>
          {t('webhook.resume')}
        </Button>
      ) : (
        <Popconfirm title={t('webhook.pause')} onConfirm={() => toggle(r)}>
          <Button size="small">{t('webhook.pause')}</Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <ListPage
      title={t('nav.webhook')}
      actions={
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('webhook.new')}
        </Button>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <>
          <CreateWebhookModal
            open={creating}
            organisations={orgs.data?.organisations.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
            saving={created.loading}
            secret={secret}
            onSave={save}
            onClose={() => {
              setCreating(false);
              setSecret(null);
            }}
          />
          <DeliveriesDrawer
            open={Boolean(f.deliveries)}
            title={`${t('webhook.deliveries')} · ${open?.name ?? ''}`}
            rows={deliveries.data?.webhookDeliveries.edges.map((e) => e.node) ?? []}
            loading={deliveries.loading}
            connection={deliveries.data?.webhookDeliveries}
            after={f.dafter}
            onPage={(dafter) => list.set({ dafter })}
            onResend={(id) =>
              resend({ variables: { id } })
                .then(() => message.success(t('webhook.delivery.resent')))
                .catch((e) => message.error(errorText(e)))
            }
            onClose={() => list.set({ deliveries: null, dafter: null })}
          />
        </>
      }
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        empty={t('webhook.empty')}
        rowProps={(r) => ({ 'data-testid': `webhook-${r.name}` })}
        columns={[
          {
            title: t('webhook.name'),
            key: 'name',
            render: (_, r) => (
              <>
                {r.name}
                {app(r)}
              </>
            ),
          },
          { title: t('webhook.url'), dataIndex: 'url', ellipsis: true },
          { title: t('webhook.events'), key: 'events', render: (_, r) => events(r) },
          {
            title: t('webhook.status'),
            key: 'status',
            render: (_, r) => (
              <>
                {status(r)}
                {r.consecutiveFailures > 0 && t('webhook.failures', { count: r.consecutiveFailures })}
              </>
            ),
          },
          { title: t('webhook.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
          { title: '', key: 'actions', render: (_, r) => actions(r) },
        ]}
        renderCard={(r) => (
          <>
            <div>
              <strong>{r.name}</strong> {status(r)}
            </div>
            {app(r)}
            <div style={{ wordBreak: 'break-all' }}>{r.url}</div>
            <div>{events(r)}</div>
            {actions(r)}
          </>
        )}
      />
    </ListPage>
  );
}
