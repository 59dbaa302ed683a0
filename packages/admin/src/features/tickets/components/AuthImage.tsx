import { Image, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { refreshTokens } from '../../../app/apollo';
import { session } from '../../../app/session';
import { useI18n } from '../../../i18n';

/**
 * Fetches a file with the bearer token and shows it through an object URL: `<img src>` cannot
 * send an Authorization header, and the API serves /files/:id only to who may read it. An
 * expired access token is refreshed once.
 */
async function fetchBlob(url: string, signal: AbortSignal): Promise<Blob> {
  const get = (token: string | null) => fetch(url, { signal, headers: { authorization: `Bearer ${token ?? ''}` } });
  const sent = session.accessToken();
  let res = await get(sent);
  // Name the token that failed: if another tab or request already rotated it, no second refresh.
  if (res.status === 401 && (await refreshTokens('/graphql', fetch, sent))) res = await get(session.accessToken());
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.blob();
}

export function AuthImage({ url, alt, size = 96 }: { url: string; alt: string; size?: number }) {
  const { t } = useI18n();
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const ctl = new AbortController();
    let objectUrl: string | null = null;
    setSrc(null);
    setFailed(false);
    fetchBlob(url, ctl.signal)
      .then((blob) => {
        objectUrl = URL.createObjectURL(blob);
        setSrc(objectUrl);
      })
      .catch(() => {
        if (!ctl.signal.aborted) setFailed(true);
      });
    return () => {
      ctl.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  if (failed)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('ticket.photoFailed')}
      </Typography.Text>
    );
  if (!src) return <Skeleton.Image active style={{ width: size, height: size }} />;
  return <Image src={src} alt={alt} width={size} height={size} style={{ objectFit: 'cover', borderRadius: 4 }} />;
}
