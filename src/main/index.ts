import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { resolveArchiveDir } from './core/archive/archive-location';
import { openCore } from './core/open-core';
import { createAppUrlCheck } from './app-url';
import { createSenderCheck, forwardEvents, registerIpc } from './ipc';
import { mainWindowOptions } from './window-options';

// The Electron door, kept thin: everything it configures is a plain function tested
// without Electron (window-options, ipc, app-url); the archive is the core's.

const here = import.meta.dirname;
const rendererIndex = join(here, '../renderer/index.html');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

function archiveFlag(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--archive');
  if (at !== -1) return argv[at + 1];
  return argv.find((arg) => arg.startsWith('--archive='))?.slice('--archive='.length);
}

async function start(): Promise<void> {
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

  const isAppUrl = createAppUrlCheck(pathToFileURL(rendererIndex).href, devServerUrl);
  registerIpc(ipcMain, core.dispatch, createSenderCheck(isAppUrl));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  const window = new BrowserWindow(mainWindowOptions(join(here, '../preload/index.cjs')));
  const stopForwarding = forwardEvents(core.events, window.webContents);
  window.on('closed', stopForwarding);
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) await window.loadURL(devServerUrl);
  else await window.loadFile(rendererIndex);
}

app.on('window-all-closed', () => app.quit());
app.whenReady().then(start, (error: unknown) => {
  dialog.showErrorBox('剪报 Jianbao', String(error));
  app.quit();
});
