import { Alert, Modal, Typography } from 'antd';
import { useI18n } from '../../../i18n';

/** Shows a new key once, with a copy button. Props only. */
export function KeyDialog(props: { apiKey: string | null; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal
      open={!!props.apiKey}
      title={t('apiClient.keyTitle')}
      okText={t('apiClient.keyDone')}
      onOk={props.onClose}
      onCancel={props.onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
    >
      <Alert type="warning" showIcon message={t('apiClient.keyOnce')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph
        copyable={{ text: props.apiKey ?? '' }}
        code
        data-testid="api-key"
        style={{ wordBreak: 'break-all' }}
      >
        {props.apiKey}
      </Typography.Paragraph>
    </Modal>
  );
}
