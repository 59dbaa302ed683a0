import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Checkbox, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { useCompact } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { CreateVoteDocument } from '../graphql/vote';

interface Values {
  title: string;
  organiser: 'OWNERS_COMMITTEE' | 'COMMUNITY';
  period: [Dayjs, Dayjs];
  openBallots: boolean;
  matters: { kind: 'ORDINARY' | 'MAJOR'; title: string; text: string }[];
}

/** The vote editor: title, organiser, period, openness and the matters with their kinds. */
export function VoteEditor(props: { estateId: string | null; open: boolean; onClose(id?: string): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const compact = useCompact();
  const [form] = Form.useForm<Values>();
  const [create, { loading }] = useMutation(CreateVoteDocument);
  const submit = async (v: Values) => {
    if (!props.estateId) return;
    try {
      const r = await create({
        variables: {
          input: {
            estateId: props.estateId,
            title: v.title,
            organiser: v.organiser,
            opensAt: v.period[0].toISOString(),
            closesAt: v.period[1].toISOString(),
            openBallots: v.openBallots,
            matters: v.matters.map((m) => ({ kind: m.kind, title: m.title, text: m.text })),
          },
        },
      });
      message.success(t('vote.created'));
      form.resetFields();
      props.onClose(r.data?.createVote.vote.id);
    } catch (err) {
      if (!applyFieldError(form, err, errorText(err))) message.error(errorText(err));
    }
  };
  return (
    <Drawer
      open={props.open}
      onClose={() => props.onClose()}
      title={t('vote.create')}
      width={compact ? '100%' : 640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          organiser: 'OWNERS_COMMITTEE',
          openBallots: false,
          period: [dayjs(), dayjs().add(14, 'day')],
          matters: [{ kind: 'ORDINARY', title: '', text: '' }],
        }}
      >
        <Form.Item name="title" label={t('vote.title')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="organiser" label={t('vote.organiser')}>
          <Select
            options={(['OWNERS_COMMITTEE', 'COMMUNITY'] as const).map((o) => ({
              value: o,
              label: t(`vote.organiser.${o}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="period" label={t('vote.period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="openBallots" valuePropName="checked">
          <Checkbox>{t('vote.openBallots')}</Checkbox>
        </Form.Item>
        <Form.List name="matters">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
                  <Space wrap>
                    <strong>
                      {t('vote.matter')} {i + 1}
                    </strong>
                    <Form.Item name={[f.name, 'kind']} noStyle>
                      <Select
                        style={{ width: 220 }}
                        options={(['ORDINARY', 'MAJOR'] as const).map((k) => ({
                          value: k,
                          label: t(`vote.kind.${k}`),
                        }))}
                      />
                    </Form.Item>
                    {fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(f.name)} /> : null}
                  </Space>
                  <Form.Item name={[f.name, 'title']} rules={[{ required: true, max: 100 }]} noStyle>
                    <Input placeholder={t('vote.matter.title')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'text']} rules={[{ required: true }]} noStyle>
                    <Input.TextArea rows={3} placeholder={t('vote.matter.text')} />
                  </Form.Item>
                </Space>
              ))}
              {fields.length < 20 ? (
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'ORDINARY', title: '', text: '' })}>
                  {t('vote.matter.add')}
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
        <div style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('vote.create')}
          </Button>
        </div>
      </Form>
    </Drawer>
  );
}
