import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, App, Breadcrumb, Button, Card, Checkbox, Grid, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { apiError, useErrorText } from '../../../app/errors';
import { useUrlState } from '../../../app/url';
import { type MessageKey, useI18n } from '../../../i18n';
import { type NodeField, NodeFormModal } from '../components/NodeFormModal';
import { NodeList, type NodeRow } from '../components/NodeList';
import { TreeCrumbsDocument } from '../graphql/tree';
import { childLevel, orgTreeUrl, parseTreeParams, type TreeLevel } from '../urls';
import { useTreeChildren } from './useTreeChildren';
import { useTreeMutations } from './useTreeMutations';

const CREATE_LABEL: Partial<Record<TreeLevel, MessageKey>> = {
  community: 'org.createCommunity',
  estate: 'org.createEstate',
  building: 'org.createBuilding',
  household: 'org.createHousehold',
};

type Editing = { mode: 'create' } | { mode: 'edit'; row: NodeRow };

/** 组织架构: drill down street → community → estate → building → households; the URL says where. */
export function OrgTreeView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const compact = Grid.useBreakpoint().md === false;
  const [params, setParams] = useUrlState();
  const pos = parseTreeParams(params);
  const level = childLevel(pos);
  const children = useTreeChildren(pos);
  const mutations = useTreeMutations();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; text: string } | null>(null);

  const crumbs = useQuery(TreeCrumbsDocument, {
    variables: {
      streetId: pos.street ?? '',
      communityId: pos.community ?? '',
      estateId: pos.estate ?? '',
      withStreet: !!pos.street && !pos.community,
      withCommunity: !!pos.community && !pos.estate,
      withEstate: !!pos.estate,
      // There is no `building(id)` query: the building's name comes from its estate's list.
      withBuildings: !!pos.estate && !!pos.building,
    },
    skip: level === 'street',
  });
  const c = crumbs.data;
  const building = c?.buildings?.edges.find((e) => e.node.id === pos.building)?.node;
  const street = c?.street ?? c?.community?.street ?? c?.estate?.community.street;
  const community = c?.community ?? c?.estate?.community;
  const parentCan =
    level === 'community'
      ? c?.street?.viewerCan
      : level === 'estate'
        ? c?.community?.viewerCan
        : level === 'building'
          ? c?.estate?.viewerCan
          : level === 'household'
            ? building?.viewerCan
            : undefined;

  const trail = [
    { title: <Link to={orgTreeUrl({ archived: pos.archived })}>{t('org.root')}</Link> },
    ...(street
      ? [{ title: <Link to={orgTreeUrl({ street: street.id, archived: pos.archived })}>{street.name}</Link> }]
      : []),
    ...(community && street
      ? [
          {
            title: (
              <Link to={orgTreeUrl({ street: street.id, community: community.id, archived: pos.archived })}>
                {community.name}
              </Link>
            ),
          },
        ]
      : []),
    ...(c?.estate && street && community
      ? [
          {
            title: (
              <Link
                to={orgTreeUrl({
                  street: street.id,
                  community: community.id,
                  estate: c.estate.id,
                  archived: pos.archived,
                })}
              >
                {c.estate.name}
              </Link>
            ),
          },
        ]
      : []),
    ...(building ? [{ title: building.name }] : []),
  ];

  const fields: NodeField[] = useMemo(() => {
    if (level === 'household')
      return [
        { name: 'unit', label: t('org.unit'), max: 20 },
        { name: 'room', label: t('org.room'), required: editing?.mode === 'create', max: 20 },
      ];
    if (level === 'building') return [{ name: 'name', label: t('common.name'), required: true, max: 50 }];
    return [
      { name: 'name', label: t('common.name'), required: true, max: 100 },
      { name: 'address', label: t('common.address'), max: 200 },
    ];
  }, [level, t, editing?.mode]);

  const initial = useMemo<Record<string, string>>(() => {
    if (editing?.mode !== 'edit') return {} as Record<string, string>;
    const row = children.rows.find((r) => r.id === editing.row.id);
    const node = (children.conn?.edges.find((e) => (e.node as { id: string }).id === editing.row.id)?.node ??
      {}) as Record<string, unknown>;
    const text = (k: string) => (typeof node[k] === 'string' ? (node[k] as string) : '');
    return {
      name: row?.name ?? '',
      address: text('address'),
      unit: text('unit'),
      // Masked rooms are not editable as text: leave empty (= unchanged).
      room: text('room').includes('*') ? '' : text('room'),
    };
  }, [editing, children.rows, children.conn]);

  const open = (row: NodeRow) => {
    const next = { ...pos };
    if (level === 'street') Object.assign(next, { street: row.id });
    else if (level === 'community') Object.assign(next, { community: row.id });
    else if (level === 'estate') Object.assign(next, { estate: row.id });
    else if (level === 'building') Object.assign(next, { building: row.id });
    navigate(orgTreeUrl(next));
  };

  const fail = (err: unknown) => {
    const e = apiError(err);
    if (e?.field && fields.some((f) => f.name === e.field)) setFieldError({ field: e.field, text: errorText(err) });
    else message.error(errorText(err));
  };

  const submit = async (values: Record<string, string>) => {
    setFieldError(null);
    try {
      if (editing?.mode === 'edit') await mutations.update(level, editing.row.id, values);
      else await mutations.create(level, pos, values);
      message.success(t('common.saved'));
      setEditing(null);
      await children.refetch();
    } catch (err) {
      fail(err);
    }
  };

  const archive = async (row: NodeRow, archived: boolean) => {
    try {
      await mutations.update(level, row.id, { archived } as Record<string, string> & { archived: boolean });
      message.success(t('common.saved'));
      await children.refetch();
    } catch (err) {
      fail(err);
    }
  };

  const createKey = CREATE_LABEL[level];
  const masked = level === 'household' && children.rows.some((r) => r.detail?.includes('*'));

  return (
    <Card
      size="small"
      title={t('nav.org')}
      extra={
        createKey && parentCan?.createChild ? (
          <Button
            type="primary"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              setFieldError(null);
              setEditing({ mode: 'create' });
            }}
          >
            {compact ? null : t(createKey)}
          </Button>
        ) : null
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Breadcrumb items={trail} />
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text strong>{t(`org.level.${level}`)}</Typography.Text>
          <Checkbox checked={pos.archived} onChange={(e) => setParams({ archived: e.target.checked })}>
            {t('common.showArchived')}
          </Checkbox>
        </Space>
        {masked && <Alert type="info" showIcon title={t('org.roomMasked')} />}
        {children.error && <Typography.Text type="danger">{errorText(children.error)}</Typography.Text>}
        <NodeList
          rows={children.rows}
          loading={children.loading}
          compact={compact}
          detailTitle={
            level === 'street'
              ? t('org.district')
              : level === 'building'
                ? undefined
                : level === 'household'
                  ? children.detailTitle
                  : t('common.address')
          }
          onOpen={open}
          onEdit={(row) => {
            setFieldError(null);
            setEditing({ mode: 'edit', row });
          }}
          onArchive={archive}
        />
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text type="secondary">
            {t('common.total', { count: children.conn?.totalCount ?? 0 })}
          </Typography.Text>
          {children.conn?.pageInfo.hasNextPage && (
            <Button size="small" onClick={() => children.loadMore()}>
              {t('common.loadMore')}
            </Button>
          )}
        </Space>
      </Space>
      <NodeFormModal
        open={!!editing}
        title={
          editing?.mode === 'edit'
            ? t('org.editTitle', { level: t(`org.level.${level}`) })
            : createKey
              ? t(createKey)
              : ''
        }
        fields={fields}
        initial={initial}
        loading={mutations.loading}
        fieldError={fieldError}
        onCancel={() => setEditing(null)}
        onSubmit={submit}
      />
    </Card>
  );
}
