import { Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n';

const OVERLAPS = [0, 3600, 86400, 604800] as const;

/** Asks how long the old key keeps working, then rotates. Props only. */
export function RotateDialog(props: {
  open: boolean;
  name: string;
  loading: boolean;
  onCancel(): void;
  onRotate(overlapSeconds: number): void;
}) {
  const { t } = useI18n();
  const [overlap, setOverlap] = useState<number>(86400);
  useEffect(() => {
    if (props.open) setOverlap(86400);
  }, [props.open]);
  return (
    <Modal
      open={props.open}
      title={`${t('apiClient.rotateTitle')} · ${props.name}`}
      okText={t('apiClient.rotate')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: props.loading }}
      onCancel={props.onCancel}
      onOk={() => props.onRotate(overlap)}
    >
      <Typography.Paragraph type="secondary">{t('apiClient.rotateHelp')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('apiClient.overlap')}>
          <Select
            value={overlap}
            onChange={setOverlap}
            options={OVERLAPS.map((s) => ({ value: s, label: t(`apiClient.overlap.${s}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
