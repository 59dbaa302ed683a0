import { Button, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatTime } from '../../../app/format';
import { ResponsiveTable } from '../../../app/list';
import { graphql } from '../../../gql';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import type { UserRowFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

/** The fields this component reads; the query spreads it (fragment masking keeps the rest out). */
export const UserRowFields = graphql(`
  fragment UserRow on User {
    id
    displayName
    phone
    disabled
    createdAt
    memberships {
      id
      role
      scopeName
    }
  }
`);

export type UserRow = UserRowFragment;

/** Users with masked phones and their roles; a click opens the drawer. Props only. */
export function UserTable(props: {
  rows: readonly FragmentType<typeof UserRowFields>[];
  loading: boolean;
  onOpen(row: UserRow): void;
  /** Forces a layout (tests); by default the width decides. */
  layout?: 'table' | 'cards';
}) {
  const rows = getFragmentData(UserRowFields, props.rows);
  const { t } = useI18n();
  const roles = (r: UserRow) => (
    <Space size={[4, 4]} wrap>
      {r.memberships.map((m) => (
        <Tag key={m.id}>
          {t(`role.${m.role}`)} · {m.scopeName}
        </Tag>
      ))}
    </Space>
  );
  const status = (r: UserRow) =>
    r.disabled ? <Tag color="red">{t('users.disabled')}</Tag> : <Tag color="green">{t('users.active')}</Tag>;
  const columns: ColumnsType<UserRow> = [
    {
      title: t('users.name'),
      key: 'name',
      render: (_, r) => <Typography.Link onClick={() => props.onOpen(r)}>{r.displayName}</Typography.Link>,
    },
    { title: t('users.phone'), key: 'phone', render: (_, r) => r.phone },
    { title: t('users.roles'), key: 'roles', render: (_, r) => roles(r) },
    { title: t('users.status'), key: 'status', render: (_, r) => status(r) },
    { title: t('users.registeredAt'), key: 'createdAt', render: (_, r) => formatTime(r.createdAt) },
    {
      title: t('common.actions'),
      key: 'open',
      render: (_, r) => (
        <Button size="small" type="link" onClick={() => props.onOpen(r)}>
          {t('common.open')}
        </Button>
      ),
    },
  ];
  return (
    <ResponsiveTable<UserRow>
      rows={rows}
      rowKey="id"
      columns={columns}
      loading={props.loading}
      layout={props.layout}
      cardStyle="plain"
      onOpenCard={props.onOpen}
      renderCard={(r) => (
        <Space orientation="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
          <Space>
            <Typography.Link strong>{r.displayName}</Typography.Link>
            {status(r)}
          </Space>
          <Typography.Text type="secondary">{r.phone}</Typography.Text>
          {roles(r)}
        </Space>
      )}
    />
  );
}
