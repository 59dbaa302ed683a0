import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useI18n } from '../../../i18n';
import { uploadFile } from './files';

/**
 * The signed maintenance sheet: a photo from the phone's camera or a PDF. A plain file input
 * (`capture` opens the camera on a phone), each file uploaded at once; the ids go to the form.
 */
export function SheetInput({ value = [], onChange }: { value?: string[]; onChange?: (ids: string[]) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [names, setNames] = useState<string[]>([]);
  const pick = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    try {
      const ids = [...value];
      const got = [...names];
      for (const f of Array.from(files)) {
        ids.push(await uploadFile(f));
        got.push(f.name);
      }
      setNames(got);
      onChange?.(ids);
    } catch (e) {
      message.error(String((e as Error).message));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <input
        ref={input}
        type="file"
        accept="image/*,application/pdf"
        capture
        multiple
        style={{ display: 'none' }}
        data-testid="sheet-input"
        onChange={(e) => void pick(e.target.files)}
      />
      <Button icon={<PaperClipOutlined />} loading={busy} block onClick={() => input.current?.click()}>
        {busy ? t('property.sheet.uploading') : t('property.sheet.take')}
      </Button>
      {value.length > 0 && (
        <Typography.Text type="secondary" data-testid="sheet-count">
          {t('property.sheet.count', { n: value.length })} {names.join(', ')}
        </Typography.Text>
      )}
    </Space>
  );
}
