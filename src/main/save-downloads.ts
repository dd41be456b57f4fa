import type { DownloadItem, Event, Session, WebContents } from 'electron';

/**
 * The desktop app's way of saving an export: the renderer downloads the file's bytes from a
 * blob: link, and Electron, given no save path, asks the reader where through the system's
 * save dialog. This only names that dialog; downloads of anything but the page's own blob:
 * data (nothing else can load, see lockdown.ts) are refused.
 */
export function onWillDownload(_event: Event, item: Pick<DownloadItem, 'getURL' | 'getFilename' | 'setSaveDialogOptions' | 'cancel'>, _contents?: WebContents): void {
  if (!item.getURL().startsWith('blob:')) {
    item.cancel();
    return;
  }
  item.setSaveDialogOptions({ title: '保存导出的文件 / Save the exported file', defaultPath: item.getFilename() });
}

/** Saves the session's downloads (exports) through the save dialog. */
export function saveDownloadsWithDialog(session: Pick<Session, 'on'>): void {
  session.on('will-download', onWillDownload);
}
