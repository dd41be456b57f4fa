import type { ExportedFile } from '../../../shared/export-api';

/**
 * Saves an exported file the way the page's host saves downloads: the browser door's browser
 * downloads it; the desktop app's window asks where, through its save dialog (Electron's
 * download of a blob: link; main/save-downloads.ts names the dialog).
 */
export function saveExportedFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its bytes once the click is handled; the URL can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
