import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import type { OrganisationKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { ORGANISATION_KINDS, PLACE_OF_KIND } from '../urls';

export interface OrganisationValues {
  kind: OrganisationKind;
  name: string;
  contact?: string;
  communityId?: string;
  estateId?: string;
  streetId?: string;
  archived?: boolean;
}

type Option = { value: string; label: string };

/** Create (kind + place) or edit (name, contact, archived) an organisation. Props only. */
export function OrganisationForm(props: {
  open: boolean;
  mode: 'create' | 'edit';
  initial?: Partial<OrganisationValues>;
  places: { streets: Option[]; communities: Option[]; estates: Option[] };
  loading: boolean;
  fieldError?: { field: string; text: string } | null;
  onCancel(): void;
  onSubmit(values: OrganisationValues): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<OrganisationValues>();
  const kind = Form.useWatch('kind', form);
  const { open, initial, fieldError } = props;
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initial ?? { kind: 'COMMUNITY_OFFICE' });
    }
  }, [open, initial, form]);
  useEffect(() => {
    if (fieldError) form.setFields([{ name: fieldError.field as keyof OrganisationValues, errors: [fieldError.text] }]);
  }, [fieldError, form]);
  const place = kind ? PLACE_OF_KIND[kind] : null;
  const placeLabel = { communityId: t('orgs.community'), estateId: t('orgs.estate'), streetId: t('orgs.street') };
  const placeOptions = {
    communityId: props.places.communities,
    estateId: props.places.estates,
    streetId: props.places.streets,
  };
  return (
    <Modal
      open={open}
      title={props.mode === 'edit' ? t('orgs.editTitle') : t('orgs.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: props.loading }}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={props.onSubmit}>
        <Form.Item name="kind" label={t('orgs.kind')} rules={[{ required: true, message: t('error.required') }]}>
          <Select
            disabled={props.mode === 'edit'}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`orgs.kind.${k}`) }))}
          />
        </Form.Item>
        {props.mode === 'create' && place && (
          <Form.Item name={place} label={placeLabel[place]} rules={[{ required: true, message: t('error.required') }]}>
            <Select showSearch optionFilterProp="label" options={placeOptions[place]} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('common.name')}
          rules={[{ required: true, whitespace: true, message: t('error.required') }, { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="contact" label={t('orgs.contact')}>
          <Input maxLength={200} />
        </Form.Item>
        {props.mode === 'edit' && (
          <Form.Item name="archived" valuePropName="checked">
            <Checkbox>{t('common.archived')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
