import { Button, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
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
}) {
  const rows = getFragmentData(OrganisationRowFields, props.rows);
  const { t } = useI18n();
  const columns: ColumnsType<OrganisationRow> = [
    {
      title: t('common.name'),
      key: 'name',
      render: (_, r) => (
        <Space size={4}>
          {r.name}
          {r.archivedAt && <Tag>{t('common.archived')}</Tag>}
        </Space>
      ),
    },
    { title: t('orgs.kind'), key: 'kind', render: (_, r) => <Tag color="volcano">{t(`orgs.kind.${r.kind}`)}</Tag> },
    {
      title: t('orgs.place'),
      key: 'place',
      render: (_, r) => r.estate?.name ?? r.community?.name ?? r.street.name,
    },
    { title: t('orgs.contact'), key: 'contact', render: (_, r) => r.contact },
    {
      title: t('orgs.served'),
      key: 'served',
      render: (_, r) =>
        r.kind === 'PROPERTY_COMPANY' ? (
          <Space size={[4, 4]} wrap style={{ maxWidth: 280 }}>
            {r.servedEstates.map((e) => (
              <Tag key={e.id}>{e.name}</Tag>
            ))}
          </Space>
        ) : null,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Space size={0}>
          {r.viewerCan.update && (
            <Button type="link" size="small" onClick={() => props.onEdit(r)}>
              {t('common.edit')}
            </Button>
          )}
          {r.viewerCan.update && r.kind === 'PROPERTY_COMPANY' && (
            <Button type="link" size="small" onClick={() => props.onEstates(r)}>
              {t('orgs.setServed')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<OrganisationRow>
      rowKey="id"
      size="middle"
      loading={props.loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
