import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { apiError, useErrorText } from '../../../app/errors';
import { ListFilters, ListPage, ResponsiveTable } from '../../../app/list';
import type { ReplyTemplatesQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { CommunitySelect } from '../components/CommunitySelect';
import {
  CreateReplyTemplateDocument,
  DeleteReplyTemplateDocument,
  ReplyTemplatesDocument,
  TemplateCategoriesDocument,
  UpdateReplyTemplateDocument,
} from '../graphql/board';
import { useBoardCommunity } from '../useBoardCommunity';

const PAGE = 20;
type Row = ReplyTemplatesQuery['replyTemplates']['edges'][number]['node'];
interface Values {
  title: string;
  body: string;
  categoryId: string | null;
}

/** 常用语: a community's reply templates (for all categories or one), with placeholders filled on use. */
export function TemplatesView() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const { list, communities, communityId, setCommunity } = useBoardCommunity();
  const { data, loading, error } = useQuery(ReplyTemplatesDocument, {
    variables: { communityId: communityId ?? '', first: PAGE, after: list.values.after },
    skip: !communityId,
  });
  const categories = useQuery(TemplateCategoriesDocument, {
    variables: { communityId: communityId ?? '' },
    skip: !communityId,
  });
  const refetchQueries = ['ReplyTemplates'];
  const [create, creating] = useMutation(CreateReplyTemplateDocument, { refetchQueries });
  const [update, updating] = useMutation(UpdateReplyTemplateDocument, { refetchQueries });
  const [remove] = useMutation(DeleteReplyTemplateDocument, { refetchQueries });
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  useEffect(() => {
    if (editing === 'new') form.setFieldsValue({ title: '', body: '', categoryId: null });
    else if (editing)
      form.setFieldsValue({ title: editing.title, body: editing.body, categoryId: editing.categoryId ?? null });
  }, [editing, form]);

  const categoryName = (id: string | null | undefined) => {
    const c = categories.data?.ticketCategories.find((x) => x.id === id);
    return c ? (locale === 'zh-CN' ? c.nameZh : c.nameEn) : t('board.templates.allCategories');
  };
  const submit = async (v: Values) => {
    if (!communityId || !editing) return;
    try {
      const common = { title: v.title.trim(), body: v.body.trim(), categoryId: v.categoryId ?? null };
      if (editing === 'new') await create({ variables: { input: { communityId, ...common } } });
      else await update({ variables: { input: { id: editing.id, expectedVersion: editing.version, ...common } } });
      message.success(t('common.saved'));
      setEditing(null);
    } catch (err) {
      const e = apiError(err);
      if (e?.field) form.setFields([{ name: e.field as keyof Values, errors: [errorText(err)] }]);
      else message.error(errorText(err));
    }
  };
  const del = async (id: string) => {
    try {
      await remove({ variables: { input: { id } } });
      message.success(t('common.saved'));
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const actions = (r: Row) => (
    <Space size={6}>
      <Button size="small" onClick={() => setEditing(r)}>
        {t('common.edit')}
      </Button>
      <Popconfirm title={t('board.templates.deleteConfirm')} onConfirm={() => del(r.id)}>
        <Button size="small" danger>
          {t('board.templates.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
  const conn = data?.replyTemplates;
  const rows: Row[] = conn?.edges.map((e) => e.node) ?? [];

  return (
    <ListPage
      title={t('board.templates.title')}
      actions={
        <Button type="primary" size="small" onClick={() => setEditing('new')} disabled={!communityId}>
          {t('board.templates.create')}
        </Button>
      }
      filters={
        communities.length > 1 && (
          <ListFilters>
            <CommunitySelect communities={communities} value={communityId} onChange={setCommunity} />
          </ListFilters>
        )
      }
      notice={<Typography.Text type="secondary">{t('board.templates.help')}</Typography.Text>}
      error={error}
      paging={{ connection: conn, after: list.values.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <Modal
          open={!!editing}
          title={editing === 'new' ? t('board.templates.create') : t('board.templates.edit')}
          okText={t('common.save')}
          cancelText={t('common.cancel')}
          okButtonProps={{ loading: creating.loading || updating.loading }}
          onCancel={() => setEditing(null)}
          onOk={() => form.submit()}
          forceRender
        >
          <Form form={form} layout="vertical" onFinish={submit} data-testid="template-form">
            <Form.Item
              name="title"
              label={t('board.templates.name')}
              rules={[{ required: true, whitespace: true, message: t('error.required') }, { max: 100 }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="categoryId" label={t('board.templates.category')}>
              <Select
                allowClear
                placeholder={t('board.templates.allCategories')}
                options={(categories.data?.ticketCategories ?? []).map((c) => ({
                  value: c.id,
                  label: locale === 'zh-CN' ? c.nameZh : c.nameEn,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="body"
              label={t('board.templates.body')}
              extra={t('board.templates.help')}
              rules={[{ required: true, whitespace: true, message: t('error.required') }, { max: 2000 }]}
            >
              <Input.TextArea rows={5} maxLength={2000} showCount />
            </Form.Item>
          </Form>
        </Modal>
      }
    >
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        size="small"
        loading={loading}
        columns={[
          { title: t('board.templates.name'), dataIndex: 'title' },
          {
            title: t('board.templates.category'),
            key: 'cat',
            render: (_, r) => <Tag>{categoryName(r.categoryId)}</Tag>,
          },
          {
            title: t('board.templates.body'),
            dataIndex: 'body',
            render: (v: string) => (
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                {v}
              </Typography.Paragraph>
            ),
          },
          { title: t('common.actions'), key: 'actions', render: (_, r) => actions(r) },
        ]}
        renderCard={(r) => (
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text strong>{r.title}</Typography.Text>
              <Tag>{categoryName(r.categoryId)}</Tag>
            </Space>
            <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: 0 }}>
              {r.body}
            </Typography.Paragraph>
            {actions(r)}
          </Space>
        )}
      />
    </ListPage>
  );
}
