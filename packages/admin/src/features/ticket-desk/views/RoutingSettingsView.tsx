import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, InputNumber, Modal, Popconfirm, Select, Space, Switch, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useErrorText } from '../../../app/errors';
import { ListPage, ResponsiveTable, useCompact } from '../../../app/list';
import { useViewer } from '../../../app/viewer';
import type { RoutingSettingsQuery, TicketPriority } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { useSettingsCommunity } from '../../tickets/views/useSettingsCommunity';
import { PRIORITIES } from '../components/PriorityTag';
import {
  DeleteTicketRoutingRuleDocument,
  RoutingSettingsDocument,
  SaveTicketRoutingRuleDocument,
  SetTicketCategoryDefaultsDocument,
  SetTicketDeskSettingDocument,
} from '../graphql/desk';

type Rule = RoutingSettingsQuery['ticketRoutingRules']['edges'][number]['node'];
type Category = RoutingSettingsQuery['ticketCategories'][number];
interface RuleValues {
  categoryId: string;
  estateId?: string | null;
  organisationIds: string[];
  autoRoute: boolean;
}
const ROUTABLE = ['COMMUNITY_OFFICE', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'PARTY_BRANCH', 'SOCIAL_ORGANISATION'];
const REFETCH = { refetchQueries: ['RoutingSettings'] };

