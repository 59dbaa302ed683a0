import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Select, Space, Spin } from 'antd';
import { useEffect, useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { apiError, useErrorText } from '../../../app/errors';
import type { AffairsKind, PublicationChannel, PublicationScope } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import {
  CreatePublicationDocument,
  PublicationDetailDocument,
  PublicationPlacesDocument,
  UpdatePublicationDocument,
} from '../graphql/publication';
import { CHANNELS, publicationUrl } from '../urls';

interface Values {
  channel: PublicationChannel;
  kind?: AffairsKind;
  scope: PublicationScope;
  placeId: string;
  title: string;
  body: string;
  changeNote?: string;
}

/** Which levels each channel is published at (the server decides; this only narrows the form). */
const SCOPES: Record<PublicationChannel, PublicationScope[]> = {
  PARTY_BUILDING: ['COMMUNITY', 'ESTATE'],
  COMMUNITY_AFFAIRS: ['COMMUNITY', 'ESTATE'],
  PROPERTY: ['ESTATE'],
  COMMITTEE: ['ESTATE'],
  NEWS: ['STREET', 'COMMUNITY', 'ESTATE'],
};

/**
 * Writes a draft or edits one; a published item's edit is saved as a new revision with a change
 * note. The body is HTML in a plain text area (no rich editor: that would need a new dependency);
 * the server sanitises it.
 */
export function PublicationEditorView() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const existing = useQuery(PublicationDetailDocument, { variables: { id: id ?? '' }, skip: !id });
  const places = useQuery(PublicationPlacesDocument);
  const [create, created] = useMutation(CreatePublicationDocument, { refetchQueries: ['PublicationList'] });
  const [update, updated] = useMutation(UpdatePublicationDocument, {
    refetchQueries: ['PublicationList', 'PublicationDetail', 'PublicationRevisions'],
  });
  const p = existing.data?.publication;
  const initialChannel = (search.get('channel') as PublicationChannel | null) ?? 'NEWS';
  const channel = Form.useWatch('channel', form) ?? p?.channel ?? initialChannel;
  const scope = Form.useWatch('scope', form);

  useEffect(() => {
    if (p) form.setFieldsValue({ title: p.title, body: p.body });
  }, [p, form]);

  const placeOptions = useMemo(() => {
    const communities = places.data?.communities.edges.map((e) => e.node) ?? [];
    if (scope === 'STREET') {
      const streets = new Map(communities.map((c) => [c.street.id, c.street.name]));
      return [...streets].map(([value, label]) => ({ value, label }));
    }
    if (scope === 'COMMUNITY') return communities.map((c) => ({ value: c.id, label: c.name }));
    return places.data?.estates.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  }, [places.data, scope]);

  const submit = async (v: Values) => {
    try {
      if (p) {
        await update({
          variables: {
            input: { id: p.id, expectedVersion: p.version, title: v.title, body: v.body, changeNote: v.changeNote },
          },
        });
        message.success(t('publication.saved'));
        navigate(publicationUrl(p.id));
      } else {
        const r = await create({
          variables: {
            input: {
              channel: v.channel,
              kind: v.channel === 'COMMUNITY_AFFAIRS' ? v.kind : null,
              scope: v.scope,
              placeId: v.placeId,
              title: v.title,
              body: v.body,
            },
          },
        });
        message.success(t('publication.saved'));
        const newId = r.data?.createPublication.publication.id;
        if (newId) navigate(publicationUrl(newId));
      }
    } catch (e) {
      const field = apiError(e)?.field;
      if (field && ['title', 'body', 'changeNote', 'placeId', 'scope', 'kind'].includes(field))
        form.setFields([{ name: field as keyof Values, errors: [errorText(e)] }]);
      else message.error(errorText(e));
    }
  };

  if (id && existing.loading && !p) return <Spin />;
  const published = p?.status === 'PUBLISHED';
  return (
    <Card title={p ? t('publication.edit') : t('publication.new.button')}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ channel: initialChannel, scope: SCOPES[initialChannel][0] }}
        style={{ maxWidth: 760 }}
      >
        {!p && (
          <>
            <Form.Item name="channel" label={t('publication.channel')} rules={[{ required: true }]}>
              <Select
                data-testid="publication-channel"
                options={CHANNELS.map((c) => ({ value: c, label: t(`publication.channel.${c}`) }))}
                onChange={(c: PublicationChannel) => form.setFieldsValue({ scope: SCOPES[c][0], placeId: undefined })}
              />
            </Form.Item>
            {channel === 'COMMUNITY_AFFAIRS' && (
              <Form.Item name="kind" label={t('publication.kind')} rules={[{ required: true }]}>
                <Select
                  options={(['PARTY_AFFAIRS', 'GOVERNMENT_AFFAIRS', 'FINANCE'] as const).map((k) => ({
                    value: k,
                    label: t(`publication.kind.${k}`),
                  }))}
                />
              </Form.Item>
            )}
            <Form.Item name="scope" label={t('publication.scope')} rules={[{ required: true }]}>
              <Select
                options={SCOPES[channel].map((s) => ({ value: s, label: t(`publication.scope.${s}`) }))}
                onChange={() => form.setFieldsValue({ placeId: undefined })}
              />
            </Form.Item>
            <Form.Item name="placeId" label={t('publication.place')} rules={[{ required: true }]}>
              <Select data-testid="publication-place" showSearch optionFilterProp="label" options={placeOptions} />
            </Form.Item>
          </>
        )}
        <Form.Item name="title" label={t('publication.title')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="publication-title-input" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('publication.body')}
          extra={t('publication.bodyHelp')}
          rules={[{ required: true }]}
        >
          <Input.TextArea data-testid="publication-body-input" rows={10} />
        </Form.Item>
        {published && (
          <Form.Item
            name="changeNote"
            label={t('publication.changeNote')}
            extra={t('publication.changeNoteHelp')}
            rules={[{ required: true, max: 500 }]}
          >
            <Input data-testid="publication-change-note" maxLength={500} />
          </Form.Item>
        )}
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            loading={created.loading || updated.loading}
            data-testid="publication-save"
          >
            {published ? t('publication.saveRevision') : t('publication.saveDraft')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('publication.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
