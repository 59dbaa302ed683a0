import { Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { formatTime } from '../../../app/format';
import { ResponsiveTable } from '../../../app/list';
import { graphql } from '../../../gql';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import type { AuditRowFragment, Role } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { operationText, summaryText, targetUrl } from '../auditText';
import { AUDIT_DECLARATIONS } from '../registry';

/** The fields one audit row shows; the list query spreads it (fragment masking keeps others out). */
export const AuditRowFields = graphql(`
  fragment AuditRow on AuditLogEntry {
    id
    createdAt
    actorRole
    operation
    targetType
    targetId
    summary
    actor {
      id
      displayName
    }
  }
`);

export type AuditRow = AuditRowFragment;

const ROLES: Role[] = [
  'COMMUNITY_STAFF',
  'PROPERTY_STAFF',
  'COMMITTEE_MEMBER',
  'STREET_ADMIN',
  'SYSTEM_ADMIN',
  'RESIDENT',
];

function useRoleLabel() {
  const { t } = useI18n();
  return (role: string | null | undefined) =>
    role && (ROLES as string[]).includes(role) ? t(`role.${role as Role}`) : (role ?? '—');
}

/** Audit entries as a table (desktop, scrolls sideways) or compact cards (phone). Props only. */
export function AuditTable({
  rows: refs,
  loading,
  layout,
}: {
  rows: readonly FragmentType<typeof AuditRowFields>[];
  loading: boolean;
  /** Forces a layout (tests); by default the width decides. */
  layout?: 'table' | 'cards';
}) {
  const rows = getFragmentData(AuditRowFields, refs);
  const { t } = useI18n();
  const roleLabel = useRoleLabel();
  const op = (o: string) => (
    <Tag color="blue" title={o}>
      {operationText(t, o)}
    </Tag>
  );
  const summary = (r: AuditRow) => summaryText(t, r, AUDIT_DECLARATIONS);
  // The record acted on, linked to where the console shows it (when a feature declares that).
  const target = (r: AuditRow) => {
    const text = `${r.targetType}${r.targetId ? ` #${r.targetId.slice(-6)}` : ''}`;
    const url = targetUrl(r, AUDIT_DECLARATIONS);
    return url ? (
      <Link to={url} title={r.targetId ?? ''} data-testid="audit-target-link" onClick={(e) => e.stopPropagation()}>
        {text}
      </Link>
    ) : (
      <span title={r.targetId ?? ''}>{text}</span>
    );
  };
  const columns: ColumnsType<AuditRow> = [
    { title: t('audit.time'), key: 'time', width: 150, render: (_, r) => formatTime(r.createdAt) },
    { title: t('audit.actor'), key: 'actor', render: (_, r) => r.actor?.displayName ?? t('audit.system') },
    { title: t('audit.role'), key: 'role', render: (_, r) => roleLabel(r.actorRole) },
    { title: t('audit.operation'), key: 'op', render: (_, r) => op(r.operation) },
    {
      title: t('audit.target'),
      key: 'target',
      render: (_, r) => target(r),
    },
    {
      title: t('audit.summary'),
      key: 'summary',
      render: (_, r) => (
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12, overflowWrap: 'anywhere', display: 'block', maxWidth: 420 }}
          data-testid="audit-summary"
        >
          {summary(r)}
        </Typography.Text>
      ),
    },
  ];
  return (
    <ResponsiveTable<AuditRow>
      rows={rows}
      rowKey="id"
      columns={columns}
      loading={loading}
      layout={layout}
      rowProps={(_, l) => (l === 'cards' ? { 'data-testid': 'audit-card' } : {})}
      renderCard={(r) => (
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            {op(r.operation)}
            <Typography.Text type="secondary">{formatTime(r.createdAt)}</Typography.Text>
          </Space>
          <Typography.Text>
            {r.actor?.displayName ?? t('audit.system')} · {roleLabel(r.actorRole)}
          </Typography.Text>
          <Typography.Text type="secondary">{target(r)}</Typography.Text>
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere', fontSize: 12 }}>
            {summary(r)}
          </Typography.Text>
        </Space>
      )}
    />
  );
}