/** 分派规则: a community's routing rules, its desk clocks and its two-level categories with default priorities. */
export function RoutingSettingsView() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const compact = useCompact();
  const { may } = useViewer();
  const canWrite = may('ticket.configure');
  const { communities, communityId, setCommunity } = useSettingsCommunity();
  const { data, loading, error } = useQuery(RoutingSettingsDocument, {
    variables: { communityId: communityId ?? '' },
    skip: !communityId,
  });
  const [saveRule, saving] = useMutation(SaveTicketRoutingRuleDocument, REFETCH);
  const [deleteRule] = useMutation(DeleteTicketRoutingRuleDocument, REFETCH);
  const [setSetting, settingState] = useMutation(SetTicketDeskSettingDocument, REFETCH);
  const [setDefaults] = useMutation(SetTicketCategoryDefaultsDocument, REFETCH);
  const [editing, setEditing] = useState<Rule | null>(null);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<RuleValues>();
  const [clockForm] = Form.useForm<{ emergencyHours: number; acknowledgeHours: number }>();

  const categories = data?.ticketCategories ?? [];
  const catName = (c?: Pick<Category, 'nameZh' | 'nameEn'>) => (c ? (locale === 'zh-CN' ? c.nameZh : c.nameEn) : '');
  const estates = data?.estates.edges.map((e) => e.node) ?? [];
  const orgs = (data?.organisations.edges.map((e) => e.node) ?? []).filter((o) => ROUTABLE.includes(o.kind));
  const rules = data?.ticketRoutingRules.edges.map((e) => e.node) ?? [];
  const estateName = (id?: string | null) =>
    id ? (estates.find((e) => e.id === id)?.name ?? '') : t('desk.routing.allEstates');

  const guard = async (work: () => Promise<unknown>) => {
    try {
      await work();
      message.success(t('common.saved'));
      return true;
    } catch (err) {
      message.error(errorText(err));
      return false;
    }
  };
  const edit = (r: Rule | null) => {
    setEditing(r);
    form.setFieldsValue(
      r
        ? {
            categoryId: r.categoryId,
            estateId: r.estateId,
            organisationIds: r.organisations.map((o) => o.id),
            autoRoute: r.autoRoute,
          }
        : { categoryId: undefined, estateId: null, organisationIds: [], autoRoute: false },
    );
    setOpen(true);
  };

  const actions = (r: Rule) =>
    canWrite && (
      <Space size={4}>
        <Button size="small" onClick={() => edit(r)}>
          {t('common.edit')}
        </Button>
        <Popconfirm
          title={t('desk.routing.deleteConfirm')}
          onConfirm={() => guard(() => deleteRule({ variables: { input: { id: r.id } } }))}
        >
          <Button size="small" danger>
            {t('desk.routing.delete')}
          </Button>
        </Popconfirm>
      </Space>
    );
  const columns: ColumnsType<Rule> = [
    {
      title: t('desk.routing.category'),
      key: 'category',
      render: (_, r) => catName(categories.find((c) => c.id === r.categoryId)),
    },
    { title: t('desk.routing.estate'), key: 'estate', render: (_, r) => estateName(r.estateId) },
    {
      title: t('desk.routing.organisations'),
      key: 'orgs',
      render: (_, r) => r.organisations.map((o) => o.name).join('、'),
    },
    {
      title: t('desk.routing.autoRoute'),
      key: 'auto',
      render: (_, r) => (r.autoRoute ? <Tag color="blue">{t('desk.routing.autoRoute')}</Tag> : '—'),
    },
    ...(canWrite ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, r: Rule) => actions(r) }] : []),
  ];

  const categoryOptions = categories.map((c) => ({ value: c.id, label: catName(c) }));
  const setting = data?.ticketDeskSetting;

  return (
    <ListPage
      title={t('desk.routing')}
      actions={
        canWrite && (
          <Button type="primary" size="small" onClick={() => edit(null)} data-testid="add-rule">
            {t('desk.routing.add')}
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
      error={error}
      overlays={
        <Modal
          open={open}
          title={editing ? t('desk.routing.edit') : t('desk.routing.add')}
          onCancel={() => setOpen(false)}
          onOk={() => form.submit()}
          confirmLoading={saving.loading}
          destroyOnHidden
          forceRender
        >
          <Form
            form={form}
            layout="vertical"
            onFinish={async (v) => {
              const ok = await guard(() =>
                saveRule({
                  variables: {
                    input: {
                      id: editing?.id ?? null,
                      expectedVersion: editing?.version ?? null,
                      categoryId: v.categoryId,
                      estateId: v.estateId || null,
                      organisationIds: v.organisationIds,
                      autoRoute: !!v.autoRoute,
                    },
                  },
                }),
              );
              if (ok) setOpen(false);
            }}
          >
            <Form.Item name="categoryId" label={t('desk.routing.category')} rules={[{ required: true }]}>
              <Select options={categoryOptions} showSearch optionFilterProp="label" />
            </Form.Item>
            <Form.Item name="estateId" label={t('desk.routing.estate')}>
              <Select
                allowClear
                placeholder={t('desk.routing.allEstates')}
                options={estates.map((e) => ({ value: e.id, label: e.name }))}
              />
            </Form.Item>
            <Form.Item
              name="organisationIds"
              label={t('desk.routing.organisations')}
              rules={[{ required: true, type: 'array', min: 1, max: 5 }]}
            >
              <Select
                mode="multiple"
                options={orgs.map((o) => ({ value: o.id, label: o.name }))}
                optionFilterProp="label"
              />
            </Form.Item>
            <Form.Item
              name="autoRoute"
              label={t('desk.routing.autoRoute')}
              valuePropName="checked"
              extra={t('desk.routing.autoRouteHelp')}
            >
              <Switch />
            </Form.Item>
          </Form>
        </Modal>
      }
    >
      <ResponsiveTable<Rule>
        rows={rules}
        rowKey="id"
        size="small"
        columns={columns}
        loading={loading}
        empty={t('desk.routing.empty')}
        rowProps={() => ({ 'data-testid': 'routing-rule' })}
        renderCard={(r) => (
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
              <Typography.Text strong>{catName(categories.find((c) => c.id === r.categoryId))}</Typography.Text>
              {r.autoRoute && <Tag color="blue">{t('desk.routing.autoRoute')}</Tag>}
            </Space>
            <Typography.Text type="secondary">
              {estateName(r.estateId)} → {r.organisations.map((o) => o.name).join('、')}
            </Typography.Text>
            {actions(r)}
          </Space>
        )}
      />

      {setting && (
        <div style={{ marginTop: 24 }}>
          <Typography.Title level={5}>{t('desk.settings')}</Typography.Title>
          <Form
            form={clockForm}
            layout={compact ? 'vertical' : 'inline'}
            initialValues={{ emergencyHours: setting.emergencyHours, acknowledgeHours: setting.acknowledgeHours }}
            key={`${setting.communityId}-${setting.emergencyHours}-${setting.acknowledgeHours}`}
            disabled={!canWrite}
            onFinish={(v) =>
              guard(() => setSetting({ variables: { input: { communityId: setting.communityId, ...v } } }))
            }
          >
            <Form.Item name="emergencyHours" label={t('desk.settings.emergencyHours')} rules={[{ required: true }]}>
              <InputNumber min={1} max={72} />
            </Form.Item>
            <Form.Item name="acknowledgeHours" label={t('desk.settings.acknowledgeHours')} rules={[{ required: true }]}>
              <InputNumber min={1} max={72} />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" loading={settingState.loading}>
                {t('common.save')}
              </Button>
            </Form.Item>
          </Form>
        </div>
      )}

      {categories.length > 0 && (
        <div style={{ marginTop: 24 }}>
          <Typography.Title level={5}>{t('desk.categoryDefaults')}</Typography.Title>
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            {categories.map((c) => (
              <Space key={c.id} wrap size={8} data-testid="category-defaults">
                <Typography.Text style={{ minWidth: 96, display: 'inline-block' }}>{catName(c)}</Typography.Text>
                <Select
                  allowClear
                  disabled={!canWrite}
                  aria-label={t('desk.categoryParent')}
                  placeholder={t('desk.categoryParent')}
                  value={c.parentId ?? undefined}
                  style={{ width: compact ? 140 : 180 }}
                  options={categories
                    .filter((p) => p.id !== c.id && !p.parentId)
                    .map((p) => ({ value: p.id, label: catName(p) }))}
                  onChange={(v) =>
                    guard(() =>
                      setDefaults({
                        variables: {
                          input: { categoryId: c.id, parentId: v ?? null, defaultPriority: c.defaultPriority ?? null },
                        },
                      }),
                    )
                  }
                />
                <Select<TicketPriority | ''>
                  disabled={!canWrite}
                  aria-label={t('desk.priority')}
                  value={c.defaultPriority ?? ''}
                  style={{ width: 120 }}
                  options={[
                    { value: '', label: t('desk.inherit') },
                    ...PRIORITIES.map((p) => ({ value: p, label: t(`desk.priority.${p}`) })),
                  ]}
                  onChange={(v) =>
                    guard(() =>
                      setDefaults({
                        variables: {
                          input: { categoryId: c.id, parentId: c.parentId ?? null, defaultPriority: v || null },
                        },
                      }),
                    )
                  }
                />
              </Space>
            ))}
          </Space>
        </div>
      )}
    </ListPage>
  );
}
