import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { PointsNav } from '../components/PointsNav';
import {
  CancelRedemptionDocument,
  HandOverRedemptionDocument,
  PointsRedemptionsDocument,
  PointsRewardsDocument,
  SavePointsRewardDocument,
} from '../graphql/points';
import { POINTS_PARAMS } from '../urls';

interface Reward {
  id: string;
  name: string;
  cost: number;
  stock: number;
  perPersonLimit?: number | null;
  active: boolean;
}
interface Redemption {
  id: string;
  userDisplayName: string;
  rewardName: string;
  cost: number;
  status: 'RESERVED' | 'HANDED_OVER' | 'CANCELLED';
  createdAt: string;
}

/** The reward catalogue with stock, and the redemptions: hand over against the pick-up code, or cancel (refund). */
export function RewardsView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useListParams(POINTS_PARAMS);
  const f = list.values;
  const [creating, setCreating] = useState(false);
  const [handing, setHanding] = useState<Redemption | null>(null);
  const [form] = Form.useForm<{ name: string; cost: number; stock: number; perPersonLimit?: number }>();
  const [codeForm] = Form.useForm<{ pickupCode: string }>();
  const vars = { communityId: f.community ?? '', first: 20 };
  const rewards = useQuery(PointsRewardsDocument, { variables: { ...vars, after: f.after }, skip: !f.community });
  const redemptions = useQuery(PointsRedemptionsDocument, { variables: { ...vars, status: null }, skip: !f.community });
  const refetchQueries = ['PointsRewards', 'PointsRedemptions'];
  const [save, saving] = useMutation(SavePointsRewardDocument, { refetchQueries });
  const [handOver, handingOver] = useMutation(HandOverRedemptionDocument, { refetchQueries });
  const [cancel] = useMutation(CancelRedemptionDocument, { refetchQueries });
  const rows: Reward[] = rewards.data?.pointsRewards.edges.map((e) => e.node) ?? [];
  const reds: Redemption[] = redemptions.data?.pointsRedemptions.edges.map((e) => e.node) ?? [];
  const fail = (form: Parameters<typeof applyFieldError>[0] | null, err: unknown) => {
    const text = errorText(err);
    if (!form || !applyFieldError(form, err, text)) message.error(text);
  };
  const submit = async (v: { name: string; cost: number; stock: number; perPersonLimit?: number }) => {
    try {
      await save({
        variables: { input: { communityId: f.community ?? '', ...v, perPersonLimit: v.perPersonLimit ?? null } },
      });
      setCreating(false);
      form.resetFields();
    } catch (err) {
      fail(form, err);
    }
  };
  const hand = async (v: { pickupCode: string }) => {
    if (!handing) return;
    try {
      await handOver({ variables: { input: { redemptionId: handing.id, pickupCode: v.pickupCode } } });
      message.success(t('points.handedOver'));
      setHanding(null);
    } catch (err) {
      fail(codeForm, err);
    }
  };
  const redemptionActions = (r: Redemption) =>
    r.status !== 'RESERVED' ? (
      <Tag>{t(`points.redemption.${r.status}`)}</Tag>
    ) : (
      <Space size={4}>
        <Button
          size="small"
          type="primary"
          onClick={() => {
            codeForm.resetFields();
            setHanding(r);
          }}
        >
          {t('points.handOver')}
        </Button>
        <Button
          size="small"
          danger
          onClick={() =>
            cancel({ variables: { input: { redemptionId: r.id } } }).catch((err: unknown) => fail(null, err))
          }
        >
          {t('points.cancelRedemption')}
        </Button>
      </Space>
    );
  return (
    <ListPage
      title={t('points.tab.rewards')}
      actions={
        <Button type="primary" disabled={!f.community} onClick={() => setCreating(true)}>
          {t('points.newReward')}
        </Button>
      }
      filters={
        <ListFilters>
          <PointsNav tab="rewards" community={f.community} onCommunity={(community) => list.set({ community })} />
        </ListFilters>
      }
      error={rewards.error ?? redemptions.error}
      paging={{ connection: rewards.data?.pointsRewards, after: f.after, onPage: (after) => list.set({ after }) }}
      overlays={
        <>
          <Modal
            open={creating}
            title={t('points.newReward')}
            onCancel={() => setCreating(false)}
            onOk={() => form.submit()}
            confirmLoading={saving.loading}
          >
            <Form form={form} layout="vertical" onFinish={submit} initialValues={{ cost: 10, stock: 10 }}>
              <Form.Item name="name" label={t('points.rewardName')} rules={[{ required: true }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="cost" label={t('points.cost')} rules={[{ required: true }]}>
                <InputNumber min={1} />
              </Form.Item>
              <Form.Item name="stock" label={t('points.stock')} rules={[{ required: true }]}>
                <InputNumber min={0} />
              </Form.Item>
              <Form.Item name="perPersonLimit" label={t('points.perPersonLimit')}>
                <InputNumber min={1} />
              </Form.Item>
            </Form>
          </Modal>
          <Modal
            open={handing !== null}
            title={t('points.handOver')}
            onCancel={() => setHanding(null)}
            onOk={() => codeForm.submit()}
            confirmLoading={handingOver.loading}
          >
            <Form form={codeForm} layout="vertical" onFinish={hand}>
              <Form.Item name="pickupCode" label={t('points.pickupCode')} rules={[{ required: true }]}>
                <Input maxLength={8} inputMode="numeric" />
              </Form.Item>
            </Form>
          </Modal>
        </>
      }
    >
      <ResponsiveTable<Reward>
        rows={rows}
        rowKey="id"
        loading={rewards.loading}
        empty={f.community ? undefined : t('points.pickCommunity')}
        columns={[
          { title: t('points.rewardName'), dataIndex: 'name' },
          { title: t('points.cost'), dataIndex: 'cost' },
          { title: t('points.stock'), dataIndex: 'stock' },
          { title: t('points.perPersonLimit'), dataIndex: 'perPersonLimit' },
        ]}
        renderCard={(r) => (
          <>
            <strong>{r.name}</strong> · {r.cost} {t('points.unit')} · {t('points.stock')} {r.stock}
          </>
        )}
      />
      <Card size="small" title={t('points.redemptions')} style={{ marginTop: 16 }}>
        <ResponsiveTable<Redemption>
          rows={reds}
          rowKey="id"
          loading={redemptions.loading}
          columns={[
            { title: t('points.when'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
            { title: t('points.name'), dataIndex: 'userDisplayName' },
            { title: t('points.rewardName'), dataIndex: 'rewardName' },
            { title: t('points.cost'), dataIndex: 'cost' },
            { title: '', key: 'a', render: (_: unknown, r) => redemptionActions(r) },
          ]}
          renderCard={(r) => (
            <>
              <strong>{r.userDisplayName}</strong> · {r.rewardName} · {r.cost}
              <div>{redemptionActions(r)}</div>
            </>
          )}
        />
      </Card>
    </ListPage>
  );
}
