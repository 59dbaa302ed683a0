import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, List, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorMessageKey, useErrorText } from '../../app/errors';
import { useI18n } from '../../i18n';
import { BulkAcceptDocument, BulkMergeDocument, BulkRejectDocument } from './graphql';

export interface Selected {
  id: string;
  title: string;
  version: number;
}
type Kind = 'accept' | 'reject' | 'merge';
interface Outcome {
  ticketId: string;
  ok: boolean;
  code?: string | null;
  reason?: string | null;
}

/**
 * The bulk bar of the workbench: the selected tickets, accept-and-route, reject with one reason
 * or merge into one; each ticket goes through the server's own pipeline with the version seen
 * here, and the result names each ticket that failed and why.
 */
export function BulkBar({
  selected,
  organisations,
  onClear,
  onDone,
}: {
  selected: Selected[];
  organisations: { value: string; label: string }[];
  onClear(): void;
  onDone(): void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [kind, setKind] = useState<Kind | null>(null);
  const [outcome, setOutcome] = useState<Outcome[] | null>(null);
  const [form] = Form.useForm();
  const [accept, a] = useMutation(BulkAcceptDocument);
  const [reject, r] = useMutation(BulkRejectDocument);
  const [merge, m] = useMutation(BulkMergeDocument);
  const busy = a.loading || r.loading || m.loading;
  const error = a.error ?? r.error ?? m.error;

  const items = (ids: Selected[]) => ids.map((s) => ({ ticketId: s.id, expectedVersion: s.version }));
  const submit = async (v: { organisationIds?: string[]; reason?: string; primaryTicketId?: string }) => {
    let results: Outcome[] | undefined;
    if (kind === 'accept') {
      const res = await accept({
        variables: { input: { items: items(selected), organisationIds: v.organisationIds ?? [] } },
      }).catch(() => null);
      results = res?.data?.bulkAcceptTickets.results;
    } else if (kind === 'reject') {
      const res = await reject({ variables: { input: { items: items(selected), reason: v.reason ?? '' } } }).catch(
        () => null,
      );
      results = res?.data?.bulkRejectTickets.results;
    } else if (kind === 'merge') {
      const others = selected.filter((s) => s.id !== v.primaryTicketId);
      const res = await merge({
        variables: { input: { items: items(others), primaryTicketId: v.primaryTicketId ?? '' } },
      }).catch(() => null);
      results = res?.data?.bulkMergeTickets.results;
    }
    if (!results) return;
    setKind(null);
    setOutcome(results);
    onDone();
  };
  const title = (id: string) => selected.find((s) => s.id === id)?.title ?? id;
  const failed = outcome?.filter((o) => !o.ok) ?? [];

  return (
    <div
      data-testid="bulk-bar"
      style={{
        display: selected.length > 0 ? 'flex' : 'none',
        flexWrap: 'wrap',
        gap: 8,
        alignItems: 'center',
        padding: '8px 0',
      }}
    >
      <Typography.Text strong>{t('desk.bulk.selected', { n: selected.length })}</Typography.Text>
      <Space wrap size={8}>
        <Button type="primary" onClick={() => setKind('accept')}>
          {t('desk.bulk.accept')}
        </Button>
        <Button danger onClick={() => setKind('reject')}>
          {t('desk.bulk.reject')}
        </Button>
        <Button disabled={selected.length < 2} onClick={() => setKind('merge')}>
          {t('desk.bulk.merge')}
        </Button>
        <Button type="text" onClick={onClear}>
          {t('desk.bulk.clear')}
        </Button>
      </Space>
      <Modal
        open={kind !== null}
        title={kind ? t(`desk.bulk.${kind}`) : ''}
        onCancel={() => setKind(null)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        destroyOnHidden
        forceRender
      >
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          {kind === 'accept' && (
            <Form.Item name="organisationIds" label={t('desk.bulk.organisations')} rules={[{ required: true }]}>
              <Select mode="multiple" options={organisations} optionFilterProp="label" />
            </Form.Item>
          )}
          {kind === 'reject' && (
            <Form.Item name="reason" label={t('desk.bulk.reason')} rules={[{ required: true, min: 2, max: 500 }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          )}
          {kind === 'merge' && (
            <Form.Item name="primaryTicketId" label={t('desk.bulk.primary')} rules={[{ required: true }]}>
              <Select options={selected.map((s) => ({ value: s.id, label: s.title }))} />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={outcome !== null}
        title={t('desk.bulk.result', { ok: (outcome?.length ?? 0) - failed.length, failed: failed.length })}
        onCancel={() => {
          setOutcome(null);
          onClear();
        }}
        footer={null}
      >
        <List
          data-testid="bulk-result"
          dataSource={failed}
          renderItem={(o) => (
            <List.Item>
              {t('desk.bulk.failed', {
                title: title(o.ticketId),
                reason: t(errorMessageKey({ code: o.code ?? 'INTERNAL', reason: o.reason ?? undefined })),
              })}
            </List.Item>
          )}
        />
      </Modal>
    </div>
  );
}
