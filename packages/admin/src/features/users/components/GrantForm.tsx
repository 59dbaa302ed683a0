import { Button, Form, Select } from 'antd';
import type { Role, ScopeKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

export interface GrantValues {
  role: Role;
  scopeKind: ScopeKind;
  scopeId?: string;
}

type Option = { value: string; label: string };

/** Which scope kinds make sense for a role (the server has the final word). */
export const SCOPES_OF_ROLE: Record<Role, ScopeKind[]> = {
  RESIDENT: ['COMMUNITY'],
  COMMUNITY_STAFF: ['COMMUNITY'],
  PROPERTY_STAFF: ['ORGANISATION'],
  COMMITTEE_MEMBER: ['ORGANISATION'],
  STREET_ADMIN: ['STREET'],
  SYSTEM_ADMIN: ['SYSTEM'],
};

const GRANTABLE: Role[] = ['COMMUNITY_STAFF', 'PROPERTY_STAFF', 'COMMITTEE_MEMBER', 'STREET_ADMIN', 'SYSTEM_ADMIN'];

/** Grant a role in a scope. Props only. */
export function GrantForm(props: {
  scopes: Record<Exclude<ScopeKind, 'SYSTEM'>, Option[]>;
  loading: boolean;
  onSubmit(values: GrantValues): Promise<boolean>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<GrantValues>();
  const role = Form.useWatch('role', form);
  const scopeKind = Form.useWatch('scopeKind', form);
  const kinds = role ? SCOPES_OF_ROLE[role] : [];
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={async (v) => {
        if (await props.onSubmit(v)) form.resetFields();
      }}
      onValuesChange={(changed) => {
        if ('role' in changed) {
          const next = changed.role ? SCOPES_OF_ROLE[changed.role as Role][0] : undefined;
          form.setFieldsValue({ scopeKind: next, scopeId: undefined });
        }
      }}
    >
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('error.required') }]}>
        <Select options={GRANTABLE.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      </Form.Item>
      <Form.Item
        name="scopeKind"
        label={t('users.scopeKind')}
        rules={[{ required: true, message: t('error.required') }]}
      >
        <Select options={kinds.map((k) => ({ value: k, label: t(`scope.${k}`) }))} />
      </Form.Item>
      {scopeKind && scopeKind !== 'SYSTEM' && (
        <Form.Item name="scopeId" label={t('users.scope')} rules={[{ required: true, message: t('error.required') }]}>
          <Select showSearch optionFilterProp="label" options={props.scopes[scopeKind]} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={props.loading}>
        {t('users.grant')}
      </Button>
    </Form>
  );
}
