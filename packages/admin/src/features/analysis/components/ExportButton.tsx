import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { refreshTokens } from '../../../app/apollo';
import { session } from '../../../app/session';
import { useI18n } from '../../../i18n';

type Format = 'csv' | 'xlsx';

/** `/exports/<path>.<format>?<query>`, with the query's empty values left out. */
export function exportUrl(path: string, format: Format, query: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  return `/exports/${path}.${format}${s ? `?${s}` : ''}`;
}

/**
 * Downloads a streamed export with the bearer token, reporting the bytes received as they arrive
 * (the server streams, so the size is not known in advance). An expired token is refreshed once.
 */
export async function download(url: string, onProgress: (bytes: number) => void): Promise<Blob> {
  const get = (token: string | null) => fetch(url, { headers: { authorization: `Bearer ${token ?? ''}` } });
  const sent = session.accessToken();
  let res = await get(sent);
  if (res.status === 401 && (await refreshTokens('/graphql', fetch, sent))) res = await get(session.accessToken());
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    bytes += value.byteLength;
    onProgress(bytes);
  }
  return new Blob(parts as BlobPart[], { type: res.headers.get('content-type') ?? 'application/octet-stream' });
}

/** "导出" with CSV and Excel: the current filters go to the export route; progress shows while it streams. */
export function ExportButton({
  path,
  query,
  fileName,
}: {
  path: string;
  query: Record<string, string | null | undefined>;
  fileName: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (format: Format) => {
    const key = `export-${path}`;
    setBusy(true);
    message.open({ key, type: 'loading', content: t('analysis.export.started'), duration: 0 });
    try {
      const blob = await download(exportUrl(path, format, query), (bytes) =>
        message.open({
          key,
          type: 'loading',
          content: t('analysis.export.progress', { kb: Math.ceil(bytes / 1024) }),
          duration: 0,
        }),
      );
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = `${fileName}.${format}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      message.open({ key, type: 'success', content: t('analysis.export.done', { kb: Math.ceil(blob.size / 1024) }) });
    } catch {
      message.open({ key, type: 'error', content: t('analysis.export.failed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      disabled={busy}
      menu={{
        items: [
          { key: 'csv', label: t('analysis.export.csv') },
          { key: 'xlsx', label: t('analysis.export.xlsx') },
        ],
        onClick: ({ key }) => void run(key as Format),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} data-testid={`export-${path.replace(/\//g, '-')}`}>
        {t('analysis.export')}
      </Button>
    </Dropdown>
  );
}
