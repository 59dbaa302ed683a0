import { useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Grid, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useErrorText } from '../../../app/errors';
import { dayRangeInstants } from '../../../app/format';
import { Pager } from '../../../app/Pager';
import { useUrlState } from '../../../app/url';
import { useI18n } from '../../../i18n';
import { AuditTable } from '../components/AuditTable';
import { AuditCommunitiesDocument, AuditLogDocument } from '../graphql/audit';
import { KNOWN_OPERATIONS, operationLabel, TARGET_TYPES } from '../messages';
import { parseAuditParams } from '../urls';

const PAGE = 20;

/** 审计日志: staff actions newest first, filtered by community, operation, record kind and period. */
export function AuditLogView() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const compact = Grid.useBreakpoint().md === false;
  const [params, setParams] = useUrlState();
  const f = parseAuditParams(params);
  const { data, loading, error } = useQuery(AuditLogDocument, {
    variables: {
      communityId: f.communityId,
      operation: f.operation,
      targetType: f.targetType,
      // Dates in the URL are calendar days; the API takes instants.
      ...dayRangeInstants(f.from, f.to),
      first: PAGE,
      after: f.after,
    },
  });
  const communities = useQuery(AuditCommunitiesDocument);
  const conn = data?.auditLog;
  const filterWidth = compact ? '100%' : 180;

  return (
    <Card title={t('nav.audit')} size="small">
      <Space wrap style={{ marginBottom: 12, width: '100%' }}>
        <Select
          allowClear
          placeholder={t('audit.community')}
          aria-label={t('audit.community')}
          value={f.communityId ?? undefined}
          onChange={(v) => setParams({ community: v ?? null, after: null })}
          options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
          style={{ width: filterWidth, minWidth: 160 }}
        />
        <Select
          allowClear
          showSearch
          placeholder={t('audit.operation')}
          aria-label={t('audit.operation')}
          value={f.operation ?? undefined}
          onChange={(v) => setParams({ op: v ?? null, after: null })}
          optionFilterProp="label"
          options={KNOWN_OPERATIONS.map((op) => ({ value: op, label: operationLabel(t, op) }))}
          style={{ width: filterWidth, minWidth: 160 }}
        />
        <Select
          allowClear
          placeholder={t('audit.targetType')}
          aria-label={t('audit.targetType')}
          value={f.targetType ?? undefined}
          onChange={(v) => setParams({ type: v ?? null, after: null })}
          options={TARGET_TYPES.map((type) => ({ value: type, label: type }))}
          style={{ width: filterWidth, minWidth: 160 }}
        />
        <DatePicker.RangePicker
          aria-label={t('audit.range')}
          value={[f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            setParams({
              from: range?.[0]?.format('YYYY-MM-DD') ?? null,
              to: range?.[1]?.format('YYYY-MM-DD') ?? null,
              after: null,
            })
          }
          style={{ width: compact ? '100%' : 260 }}
        />
        <Button onClick={() => setParams({ community: null, op: null, type: null, from: null, to: null, after: null })}>
          {t('common.reset')}
        </Button>
      </Space>
      {error && <Typography.Text type="danger">{errorText(error)}</Typography.Text>}
      <AuditTable rows={conn?.edges.map((e) => e.node) ?? []} loading={loading} compact={compact} />
      <Pager
        totalCount={conn?.totalCount}
        hasNextPage={conn?.pageInfo.hasNextPage}
        endCursor={conn?.pageInfo.endCursor}
        after={f.after}
        onPage={(a) => setParams({ after: a })}
      />
    </Card>
  );
}
