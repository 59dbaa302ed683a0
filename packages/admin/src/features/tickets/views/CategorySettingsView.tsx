import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { apiError, useErrorText } from '../../../app/errors';
import { ListPage, ResponsiveTable, useCompact } from '../../../app/list';
import { useViewer } from '../../../app/viewer';
import { useI18n } from '../../../i18n';
import { CategoryForm, type CategoryRow, type CategoryValues } from '../components/CategoryForm';
import {
  CategorySettingsDocument,
  CreateTicketCategoryDocument,
  UpdateTicketCategoryDocument,
} from '../graphql/settings';
import { useSettingsCommunity } from './useSettingsCommunity';

/** Roles that may create and change categories (the server checks the community again). */

/** 诉求分类: the categories of a community, with their default handler and deadlines. */
export function CategorySettingsView() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const compact = useCompact();
  const { may } = useViewer();
  const canWrite = may('ticket.configure');
  const { communities, communityId, setCommunity } = useSettingsCommunity();
  const { data, loading, error } = useQuery(CategorySettingsDocument, {
    variables: { communityId: communityId ?? '' },
    skip: !communityId,
  });
  const [create, createState] = useMutation(CreateTicketCategoryDocument, { refetchQueries: ['CategorySettings'] });
  const [update, updateState] = useMutation(UpdateTicketCategoryDocument);
  const [editing, setEditing] = useState<CategoryRow | null>(null);
  const [open, setOpen] = useState(false);
  const [fieldError, setFieldError] = useState<{ field: string; text: string } | null>(null);

  const submit = async (v: CategoryValues) => {
    setFieldError(null);
    try {
      const common = {
        nameZh: v.nameZh.trim(),
        nameEn: v.nameEn.trim(),
        defaultOrgKind: v.defaultOrgKind,
        replyDays: v.replyDays,
        resolveDays: v.resolveDays,
        sortOrder: v.sortOrder ?? 0,
      };
      if (editing) await update({ variables: { input: { id: editing.id, ...common, active: v.active } } });
      else if (communityId) {
        const res = await create({ variables: { input: { communityId, code: v.code.trim(), ...common } } });
        const id = res.data?.createTicketCategory.category.id;
        if (id && !v.active) await update({ variables: { input: { id, active: false } } });
      }
      message.success(t('common.saved'));
      setOpen(false);
    } catch (err) {
      const e = apiError(err);
      if (e?.field) setFieldError({ field: e.field, text: errorText(err) });
      else message.error(errorText(err));
    }
  };

  const name = (c: CategoryRow) => (locale === 'zh-CN' ? c.nameZh : c.nameEn);
  const edit = (c: CategoryRow) => {
    setEditing(c);
    setFieldError(null);
    setOpen(true);
  };
  const columns: ColumnsType<CategoryRow> = [
    { title: t('category.code'), dataIndex: 'code' },
    { title: t('category.nameZh'), dataIndex: 'nameZh' },
    { title: t('category.nameEn'), dataIndex: 'nameEn' },
    { title: t('category.defaultOrgKind'), key: 'kind', render: (_, c) => t(`orgs.kind.${c.defaultOrgKind}`) },
    { title: t('category.replyDays'), key: 'reply', render: (_, c) => t('category.days', { n: c.replyDays }) },
    { title: t('category.resolveDays'), key: 'resolve', render: (_, c) => t('category.days', { n: c.resolveDays }) },
    {
      title: t('users.status'),
      key: 'active',
      render: (_, c) => (
        <Tag color={c.active ? 'green' : 'default'}>{c.active ? t('category.active') : t('category.inactive')}</Tag>
      ),
    },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, c: CategoryRow) => (
              <Button size="small" onClick={() => edit(c)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  const rows = data?.ticketCategories ?? [];

  return (
    <ListPage
      title={t('settings.categories')}
      actions={
        canWrite && (
          <Button
            type="primary"
            size="small"
            onClick={() => {
              setEditing(null);
              setFieldError(null);
              setOpen(true);
            }}
          >
            {t('category.create')}
          </Button>
        )
      }
      filters={
        communities.length > 1 && (
          <Select
            aria-label={t('ticket.community')}
            value={communityId ?? undefined}
            onChange={setCommunity}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            style={{ width: compact ? '100%' : 220 }}
          />
        )
      }
      notice={!canWrite && <Typography.Text type="secondary">{t('category.readOnly')}</Typography.Text>}
      error={error}
      overlays={
        <CategoryForm
          open={open}
          editing={editing}
          loading={createState.loading || updateState.loading}
          serverError={fieldError}
          onCancel={() => setOpen(false)}
          onSubmit={submit}
        />
      }
    >
      <ResponsiveTable<CategoryRow>
        rows={rows}
        rowKey="id"
        size="small"
        columns={columns}
        loading={loading}
        renderCard={(c) => (
          <>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text strong>{name(c)}</Typography.Text>
              <Tag color={c.active ? 'green' : 'default'}>
                {c.active ? t('category.active') : t('category.inactive')}
              </Tag>
            </Space>
            <div>
              <Typography.Text type="secondary">
                {t(`orgs.kind.${c.defaultOrgKind}`)} · {t('category.days', { n: c.replyDays })} /{' '}
                {t('category.days', { n: c.resolveDays })}
              </Typography.Text>
            </div>
            {canWrite && (
              <Button size="small" style={{ marginTop: 6 }} onClick={() => edit(c)}>
                {t('common.edit')}
              </Button>
            )}
          </>
        )}
      />
    </ListPage>
  );
}
