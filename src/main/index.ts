import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { appIndexUrl, appScheme, appSchemePrivileges } from './app-protocol';
import { createAppProtocolHandler } from './app-protocol-handler';
import { resolveArchiveDir } from './core/archive/archive-location';
import { openCore } from './core/open-core';
import { createAppUrlCheck } from './app-url';
import { trackInFlight } from './in-flight';
import { createSenderCheck, forwardEvents, registerIpc } from './ipc';
import { createLocalUrlCheck, lockDownApp, lockDownSession } from './lockdown';
import { confirmOpenDialogOptions, isOpenConfirmed, openExternalSafely } from './open-external';
import { mainWindowOptions } from './window-options';
import { saveDownloadsWithDialog } from './save-downloads';

// The Electron door, kept thin: everything it configures is a plain function tested
// without Electron (window-options, lockdown, open-external, app-protocol-handler, ipc,
// app-url); the archive is the core's.

const here = import.meta.dirname;
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const isAppUrl = createAppUrlCheck(appIndexUrl, devServerUrl);
let mainWindow: BrowserWindow | null = null;

// The renderer loads from jianbao-app://app/ (see app-protocol.ts): a standard, secure origin,
// so fetch, module workers and the CSP's 'self' work as they do over http.
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);

/** Asks the user, then hands an http(s) link to the system browser; anything else is dropped. */
function offerExternal(url: string): void {
  const confirm = async (link: string): Promise<boolean> => {
    const options = confirmOpenDialogOptions(link);
    const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
    return isOpenConfirmed(response);
  };
  openExternalSafely(url, confirm, (link) => shell.openExternal(link)).catch(() => undefined);
}

// Before any web contents exists: every renderer sandboxed (whatever its options say), no
// navigation away, no new windows, no <webview>.
app.enableSandbox();
lockDownApp(app, { isAppUrl, offerExternal });

function archiveFlag(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--archive');
  if (at !== -1) return argv[at + 1];
  return argv.find((arg) => arg.startsWith('--archive='))?.slice('--archive='.length);
}

async function start(): Promise<void> {
  lockDownSession(session.defaultSession, createLocalUrlCheck(appScheme, devServerUrl));
  saveDownloadsWithDialog(session.defaultSession);
  const archiveDir = resolveArchiveDir({
    flag: archiveFlag(process.argv),
    env: process.env,
    platform: process.platform,
    homeDir: app.getPath('home'),
  });
  let core;
  try {
    core = await openCore(archiveDir);
  } catch (error) {
    dialog.showErrorBox('剪报 Jianbao', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }

  protocol.handle(
    appScheme,
    createAppProtocolHandler({ rendererDir: join(here, '../renderer'), originalsDir: join(archiveDir, 'originals') }),
  );
  const calls = trackInFlight(core.dispatch);
  registerIpc(ipcMain, calls.dispatch, createSenderCheck(isAppUrl));
  // Quitting waits (up to 3 s) for the saves under way, a comment flushed as the window closed.
  let isQuitting = false;
  app.on('before-quit', (event) => {
    if (isQuitting || calls.count === 0) return;
    event.preventDefault();
    void calls.settled(3_000).then(() => {
      isQuitting = true;
      app.quit();
    });
  });

  const window = new BrowserWindow(mainWindowOptions(join(here, '../preload/index.cjs')));
  mainWindow = window;
  const stopForwarding = forwardEvents(core.events, window.webContents);
  window.on('closed', () => {
    stopForwarding();
    mainWindow = null;
  });
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) await window.loadURL(devServerUrl);
  else await window.loadURL(appIndexUrl);
}

app.on('window-all-closed', () => app.quit());
app.whenReady().then(start, (error: unknown) => {
  dialog.showErrorBox('剪报 Jianbao', String(error));
  app.quit();
});
