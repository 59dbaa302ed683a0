import { useQuery } from '@apollo/client/react';
import { Button, DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { dayRangeInstants } from '../../../app/format';
import { ListFilters, ListPage, useFilterStyle, useListParams, usePageSize } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { operationText } from '../auditText';
import { AuditTable } from '../components/AuditTable';
import { AuditCommunitiesDocument, AuditLogDocument, AuditOperationsDocument } from '../graphql/audit';
import { AUDIT_TARGET_TYPES } from '../registry';
import { AUDIT_PARAMS } from '../urls';

const PAGE = 20;

/** 审计日志: staff actions newest first, filtered by community, operation, record kind and period. */
export function AuditLogView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(AUDIT_PARAMS);
  const f = list.values;
  const [pageSize, setPageSize] = usePageSize(PAGE);
  const { data, loading, error } = useQuery(AuditLogDocument, {
    variables: {
      communityId: f.community,
      operation: f.op,
      targetType: f.type,
      // Dates in the URL are calendar days; the API takes instants.
      ...dayRangeInstants(f.from, f.to),
      first: pageSize,
      after: f.after,
    },
  });
  const communities = useQuery(AuditCommunitiesDocument);
  // The filter knows every operation every module declares (the server's manifests), in its texts.
  const operations = useQuery(AuditOperationsDocument);
  const conn = data?.auditLog;

  return (
    <ListPage
      title={t('nav.audit')}
      filters={
        <ListFilters>
          <Select
            allowClear
            placeholder={t('audit.community')}
            aria-label={t('audit.community')}
            value={f.community ?? undefined}
            onChange={(v) => list.set({ community: v ?? null })}
            options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
            style={style(180)}
          />
          <Select
            allowClear
            showSearch
            placeholder={t('audit.operation')}
            aria-label={t('audit.operation')}
            value={f.op ?? undefined}
            onChange={(v) => list.set({ op: v ?? null })}
            optionFilterProp="label"
            options={(operations.data?.auditOperations ?? []).map((o) => ({
              value: o.operation,
              label: operationText(t, o.operation),
            }))}
            popupMatchSelectWidth={false}
            data-testid="audit-operation-filter"
            style={style(180)}
          />
          <Select
            allowClear
            placeholder={t('audit.targetType')}
            aria-label={t('audit.targetType')}
            value={f.type ?? undefined}
            onChange={(v) => list.set({ type: v ?? null })}
            options={AUDIT_TARGET_TYPES.map((type) => ({ value: type, label: type }))}
            style={style(180)}
          />
          <DatePicker.RangePicker
            aria-label={t('audit.range')}
            value={[f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null]}
            allowEmpty={[true, true]}
            onChange={(range) =>
              list.set({
                from: range?.[0]?.format('YYYY-MM-DD') ?? null,
                to: range?.[1]?.format('YYYY-MM-DD') ?? null,
              })
            }
            style={style(260, true)}
          />
          <Button onClick={list.reset}>{t('common.reset')}</Button>
        </ListFilters>
      }
      error={error}
      paging={{
        connection: conn,
        after: f.after,
        onPage: (after) => list.set({ after }),
        pageSize,
        onPageSize: setPageSize,
      }}
    >
      <AuditTable rows={conn?.edges.map((e) => e.node) ?? []} loading={loading} />
    </ListPage>
  );
}
