/**
 * The page's view of stored pictures: each reference (`media/<sha256>.<ext>`)
 * read once from main (`media:read`, base64) and shown through a blob: URL, so
 * the page never loads a picture by address and its CSP only adds `blob:` to
 * img-src. A picture's bytes never change (its name is their hash), so the URL
 * is kept for the page's life; one that failed to read is asked again next time.
 */
import { desk } from '../desk';

const urls = new Map<string, Promise<string>>();

function blobFromBase64(data: string, mimeType: string): Blob {
  // Native base64 decoding (Chromium 140+) is one copy; the loop is the fallback.
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (fromBase64) return new Blob([fromBase64(data)], { type: mimeType });
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: mimeType });
}

/** A blob: URL showing the stored picture; rejects with the desk's message when it cannot be read. */
export function pictureUrl(src: string): Promise<string> {
  let url = urls.get(src);
  if (!url) {
    url = desk.readPicture({ src }).then((picture) => URL.createObjectURL(blobFromBase64(picture.data, picture.mimeType)));
    urls.set(src, url);
    url.catch(() => urls.delete(src));
  }
  return url;
}

/** Remembers the picture the page itself just sent (no need to read it back from main). */
export function rememberPicture(src: string, file: Blob): void {
  if (!urls.has(src)) urls.set(src, Promise.resolve(URL.createObjectURL(file)));
}
