import { useMutation, useQuery } from '@apollo/client/react';
import { App, Segmented } from 'antd';
import { useState } from 'react';
import { apiError, useErrorText } from '../../../app/errors';
import { ListPage, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { BindingList, type BindingRow } from '../components/BindingList';
import { RejectModal } from '../components/RejectModal';
import {
  ApproveHouseholdBindingDocument,
  HouseholdBindingsDocument,
  RejectHouseholdBindingDocument,
} from '../graphql/bindings';
import { BINDING_STATUSES, VERIFICATION_PARAMS } from '../urls';

const PAGE = 20;

/** 住户认证: pending bindings oldest first, approve or reject; other statuses for history. */
export function VerificationQueueView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useListParams(VERIFICATION_PARAMS);
  const status = list.values.status === 'ALL' ? null : list.values.status;
  const after = list.values.after;
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
    <ListPage
      title={t('nav.verification')}
      totalInHeader
      filters={
        <div style={{ overflowX: 'auto' }}>
          <Segmented
            value={list.values.status}
            onChange={(v) => list.set({ status: v })}
            options={[
              ...BINDING_STATUSES.map((s) => ({ value: s, label: t(`verify.status.${s}`) })),
              { value: 'ALL' as const, label: t('common.all') },
            ]}
          />
        </div>
      }
      error={error}
      paging={{ connection: conn, after, onPage: (a) => list.set({ after: a }) }}
      overlays={
        <RejectModal
          open={!!rejecting}
          revoke={rejecting?.status === 'APPROVED'}
          loading={rejectState.loading}
          serverError={rejectError}
          onCancel={() => setRejecting(null)}
          onSubmit={onReject}
        />
      }
    >
      <BindingList
        rows={conn?.edges.map((e) => e.node) ?? []}
        loading={loading}
        busyId={busyId}
        onApprove={onApprove}
        onReject={(row) => {
          setRejectError(null);
          setRejecting(row);
        }}
      />
    </ListPage>
  );
}
