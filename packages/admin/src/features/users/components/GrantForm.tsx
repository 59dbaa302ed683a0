import { Button, Form, Select } from 'antd';
import type { RoleDefinition } from '../../../app/roles';
import type { OrganisationKind, Role, ScopeKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

export interface GrantValues {
  role: Role;
  scopeKind: ScopeKind;
  scopeId?: string;
}

type Option = { value: string; label: string; kind?: OrganisationKind };

/**
 * Grant a role in a scope. Props only. The roles offered (staff roles), the scope kinds each is
 * granted on and the kind of organisation it needs come from the server (`roleDefinitions`).
 */
export function GrantForm(props: {
  definitions: readonly RoleDefinition[];
  scopes: Record<Exclude<ScopeKind, 'SYSTEM'>, Option[]>;
  loading: boolean;
  onSubmit(values: GrantValues): Promise<boolean>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<GrantValues>();
  const role = Form.useWatch('role', form);
  const scopeKind = Form.useWatch('scopeKind', form);
  const grantable = props.definitions.filter((d) => d.staff);
  const definition = props.definitions.find((d) => d.role === role);
  const kinds = definition?.scopeKinds ?? [];
  const scopeOptions =
    scopeKind && scopeKind !== 'SYSTEM'
      ? props.scopes[scopeKind].filter(
          (o) =>
            !definition?.organisationKind || scopeKind !== 'ORGANISATION' || o.kind === definition.organisationKind,
        )
      : [];
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={async (v) => {
        if (await props.onSubmit(v)) form.resetFields();
      }}
      onValuesChange={(changed) => {
        if ('role' in changed) {
          const next = props.definitions.find((d) => d.role === (changed.role as Role))?.scopeKinds[0];
          form.setFieldsValue({ scopeKind: next, scopeId: undefined });
        }
      }}
    >
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('error.required') }]}>
        <Select options={grantable.map((d) => ({ value: d.role, label: t(`role.${d.role}`) }))} />
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
          <Select showSearch optionFilterProp="label" options={scopeOptions} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={props.loading}>
        {t('users.grant')}
      </Button>
    </Form>
  );
}
