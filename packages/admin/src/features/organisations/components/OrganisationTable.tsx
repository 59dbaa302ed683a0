import { Button, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ResponsiveTable } from '../../../app/list';
import { graphql } from '../../../gql';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import type { OrganisationRowFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

/** The fields this component reads; the query spreads it (fragment masking keeps the rest out). */
export const OrganisationRowFields = graphql(`
  fragment OrganisationRow on Organisation {
    id
    name
    kind
    contact
    archivedAt
    street {
      id
      name
    }
    community {
      id
      name
    }
    estate {
      id
      name
    }
    servedEstates {
      id
      name
    }
    viewerCan {
      update
      archive
    }
  }
`);

export type OrganisationRow = OrganisationRowFragment;

/** Organisations with their place and served estates; actions only where `viewerCan` allows. */
export function OrganisationTable(props: {
  rows: readonly FragmentType<typeof OrganisationRowFields>[];
  loading: boolean;
  onEdit(row: OrganisationRow): void;
  onEstates(row: OrganisationRow): void;
  /** Forces a layout (tests); by default the width decides. */
  layout?: 'table' | 'cards';
}) {
  const rows = getFragmentData(OrganisationRowFields, props.rows);
  const { t } = useI18n();
  const name = (r: OrganisationRow) => (
    <Space size={4}>
      {r.name}
      {r.archivedAt && <Tag>{t('common.archived')}</Tag>}
    </Space>
  );
  const kind = (r: OrganisationRow) => <Tag color="volcano">{t(`orgs.kind.${r.kind}`)}</Tag>;
  const place = (r: OrganisationRow) => r.estate?.name ?? r.community?.name ?? r.street.name;
  const served = (r: OrganisationRow) =>
    r.kind === 'PROPERTY_COMPANY' && r.servedEstates.length > 0 ? (
      <Space size={[4, 4]} wrap style={{ maxWidth: 280 }}>
        {r.servedEstates.map((e) => (
          <Tag key={e.id}>{e.name}</Tag>
        ))}
      </Space>
    ) : null;
  const actions = (r: OrganisationRow) =>
    r.viewerCan.update ? (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => props.onEdit(r)}>
          {t('common.edit')}
        </Button>
        {r.kind === 'PROPERTY_COMPANY' && (
          <Button type="link" size="small" onClick={() => props.onEstates(r)}>
            {t('orgs.setServed')}
          </Button>
        )}
      </Space>
    ) : null;
  const columns: ColumnsType<OrganisationRow> = [
    { title: t('common.name'), key: 'name', render: (_, r) => name(r) },
    { title: t('orgs.kind'), key: 'kind', render: (_, r) => kind(r) },
    { title: t('orgs.place'), key: 'place', render: (_, r) => place(r) },
    { title: t('orgs.contact'), key: 'contact', render: (_, r) => r.contact },
    { title: t('orgs.served'), key: 'served', render: (_, r) => served(r) },
    { title: t('common.actions'), key: 'actions', render: (_, r) => actions(r) },
  ];
  return (
    <ResponsiveTable<OrganisationRow>
      rows={rows}
      rowKey="id"
      columns={columns}
      loading={props.loading}
      layout={props.layout}
      rowProps={(_, l) => (l === 'cards' ? { 'data-testid': 'organisation-card' } : {})}
      renderCard={(r) => (
        <Space orientation="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
          <Space style={{ justifyContent: 'space-between', width: '100%' }} align="start">
            <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
              {name(r)}
            </Typography.Text>
            {kind(r)}
          </Space>
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {place(r)}
            {r.contact ? ` · ${r.contact}` : ''}
          </Typography.Text>
          {served(r)}
          {actions(r)}
        </Space>
      )}
    />
  );
}
