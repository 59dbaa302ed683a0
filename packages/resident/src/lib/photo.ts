/**
 * Photos from the camera, compressed on the device before upload: in H5 drawn onto a canvas (longest
 * side ≤ 1280 px, JPEG 0.7 — a 4 MB phone photo becomes ≈ 150-300 KB), in the mini program by
 * wx.compressImage. A photo is kept as a data URL (H5) or a saved file path (mini program), so a
 * matter written offline survives a reload.
 */
import Taro from '@tarojs/taro';

export const MAX_SIDE = 1280;
export const QUALITY = 0.7;

/** A compressed photo ready to upload: `src` shows it, `data` is what is kept and sent. */
export interface Photo {
  src: string;
  /** H5: a data URL of the compressed JPEG; mini program: a saved local file path. */
  data: string;
  bytes: number;
}

/** H5: one image file → a JPEG data URL no larger than MAX_SIDE on its longest side. */
export async function compressInBrowser(file: Blob): Promise<Photo> {
  const url = URL.createObjectURL(file);
  try {
    const img = await new Promise<HTMLImageElement>((resolve, reject) => {
      const i = new Image();
      i.onload = () => resolve(i);
      i.onerror = () => reject(new Error('not an image'));
      i.src = url;
    });
    const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const data = canvas.toDataURL('image/jpeg', QUALITY);
    return { src: data, data, bytes: Math.round(((data.length - data.indexOf(',') - 1) * 3) / 4) };
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function dataUrlToBlob(dataUrl: string): Blob {
  const [head, b64] = dataUrl.split(',', 2) as [string, string];
  const mime = /data:([^;]+)/.exec(head)?.[1] ?? 'image/jpeg';
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/** Mini program: take or choose photos, compress and keep them. */
export async function choosePhotosWeapp(count: number): Promise<Photo[]> {
  const chosen = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
  const out: Photo[] = [];
  for (const path of chosen.tempFilePaths) {
    const small = await Taro.compressImage({ src: path, quality: Math.round(QUALITY * 100) });
    const saved = Taro.getFileSystemManager().saveFileSync(small.tempFilePath);
    out.push({ src: saved, data: saved, bytes: 0 });
  }
  return out;
}
