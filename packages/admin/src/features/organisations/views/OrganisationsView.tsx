import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { apiError, useErrorText } from '../../../app/errors';
import { ListFilters, ListPage, useCompact, useFilterStyle, useListParams } from '../../../app/list';
import { useViewer } from '../../../app/viewer';
import { useI18n } from '../../../i18n';
import { OrganisationForm, type OrganisationValues } from '../components/OrganisationForm';
import { OrganisationTable } from '../components/OrganisationTable';
import { ServedEstatesDrawer } from '../components/ServedEstatesDrawer';
import {
  CreateOrganisationDocument,
  OrganisationsDocument,
  PlaceOptionsDocument,
  SetOrganisationEstatesDocument,
  UpdateOrganisationDocument,
} from '../graphql/organisations';
import { ORGANISATION_KINDS, ORGANISATION_PARAMS, PLACE_OF_KIND } from '../urls';

const PAGE = 20;

/** 组织机构: list with kind/community/search filters, create and edit, property companies' estates. */
export function OrganisationsView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { may } = useViewer();
  const compact = useCompact();
  const style = useFilterStyle();
  const list = useListParams(ORGANISATION_PARAMS);
  const f = list.values;
  const setParams = list.set;
  const [search, setSearch] = useState(f.q ?? '');
  const { data, loading, error, refetch } = useQuery(OrganisationsDocument, {
    variables: {
      kind: f.kind,
      communityId: f.community,
      search: f.q,
      first: PAGE,
      after: f.after,
      includeArchived: f.archived,
    },
  });
  const placesQ = useQuery(PlaceOptionsDocument);
  const [create, createState] = useMutation(CreateOrganisationDocument);
  const [update, updateState] = useMutation(UpdateOrganisationDocument);
  const [setEstates, estatesState] = useMutation(SetOrganisationEstatesDocument);
  const [fieldError, setFieldError] = useState<{ field: string; text: string } | null>(null);

  const places = useMemo(() => {
    const d = placesQ.data;
    const opts = (edges?: { node: { id: string; name: string } }[]) =>
      (edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
    return {
      streets: opts(d?.streets.edges),
      communities: opts(d?.communities.edges),
      estates: opts(d?.estates.edges),
    };
  }, [placesQ.data]);

  const rows = data?.organisations.edges.map((e) => e.node) ?? [];
  const editing = f.edit && f.edit !== 'new' ? rows.find((r) => r.id === f.edit) : undefined;
  const estatesOf = f.estates ? rows.find((r) => r.id === f.estates) : undefined;
  const editInitial = useMemo(
    () =>
      editing
        ? { kind: editing.kind, name: editing.name, contact: editing.contact ?? '', archived: !!editing.archivedAt }
        : undefined,
    [editing],
  );
  const servedIds = useMemo(() => estatesOf?.servedEstates.map((e) => e.id) ?? [], [estatesOf]);

  const fail = (err: unknown) => {
    const e = apiError(err);
    if (e?.field) setFieldError({ field: e.field, text: errorText(err) });
    else message.error(errorText(err));
  };

  const submit = async (v: OrganisationValues) => {
    setFieldError(null);
    try {
      if (editing) {
        await update({
          variables: { input: { id: editing.id, name: v.name, contact: v.contact ?? null, archived: !!v.archived } },
        });
      } else {
        const place = PLACE_OF_KIND[v.kind];
        await create({
          variables: { input: { kind: v.kind, name: v.name, contact: v.contact || null, [place]: v[place] } },
        });
      }
      message.success(t('common.saved'));
      setParams({ edit: null });
      await refetch();
    } catch (err) {
      fail(err);
    }
  };

  const saveEstates = async (ids: string[]) => {
    if (!estatesOf) return;
    try {
      await setEstates({ variables: { input: { organisationId: estatesOf.id, estateIds: ids } } });
      message.success(t('common.saved'));
      setParams({ estates: null });
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const conn = data?.organisations;
  return (
    <ListPage
      title={t('nav.organisations')}
      actions={
        may('organisation.manage') ? (
          <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setParams({ edit: 'new' })}>
            {compact ? null : t('orgs.create')}
          </Button>
        ) : null
      }
      filters={
        <ListFilters>
          <Input.Search
            allowClear
            placeholder={t('common.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => setParams({ q: v.trim() || null })}
            style={style(220, true)}
          />
          <Select
            allowClear
            placeholder={t('orgs.kind')}
            aria-label={t('orgs.kind')}
            value={f.kind ?? undefined}
            onChange={(v) => setParams({ kind: v ?? null })}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`orgs.kind.${k}`) }))}
            style={style(180)}
          />
          <Select
            allowClear
            placeholder={t('orgs.community')}
            aria-label={t('orgs.community')}
            value={f.community ?? undefined}
            onChange={(v) => setParams({ community: v ?? null })}
            options={places.communities}
            style={style(180)}
          />
          <Checkbox checked={f.archived} onChange={(e) => setParams({ archived: e.target.checked })}>
            {t('common.showArchived')}
          </Checkbox>
        </ListFilters>
      }
      error={error}
      paging={{ connection: conn, after: f.after, onPage: (after) => setParams({ after }) }}
      overlays={
        <>
          <OrganisationForm
            open={f.edit === 'new' || !!editing}
            mode={editing ? 'edit' : 'create'}
            initial={editInitial}
            places={places}
            loading={createState.loading || updateState.loading}
            fieldError={fieldError}
            onCancel={() => setParams({ edit: null })}
            onSubmit={submit}
          />
          <ServedEstatesDrawer
            open={!!estatesOf}
            name={estatesOf?.name ?? ''}
            estates={places.estates}
            selected={servedIds}
            loading={estatesState.loading}
            onClose={() => setParams({ estates: null })}
            onSave={saveEstates}
          />
        </>
      }
    >
      <OrganisationTable
        rows={rows}
        loading={loading}
        onEdit={(r) => {
          setFieldError(null);
          setParams({ edit: r.id });
        }}
        onEstates={(r) => setParams({ estates: r.id })}
      />
    </ListPage>
  );
}
