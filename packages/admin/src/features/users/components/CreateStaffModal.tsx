import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Grid, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { useViewer } from '../../../app/viewer';
import type { Role, ScopeKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { CreateStaffAccountDocument } from '../graphql/staff-accounts';
import { ScopeOptionsDocument } from '../graphql/users';
import { OneTimeCode } from './OneTimeCode';

interface Values {
  phone: string;
  displayName: string;
  role: Role;
  scopeKind: ScopeKind;
  scopeId?: string;
}

/**
 * 新建工作人员账号: phone, name and the first role with its scope (the roles and scope kinds come
 * from `roleDefinitions`, the scopes from the admin's own reach). On success the one-time setup
 * code is shown, once.
 */
export function CreateStaffModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { definitions } = useViewer();
  const compact = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const scopeKind = Form.useWatch('scopeKind', form);
  const [create, state] = useMutation(CreateStaffAccountDocument);
  const scopes = useQuery(ScopeOptionsDocument, { skip: !open });
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<{ name: string; code: string; expiresAt: string } | null>(null);

  const definition = definitions.find((d) => d.role === role);
  const d = scopes.data;
  const options =
    scopeKind === 'STREET'
      ? d?.streets.edges
      : scopeKind === 'COMMUNITY'
        ? d?.communities.edges
        : scopeKind === 'ESTATE'
          ? d?.estates.edges
          : scopeKind === 'ORGANISATION'
            ? d?.organisations.edges.filter(
                (e) => !definition?.organisationKind || e.node.kind === definition.organisationKind,
              )
            : [];

  const close = () => {
    form.resetFields();
    setMade(null);
    setError(null);
    onClose();
  };
  const submit = async (v: Values) => {
    setError(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            phone: v.phone.trim(),
            displayName: v.displayName.trim(),
            role: v.role,
            scopeKind: v.scopeKind,
            scopeId: v.scopeKind === 'SYSTEM' ? null : v.scopeId,
          },
        },
      });
      if (!data) return;
      const r = data.createStaffAccount;
      setMade({ name: r.user.displayName, code: r.setupCode.code, expiresAt: r.setupCode.expiresAt });
      onCreated();
    } catch (err) {
      const text = errorText(err);
      if (!applyFieldError(form, err, text)) setError(text);
    }
  };

  return (
    <Modal
      open={open}
      title={t('staff.create')}
      onCancel={close}
      width={compact ? '100%' : 480}
      destroyOnHidden
      footer={
        made ? (
          <Button type="primary" onClick={close}>
            {t('staff.done')}
          </Button>
        ) : (
          <>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={state.loading} onClick={() => form.submit()}>
              {t('staff.create.submit')}
            </Button>
          </>
        )
      }
    >
      {made ? (
        <OneTimeCode name={made.name} code={made.code} expiresAt={made.expiresAt} />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          data-testid="create-staff-form"
          onValuesChange={(changed) => {
            if ('role' in changed) {
              const next = definitions.find((x) => x.role === (changed.role as Role))?.scopeKinds[0];
              form.setFieldsValue({ scopeKind: next, scopeId: undefined });
            }
          }}
        >
          <Form.Item
            name="phone"
            label={t('staff.phone')}
            rules={[
              { required: true, message: t('error.required') },
              { pattern: /^\s*1[3-9]\d{9}\s*$/, message: t('staff.phoneInvalid') },
            ]}
          >
            <Input inputMode="numeric" maxLength={11} />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('staff.name')}
            rules={[{ required: true, whitespace: true, message: t('error.required') }, { max: 30 }]}
          >
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('error.required') }]}>
            <Select
              options={definitions.filter((x) => x.staff).map((x) => ({ value: x.role, label: t(`role.${x.role}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="scopeKind"
            label={t('users.scopeKind')}
            rules={[{ required: true, message: t('error.required') }]}
          >
            <Select options={(definition?.scopeKinds ?? []).map((k) => ({ value: k, label: t(`scope.${k}`) }))} />
          </Form.Item>
          {scopeKind && scopeKind !== 'SYSTEM' && (
            <Form.Item
              name="scopeId"
              label={t('users.scope')}
              rules={[{ required: true, message: t('error.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={(options ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
              />
            </Form.Item>
          )}
          {error && <div style={{ color: '#b91c1c' }}>{error}</div>}
          <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t('staff.create.hint')}</div>
        </Form>
      )}
    </Modal>
  );
}
