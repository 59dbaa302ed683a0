import { useQuery } from '@apollo/client/react';
import { Card, Grid, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { Pager } from '../../../app/Pager';
import { useUrlState } from '../../../app/url';
import { useViewer } from '../../../app/viewer';
import { useI18n } from '../../../i18n';
import { AuditCommunitiesDocument } from '../../audit/graphql/audit';
import { UserTable } from '../components/UserTable';
import { UsersDocument } from '../graphql/users';
import { parseUserParams, ROLES } from '../urls';
import { UserDrawer } from './UserDrawer';

const PAGE = 20;

/** 用户与角色: users in scope with filters; the drawer (in the URL) manages one user. */
export function UsersView() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { may } = useViewer();
  const compact = Grid.useBreakpoint().md === false;
  const [params, setParams] = useUrlState();
  const f = parseUserParams(params);
  const [search, setSearch] = useState(f.search ?? '');
  const { data, loading, error } = useQuery(UsersDocument, {
    variables: { search: f.search, role: f.role, communityId: f.communityId, first: PAGE, after: f.after },
  });
  const communities = useQuery(AuditCommunitiesDocument);
  const conn = data?.users;
  const w = compact ? '100%' : 180;
  return (
    <Card size="small" title={t('nav.users')}>
      <Space wrap style={{ marginBottom: 12, width: '100%' }}>
        <Input.Search
          allowClear
          placeholder={t('users.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => setParams({ q: v.trim() || null, after: null })}
          style={{ width: compact ? '100%' : 220 }}
        />
        <Select
          allowClear
          placeholder={t('users.role')}
          aria-label={t('users.role')}
          value={f.role ?? undefined}
          onChange={(v) => setParams({ role: v ?? null, after: null })}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          style={{ width: w, minWidth: 160 }}
        />
        <Select
          allowClear
          placeholder={t('users.community')}
          aria-label={t('users.community')}
          value={f.communityId ?? undefined}
          onChange={(v) => setParams({ community: v ?? null, after: null })}
          options={communities.data?.communities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
          style={{ width: w, minWidth: 160 }}
        />
        {may('membership.manage') && (
          <Input.Search
            placeholder={t('users.findByPhone')}
            aria-label={t('users.findByPhone')}
            enterButton={t('users.find')}
            inputMode="numeric"
            maxLength={11}
            onSearch={(v) => v.trim() && setParams({ phone: v.trim(), user: null })}
            style={{ width: compact ? '100%' : 300 }}
          />
        )}
      </Space>
      {error && <Typography.Text type="danger">{errorText(error)}</Typography.Text>}
      <UserTable
        rows={conn?.edges.map((e) => e.node) ?? []}
        loading={loading}
        compact={compact}
        onOpen={(r) => setParams({ user: r.id, phone: null })}
      />
      <Pager
        totalCount={conn?.totalCount}
        hasNextPage={conn?.pageInfo.hasNextPage}
        endCursor={conn?.pageInfo.endCursor}
        after={f.after}
        onPage={(a) => setParams({ after: a })}
      />
      <UserDrawer userId={f.user} phone={f.phone} onClose={() => setParams({ user: null, phone: null })} />
    </Card>
  );
}
