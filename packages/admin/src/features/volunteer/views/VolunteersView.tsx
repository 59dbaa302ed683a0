import { useQuery } from '@apollo/client/react';
import { Input, Space, Tag } from 'antd';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { VolunteerNav } from '../components/VolunteerNav';
import { VolunteersDocument } from '../graphql/volunteer';
import { VOLUNTEER_PARAMS } from '../urls';

const PAGE = 20;

interface Row {
  id: string;
  displayName: string;
  skills: string[];
  availability?: string | null;
  partyMember?: boolean | null;
  createdAt: string;
}

/** A community's volunteers with their skills (filter by one); the party-member flag is staff-only data. */
export function VolunteersView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(VOLUNTEER_PARAMS);
  const f = list.values;
  const { data, loading, error } = useQuery(VolunteersDocument, {
    variables: { communityId: f.community ?? '', skill: f.skill, first: PAGE, after: f.after },
    skip: !f.community,
  });
  const conn = data?.volunteers;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];
  const skills = (row: Row) => (
    <Space size={4} wrap>
      {row.skills.map((s) => (
        <Tag key={s}>{s}</Tag>
      ))}
      {row.partyMember ? <Tag color="red">{t('volunteer.partyMember')}</Tag> : null}
    </Space>
  );
  return (
    <ListPage
      title={t('volunteer.tab.people')}
      filters={
        <ListFilters>
          <VolunteerNav tab="people" community={f.community} onCommunity={(community) => list.set({ community })} />
          <Input.Search
            allowClear
            placeholder={t('volunteer.skill')}
            aria-label={t('volunteer.skill')}
            defaultValue={f.skill ?? ''}
            onSearch={(v) => list.set({ skill: v.trim() || null })}
            style={style(180)}
          />
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => list.set({ after }) }}
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        loading={loading}
        empty={f.community ? undefined : t('volunteer.pickCommunity')}
        columns={[
          { title: t('volunteer.name'), dataIndex: 'displayName' },
          { title: t('volunteer.skills'), key: 'skills', render: (_: unknown, row) => skills(row) },
          { title: t('volunteer.availability'), dataIndex: 'availability' },
          { title: t('volunteer.since'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
        ]}
        renderCard={(row) => (
          <>
            <strong>{row.displayName}</strong> {skills(row)}
            <div>{row.availability}</div>
          </>
        )}
      />
    </ListPage>
  );
}
