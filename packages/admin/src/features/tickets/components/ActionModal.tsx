import { Form, Input, Modal, Select } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../../../i18n';
import { ReplyTemplatePicker } from '../../board/components/ReplyTemplatePicker';
import type { TicketAction } from './TicketActions';
import { ACTION_TEXT_VISIBILITY, VisibilityTag } from './Visibility';

export interface Option {
  value: string;
  label: string;
}

/** Values of every action form; each action uses some of them. */
export interface ActionValues {
  organisationIds?: string[];
  categoryId?: string;
  note?: string;
  reason?: string;
  primaryTicketId?: string;
  body?: string;
  organisationId?: string;
  resolution?: string;
  departmentId?: string;
  answer?: string;
}

export interface ActionOptions {
  organisations: Option[];
  categories: Option[];
  departments: Option[];
  mergeCandidates: Option[];
  replyOrganisations: Option[];
}

interface Props {
  action: TicketAction | null;
  /** The ticket acted on: the reply dialog offers its filled reply templates (常用语). */
  ticketId?: string;
  options: ActionOptions;
  initialValues?: ActionValues;
  loading: boolean;
  /** A server field error to show beside its field. */
  serverError?: { field: string; text: string } | null;
  onMergeSearch(text: string): void;
  /** A merge target as a row of the picker (state, category, estate, date); the label shows once picked. */
  renderMergeOption?(value: string): ReactNode;
  /** Hints under the choice fields (why a list is short or empty). */
  hints?: { organisations?: ReactNode; departments?: ReactNode; merge?: ReactNode };
  onCancel(): void;
  onSubmit(values: ActionValues): void;
}

/** The form of one ticket action in a modal: the fields its mutation takes, checked as the server does. */
export function ActionModal(props: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<ActionValues>();
  const { action, options } = props;
  useEffect(() => {
    if (action) {
      form.resetFields();
      if (props.initialValues) form.setFieldsValue(props.initialValues);
    }
  }, [action, props.initialValues, form]);
  useEffect(() => {
    if (props.serverError)
      form.setFields([{ name: props.serverError.field as keyof ActionValues, errors: [props.serverError.text] }]);
  }, [props.serverError, form]);

  const required = { required: true, message: t('error.required') };
  const length = (min: number, max: number) => ({ min, max, message: t('ticket.form.length', { min, max }) });
  const text = (name: keyof ActionValues, label: string, min: number, max: number, optional = false) => (
    <Form.Item
      name={name}
      label={
        <span>
          {label}
          {action && <VisibilityTag visibility={ACTION_TEXT_VISIBILITY[action]} />}
        </span>
      }
      rules={
        optional
          ? [{ max, message: t('ticket.form.length', { min: 0, max }) }]
          : [{ ...required, whitespace: true }, length(min, max)]
      }
    >
      <Input.TextArea rows={4} maxLength={max} showCount />
    </Form.Item>
  );
  const organisations = (
    <Form.Item
      name="organisationIds"
      label={t('ticket.form.organisations')}
      extra={props.hints?.organisations ?? (action === 'accept' ? t('ticket.form.organisationsHint') : undefined)}
      rules={[required, { type: 'array', max: 5, message: t('ticket.form.length', { min: 1, max: 5 }) }]}
    >
      <Select
        mode="multiple"
        options={options.organisations}
        optionFilterProp="label"
        aria-label={t('ticket.form.organisations')}
      />
    </Form.Item>
  );

  let fields: React.ReactNode = null;
  switch (action) {
    case 'accept':
      fields = (
        <>
          {organisations}
          <Form.Item name="categoryId" label={t('ticket.form.category')}>
            <Select options={options.categories} optionFilterProp="label" />
          </Form.Item>
          {text('note', t('ticket.form.note'), 0, 1000, true)}
        </>
      );
      break;
    case 'reassign':
      fields = (
        <>
          {organisations}
          {text('note', t('ticket.form.note'), 0, 1000, true)}
        </>
      );
      break;
    case 'reject':
      fields = text('reason', t('ticket.form.reason'), 2, 500);
      break;
    case 'merge':
      fields = (
        <>
          <Form.Item
            name="primaryTicketId"
            label={t('ticket.form.primary')}
            rules={[required]}
            extra={props.hints?.merge}
          >
            <Select
              showSearch
              filterOption={false}
              onSearch={props.onMergeSearch}
              placeholder={t('ticket.form.primarySearch')}
              options={options.mergeCandidates}
              optionRender={props.renderMergeOption ? (o) => props.renderMergeOption?.(String(o.value)) : undefined}
              aria-label={t('ticket.form.primary')}
              data-testid="merge-target"
            />
          </Form.Item>
          {text('note', t('ticket.form.mergeNote'), 0, 500, true)}
        </>
      );
      break;
    case 'reply':
      fields = (
        <>
          {options.replyOrganisations.length > 1 && (
            <Form.Item name="organisationId" label={t('ticket.form.replyFor')}>
              <Select allowClear options={options.replyOrganisations} />
            </Form.Item>
          )}
          {props.ticketId && <ReplyTemplatePicker ticketId={props.ticketId} />}
          {text('body', t('ticket.form.reply'), 2, 2000)}
        </>
      );
      break;
    case 'note':
      fields = text('body', t('ticket.form.noteBody'), 1, 2000);
      break;
    case 'resolve':
      fields = text('resolution', t('ticket.form.resolution'), 2, 2000);
      break;
    case 'escalate':
      fields = (
        <>
          <Form.Item
            name="departmentId"
            label={t('ticket.form.department')}
            rules={[required]}
            extra={props.hints?.departments}
          >
            <Select options={options.departments} optionFilterProp="label" aria-label={t('ticket.form.department')} />
          </Form.Item>
          {text('reason', t('ticket.form.escalateReason'), 2, 1000)}
        </>
      );
      break;
    case 'answerEscalation':
      fields = text('answer', t('ticket.form.answer'), 2, 2000);
      break;
    case 'referToMeeting':
      fields = text('note', t('ticket.form.meetingNote'), 0, 1000, true);
      break;
  }

  return (
    <Modal
      open={!!action}
      title={action ? t(`ticket.action.${action}`) : ''}
      okText={action ? t(`ticket.action.${action}`) : t('common.save')}
      okButtonProps={{ loading: props.loading, danger: action === 'reject' }}
      cancelText={t('common.cancel')}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={props.onSubmit} data-testid="action-form">
        {fields}
      </Form>
    </Modal>
  );
}
