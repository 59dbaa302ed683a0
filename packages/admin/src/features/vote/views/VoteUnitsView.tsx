import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Select, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { m2 } from '../components/format';
import { toBase64 } from '../components/upload';
import { ImportVoteUnitsDocument, VoteUnitsDocument } from '../graphql/vote';
import { VOTE_UNIT_PARAMS, voteListUrl } from '../urls';
import { useEstates } from './useEstates';

const PAGE = 50;

/** An estate's voting units (registered areas, owners of record) and the all-or-nothing CSV/XLSX import. */
export function VoteUnitsView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const style = useFilterStyle();
  const list = useListParams(VOTE_UNIT_PARAMS);
  const { estates, estate } = useEstates(list.values.estate);
  const { data, loading, error, refetch } = useQuery(VoteUnitsDocument, {
    variables: { estateId: estate?.id ?? '', first: PAGE, after: list.values.after },
    skip: !estate,
  });
  const [importUnits, importing] = useMutation(ImportVoteUnitsDocument);
  const [report, setReport] = useState<{ row: number; column: string; message: string }[]>([]);
  const conn = data?.voteUnits;
  type Unit = NonNullable<typeof conn>['edges'][number]['node'];
  const rows: Unit[] = conn?.edges.map((e) => e.node) ?? [];

  const upload = async (file: File) => {
    if (!estate) return;
    try {
      const format = file.name.toLowerCase().endsWith('.xlsx') ? 'XLSX' : 'CSV';
      const r = await importUnits({
        variables: { input: { estateId: estate.id, format, content: await toBase64(file) } },
      });
      const out = r.data?.importVoteUnits;
      setReport(out?.errors ?? []);
      if (out && out.errors.length === 0) {
        message.success(t('vote.import.done', { count: out.imported }));
        await refetch();
      }
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <ListPage
      title={t('vote.units')}
      error={error}
      actions={
        <Space wrap>
          <Link to={voteListUrl({ estate: estate?.id })}>{t('vote.back')}</Link>
          <Upload
            accept=".csv,.xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <Button type="primary" loading={importing.loading}>
              {t('vote.import')}
            </Button>
          </Upload>
        </Space>
      }
      filters={
        <ListFilters>
          <Select
            aria-label={t('vote.estate')}
            value={estate?.id}
            onChange={(v) => list.set({ estate: v ?? null })}
            options={estates.map((e) => ({ value: e.id, label: e.name }))}
            style={style(220)}
          />
        </ListFilters>
      }
      notice={
        report.length ? (
          <Alert
            type="error"
            showIcon
            message={t('vote.import.failed')}
            description={
              <ul style={{ margin: 0 }}>
                {report.map((e) => (
                  <li key={`${e.row}-${e.column}`}>
                    {t('vote.import.row', { row: e.row })} {e.column}: {e.message}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null
      }
      paging={{ connection: conn, after: list.values.after, onPage: (after) => list.set({ after }) }}
    >
      <ResponsiveTable<Unit>
        rows={rows}
        rowKey="id"
        loading={loading}
        columns={[
          { title: t('vote.units.col'), dataIndex: 'label' },
          { title: t('vote.area'), dataIndex: 'areaCentiM2', render: (a: number) => m2(a) },
          { title: t('vote.owner'), dataIndex: 'ownerName', render: (n: string | null) => n ?? '—' },
          { title: t('vote.ownerRef'), dataIndex: 'ownerRef', render: (n: string | null) => n ?? '' },
          {
            title: '',
            dataIndex: 'developerHeld',
            render: (d: boolean) => (d ? <Tag>{t('vote.developerHeld')}</Tag> : null),
          },
        ]}
        renderCard={(u) => (
          <Space wrap>
            <strong>{u.label}</strong>
            <span>{m2(u.areaCentiM2)} m²</span>
            <span>{u.ownerName ?? ''}</span>
            {u.developerHeld ? <Tag>{t('vote.developerHeld')}</Tag> : null}
          </Space>
        )}
      />
    </ListPage>
  );
}
