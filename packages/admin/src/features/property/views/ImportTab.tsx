import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Space, Table, Typography } from 'antd';
import { useRef } from 'react';
import { useErrorText } from '../../../app/errors';
import { useI18n } from '../../../i18n';
import { fileBase64 } from '../components/files';
import { ImportMaintenanceDocument } from '../graphql/property';

/** Import maintenance records from CSV or XLSX: all rows or none, with the per-row error report. */
export function ImportTab({ estateId }: { estateId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [run, { data, loading }] = useMutation(ImportMaintenanceDocument, { refetchQueries: ['EquipmentRegister'] });
  const pick = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    try {
      const format = /\.xlsx$/i.test(file.name) ? 'XLSX' : 'CSV';
      await run({ variables: { input: { estateId, format, content: await fileBase64(file) } } });
    } catch (e) {
      message.error(errorText(e));
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  const r = data?.importMaintenanceRecords;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('property.import.help')}</Typography.Paragraph>
      <input
        ref={input}
        type="file"
        style={{ display: 'none' }}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="import-input"
        onChange={(e) => void pick(e.target.files)}
      />
      <Button loading={loading} onClick={() => input.current?.click()}>
        {t('property.import.pick')}
      </Button>
      {r && r.errors.length === 0 && <Alert type="success" message={t('property.import.done', { n: r.imported })} />}
      {r && r.errors.length > 0 && (
        <>
          <Alert type="error" message={t('property.import.refused', { rows: r.rows, n: r.errors.length })} />
          <Table
            size="small"
            rowKey={(e) => `${e.row}-${e.column}`}
            pagination={false}
            scroll={{ x: true }}
            dataSource={r.errors}
            columns={[
              { title: t('property.import.row'), dataIndex: 'row' },
              { title: t('property.import.column'), dataIndex: 'column' },
              { title: t('property.import.reason'), dataIndex: 'reason' },
              { title: '', dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Space>
  );
}
