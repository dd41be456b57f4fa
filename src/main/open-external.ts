import type { MessageBoxOptions } from 'electron';

/**
 * A link the renderer may hand to the system browser: http or https, with a host and no
 * user name or password in it (`https://trusted@evil.example` reads as one place and goes
 * to another). Returns the URL as the browser will see it, or null.
 */
export function externalWebLink(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

export type OpenExternalResult = 'opened' | 'declined' | 'refused';

/**
 * Opens a link outside the app only when it is an http(s) link (never file:, javascript:,
 * smb:, custom schemes that start programs) and only after the user said yes to the exact
 * URL that will open. `confirm` asks; `open` is `shell.openExternal`.
 */
export async function openExternalSafely(
  url: string,
  confirm: (url: string) => Promise<boolean>,
  open: (url: string) => Promise<void>,
): Promise<OpenExternalResult> {
  const link = externalWebLink(url);
  if (link === null) return 'refused';
  if (!(await confirm(link))) return 'declined';
  await open(link);
  return 'opened';
}

/** The question asked before a link leaves the app; cancelling (Esc, Enter) is the default. */
export function confirmOpenDialogOptions(url: string): MessageBoxOptions {
  return {
    type: 'question',
    title: '剪报 Jianbao',
    message: '在浏览器中打开这个链接？\nOpen this link in your browser?',
    detail: url,
    buttons: ['取消 / Cancel', '打开 / Open'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** Whether the answer to `confirmOpenDialogOptions` was "open". */
export function isOpenConfirmed(response: number): boolean {
  return response === 1;
}
