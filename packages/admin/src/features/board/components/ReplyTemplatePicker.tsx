import { useQuery } from '@apollo/client/react';
import { Form, Select } from 'antd';
import { useI18n } from '../../../i18n';
import { FilledReplyTemplatesDocument } from '../graphql/board';

/**
 * 常用语 in the reply dialog: the templates of the ticket's community and category, filled for it
 * by the server; picking one puts its text into the form's `field` (editable before sending).
 */
export function ReplyTemplatePicker({ ticketId, field = 'body' }: { ticketId: string; field?: string }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const { data, loading } = useQuery(FilledReplyTemplatesDocument, { variables: { ticketId } });
  const templates = data?.filledReplyTemplates ?? [];
  return (
    <Form.Item label={t('board.templates.pick')} style={{ marginBottom: 12 }}>
      <Select
        data-testid="reply-template-picker"
        aria-label={t('board.templates.pick')}
        loading={loading}
        value={null}
        placeholder={templates.length ? t('board.templates.pick') : t('board.templates.none')}
        disabled={!templates.length}
        options={templates.map((x) => ({ value: x.templateId, label: x.title }))}
        onChange={(id: string) => {
          const picked = templates.find((x) => x.templateId === id);
          if (picked) form.setFieldValue(field, picked.text);
        }}
      />
    </Form.Item>
  );
}
