/** A file's bytes as base64, the form pictures cross to main in (`media:add`). */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Native encoding (Chromium 140+); the fallback's data: URL from FileReader is encoded off this thread.
  const toBase64 = (bytes as unknown as { toBase64?: () => string }).toBase64;
  if (toBase64) return toBase64.call(bytes);
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
  return url.slice(url.indexOf(',') + 1);
}

/** True for a file that may be a picture (a hint from its type or name; main decides by its bytes). */
export function looksLikePicture(file: File): boolean {
  return file.type.startsWith('image/') || /\.(jpe?g|png|webp|gif)$/i.test(file.name);
}
