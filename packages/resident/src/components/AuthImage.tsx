import { Image } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { API_BASE } from '../lib/api';
import { session } from '../lib/store';

/**
 * A photo of a matter: GET /files/:id needs the resident's Authorization, which an <img> cannot send —
 * so it is fetched with the token (H5: into a blob URL; mini program: wx.downloadFile) and then shown.
 */
export function AuthImage({ url, className }: { url: string; className?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let revoke: string | null = null;
    let live = true;
    const header = { authorization: `Bearer ${session.get()?.accessToken ?? ''}` };
    if (process.env.TARO_ENV === 'h5') {
      fetch(`${API_BASE}${url}`, { headers: header })
        .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
        .then((b) => {
          revoke = URL.createObjectURL(b);
          if (live) setSrc(revoke);
        })
        .catch(() => undefined);
    } else {
      Taro.downloadFile({ url: `${API_BASE}${url}`, header })
        .then((r) => live && r.statusCode === 200 && setSrc(r.tempFilePath))
        .catch(() => undefined);
    }
    return () => {
      live = false;
      if (revoke) URL.revokeObjectURL(revoke);
    };
  }, [url]);
  return src ? <Image className={className} mode="aspectFill" src={src} /> : null;
}
