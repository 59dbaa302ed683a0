import { Checkbox, Form, Input, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import type { CallbackSatisfaction } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

export interface CallbackValues {
  reached: boolean;
  satisfaction?: CallbackSatisfaction;
  note?: string;
  reopen?: boolean;
}

const LEVELS: CallbackSatisfaction[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'];

/** 登记回访: reached or not, the resident's satisfaction, a note; a dissatisfied one may reopen the ticket. */
export function CallbackModal(props: {
  open: boolean;
  loading: boolean;
  canReopen: boolean;
  onCancel(): void;
  onSubmit(values: CallbackValues): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<CallbackValues>();
  const reached = Form.useWatch('reached', form);
  const satisfaction = Form.useWatch('satisfaction', form);
  useEffect(() => {
    if (props.open) form.setFieldsValue({ reached: true, satisfaction: undefined, note: '', reopen: false });
  }, [props.open, form]);
  return (
    <Modal
      open={props.open}
      title={t('board.callback.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: props.loading }}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={props.onSubmit} data-testid="callback-form">
        <Form.Item name="reached" label={t('board.callback.reached')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('board.callback.reachedYes') },
              { value: false, label: t('board.callback.reachedNo') },
            ]}
          />
        </Form.Item>
        {reached && (
          <Form.Item
            name="satisfaction"
            label={t('board.callback.satisfaction')}
            rules={[{ required: true, message: t('error.required') }]}
          >
            <Radio.Group options={LEVELS.map((l) => ({ value: l, label: t(`board.callback.${l}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('board.callback.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        {reached && satisfaction === 'DISSATISFIED' && props.canReopen && (
          <Form.Item name="reopen" valuePropName="checked">
            <Checkbox>{t('board.callback.reopen')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
