import type { DownloadItem, Event, Session, WebContents } from 'electron';
import { appHost, appScheme } from './app-protocol';

/** An original the archive holds, as the app protocol serves it (下载本版 PDF saves one). */
const originalsPrefix = `${appScheme}://${appHost}/originals/`;

/**
 * The desktop app's way of saving an export or a page's PDF: the renderer downloads the
 * file's bytes from a blob: link (an export) or an original of the archive (下载本版 PDF), and
 * Electron, given no save path, asks the reader where through the system's save dialog. This
 * only names that dialog; downloads of anything else are refused.
 */
export function onWillDownload(_event: Event, item: Pick<DownloadItem, 'getURL' | 'getFilename' | 'setSaveDialogOptions' | 'cancel'>, _contents?: WebContents): void {
  const url = item.getURL();
  if (!url.startsWith('blob:') && !url.startsWith(originalsPrefix)) {
    item.cancel();
    return;
  }
  item.setSaveDialogOptions({ title: '保存文件 / Save the file', defaultPath: item.getFilename() });
}

/** Saves the session's downloads (exports) through the save dialog. */
export function saveDownloadsWithDialog(session: Pick<Session, 'on'>): void {
  session.on('will-download', onWillDownload);
}
