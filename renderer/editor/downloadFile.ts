import { base64ToBytes } from '../structure/base64.ts';

/** Saves base64 bytes as a file through a Blob and an <a download>, the browser's own download. */
export function downloadFile(fileName: string, mimeType: string, dataBase64: string): void {
  const blob = new Blob([base64ToBytes(dataBase64) as Uint8Array<ArrayBuffer>], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; give the browser a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
