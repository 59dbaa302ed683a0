import { useMutation, useQuery } from '@apollo/client/react';
import { App, Card, Grid, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { apiError, useErrorText } from '../../../app/errors';
import { Pager } from '../../../app/Pager';
import { useUrlState } from '../../../app/url';
import { useI18n } from '../../../i18n';
import { BindingList, type BindingRow } from '../components/BindingList';
import { RejectModal } from '../components/RejectModal';
import {
  ApproveHouseholdBindingDocument,
  HouseholdBindingsDocument,
  RejectHouseholdBindingDocument,
} from '../graphql/bindings';
import { BINDING_STATUSES, parseVerificationParams } from '../urls';

const PAGE = 20;

/** 住户认证: pending bindings oldest first, approve or reject; other statuses for history. */
export function VerificationQueueView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const compact = Grid.useBreakpoint().md === false;
  const [params, setParams] = useUrlState();
  const { status, after } = parseVerificationParams(params);
  const { data, loading, error, refetch } = useQuery(HouseholdBindingsDocument, {
    variables: { status, first: PAGE, after },
    notifyOnNetworkStatusChange: true,
  });
  const [approve] = useMutation(ApproveHouseholdBindingDocument);
  const [reject, rejectState] = useMutation(RejectHouseholdBindingDocument);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<BindingRow | null>(null);
  const [rejectError, setRejectError] = useState<string | null>(null);

  const onApprove = async (row: BindingRow) => {
    setBusyId(row.id);
    try {
      await approve({ variables: { input: { bindingId: row.id } } });
      message.success(t('verify.approved'));
      await refetch();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusyId(null);
    }
  };

  const onReject = async (reason: string) => {
    if (!rejecting) return;
    setRejectError(null);
    try {
      await reject({ variables: { input: { bindingId: rejecting.id, reason } } });
      message.success(rejecting.status === 'APPROVED' ? t('verify.revoked') : t('verify.rejected'));
      setRejecting(null);
      await refetch();
    } catch (err) {
      if (apiError(err)?.field === 'reason') setRejectError(errorText(err));
      else message.error(errorText(err));
    }
  };

  const conn = data?.householdBindings;
  return (
    <Card
      title={t('nav.verification')}
      size="small"
      extra={
        compact ? null : (
          <Typography.Text type="secondary">{t('common.total', { count: conn?.totalCount ?? 0 })}</Typography.Text>
        )
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <div style={{ overflowX: 'auto' }}>
          <Segmented
            value={status ?? 'ALL'}
            onChange={(v) => setParams({ status: v === 'PENDING' ? null : String(v), after: null })}
            options={[
              ...BINDING_STATUSES.map((s) => ({ value: s, label: t(`verify.status.${s}`) })),
              { value: 'ALL', label: t('common.all') },
            ]}
          />
        </div>
        {error && <Typography.Text type="danger">{errorText(error)}</Typography.Text>}
        <BindingList
          rows={conn?.edges.map((e) => e.node) ?? []}
          loading={loading}
          compact={compact}
          busyId={busyId}
          onApprove={onApprove}
          onReject={(row) => {
            setRejectError(null);
            setRejecting(row);
          }}
        />
        <Pager
          totalCount={conn?.totalCount}
          hasNextPage={conn?.pageInfo.hasNextPage}
          endCursor={conn?.pageInfo.endCursor}
          after={after}
          onPage={(a) => setParams({ after: a })}
        />
      </Space>
      <RejectModal
        open={!!rejecting}
        revoke={rejecting?.status === 'APPROVED'}
        loading={rejectState.loading}
        serverError={rejectError}
        onCancel={() => setRejecting(null)}
        onSubmit={onReject}
      />
    </Card>
  );
}
