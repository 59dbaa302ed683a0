import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { applyFieldError, useErrorText } from '../../../app/errors';
import { useI18n } from '../../../i18n';
import { todayText } from '../components/files';
import { SheetInput } from '../components/SheetInput';
import { StatusTag } from '../components/StatusTag';
import { EquipmentDetailDocument, RecordMaintenanceDocument } from '../graphql/property';

const MKINDS = [
  'ROUTINE',
  'QUARTERLY',
  'HALF_YEARLY',
  'YEARLY',
  'INSPECTION',
  'MONTHLY_CHECK',
  'YEARLY_TEST',
  'CLEANING',
  'REPAIR',
  'OTHER',
] as const;
const RESULTS = ['PASSED', 'FIXED', 'FAILED'] as const;

interface Values {
  performedOn: string;
  kind: (typeof MKINDS)[number];
  contractor: string;
  result: (typeof RESULTS)[number];
  defects?: string;
  fix?: string;
  fileIds?: string[];
}

/**
 * The quick maintenance-record form: one column, large controls, the signed sheet from the camera —
 * made for a phone at the machine-room door. Saves and returns to the register.
 */
export function MaintenanceFormView() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { data } = useQuery(EquipmentDetailDocument, { variables: { id } });
  const [save, { loading }] = useMutation(RecordMaintenanceDocument, {
    refetchQueries: ['EquipmentDetail', 'EquipmentRegister'],
  });
  const e = data?.equipment;
  const submit = async (v: Values) => {
    try {
      await save({
        variables: {
          input: {
            equipmentId: id,
            performedOn: v.performedOn,
            kind: v.kind,
            contractor: v.contractor,
            result: v.result,
            defects: v.defects || null,
            fix: v.fix || null,
            fileIds: v.fileIds ?? [],
          },
        },
      });
      message.success(t('property.saved'));
      navigate(-1);
    } catch (err) {
      const text = errorText(err);
      if (!applyFieldError(form, err, text)) message.error(text);
    }
  };
  return (
    <Card
      title={
        <Space wrap>
          <span>{t('property.record')}</span>
          {e && <StatusTag status={e.maintenanceStatus} />}
        </Space>
      }
      styles={{ body: { padding: 12 } }}
      data-testid="maintenance-form"
    >
      {e && (
        <p>
          <strong>{e.name}</strong> · {e.registrationNo}
        </p>
      )}
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={{
          performedOn: todayText(),
          kind: e?.kind === 'FIRE_SAFETY' ? 'MONTHLY_CHECK' : 'ROUTINE',
          result: 'PASSED',
          fileIds: [],
        }}
      >
        <Form.Item name="performedOn" label={t('property.performedOn')} rules={[{ required: true }]}>
          <Input type="date" max={todayText()} />
        </Form.Item>
        <Form.Item name="kind" label={t('property.maintenanceKind')} rules={[{ required: true }]}>
          <Select options={MKINDS.map((k) => ({ value: k, label: t(`property.mkind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="contractor" label={t('property.contractor')} rules={[{ required: true, max: 100 }]}>
          <Input data-testid="contractor" />
        </Form.Item>
        <Form.Item name="result" label={t('property.result')} rules={[{ required: true }]}>
          <Select options={RESULTS.map((r) => ({ value: r, label: t(`property.result.${r}`) }))} />
        </Form.Item>
        <Form.Item name="defects" label={t('property.defects')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="fix" label={t('property.fix')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="fileIds" label={t('property.sheet')}>
          <SheetInput />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading} data-testid="save-record">
          {t('property.save')}
        </Button>
      </Form>
    </Card>
  );
}
