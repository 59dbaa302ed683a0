import { useQuery } from '@apollo/client/react';
import { Button, Input, Select } from 'antd';
import { useState } from 'react';
import { ListFilters, ListPage, useFilterStyle, useListParams } from '../../../app/list';
import { useViewer } from '../../../app/viewer';
import { useI18n } from '../../../i18n';
import { AuditCommunitiesDocument } from '../../audit/graphql/audit';
import { CreateStaffModal } from '../components/CreateStaffModal';
import { UserTable } from '../components/UserTable';
import { UsersDocument } from '../graphql/users';
import { ROLES, USER_PARAMS } from '../urls';
import { UserDrawer } from './UserDrawer';

const PAGE = 20;

/** 用户与角色: users in scope with filters; the drawer (in the URL) manages one user. */
export function UsersView() {
  const { t } = useI18n();
  const { may } = useViewer();
  const style = useFilterStyle();
  const list = useListParams(USER_PARAMS);
  const f = list.values;
  const [search, setSearch] = useState(f.q ?? '');
  const { data, loading, error, refetch } = useQuery(UsersDocument, {
    variables: { search: f.q, role: f.role, communityId: f.community, first: PAGE, after: f.after },
  });
  const communities = useQuery(AuditCommunitiesDocument);
  const conn = data?.users;
  const [creating, setCreating] = useState(false);
  return (
    <ListPage
      title={t('nav.users')}
      filters={
        <ListFilters>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => list.set({ q: v.trim() || null })}
            style={style(220, true)}
          />
          <Select
            allowClear
            placeholder={t('users.role')}
            aria-label={t('users.role')}
            value={f.role ?? undefined}
            onChange={(v) => list.set({ role: v ?? null })}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            style={style(180)}
          />
          <Select
            allowClear
            placeholder={t('users.community')}
            aria-label={t('users.community')}
            value={f.community ?? undefined}
            onChange={(v) => list.set({ community: v ?? null })}
            options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
            style={style(180)}
          />
          {may('membership.manage') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="create-staff">
              {t('staff.create')}
            </Button>
          )}
          {may('membership.manage') && (
            <Input.Search
              placeholder={t('users.findByPhone')}
              aria-label={t('users.findByPhone')}
              enterButton={t('users.find')}
              inputMode="numeric"
              maxLength={11}
              onSearch={(v) => v.trim() && list.set({ phone: v.trim(), user: null })}
              style={style(300, true)}
            />
          )}
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <>
          <UserDrawer userId={f.user} phone={f.phone} onClose={() => list.set({ user: null, phone: null })} />
          <CreateStaffModal open={creating} onClose={() => setCreating(false)} onCreated={() => refetch()} />
        </>
      }
    >
      <UserTable
        rows={conn?.edges.map((e) => e.node) ?? []}
        loading={loading}
        onOpen={(r) => list.set({ user: r.id, phone: null })}
      />
    </ListPage>
  );
}
