import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session } from 'electron';
import { appIndexUrl, appScheme, resolveAppRequest } from './app-protocol';
import { resolveArchiveDir } from './core/archive/archive-location';
import { openCore } from './core/open-core';
import { createAppUrlCheck } from './app-url';
import { createSenderCheck, forwardEvents, registerIpc } from './ipc';
import { mainWindowOptions } from './window-options';

// The Electron door, kept thin: everything it configures is a plain function tested
// without Electron (window-options, ipc, app-url); the archive is the core's.

const here = import.meta.dirname;
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

// The renderer loads from jianbao-app://app/ (see app-protocol.ts): a standard, secure origin,
// so fetch, module workers and the CSP's 'self' work as they do over http.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

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

  const roots = { rendererDir: join(here, '../renderer'), originalsDir: join(archiveDir, 'originals') };
  protocol.handle(appScheme, (request) => {
    const answer = resolveAppRequest(request.url, roots);
    if (answer.kind === 'refused') return new Response(null, { status: answer.status });
    return net.fetch(pathToFileURL(answer.path).href).catch(() => new Response(null, { status: 404 }));
  });
  const isAppUrl = createAppUrlCheck(appIndexUrl, devServerUrl);
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
  else await window.loadURL(appIndexUrl);
}

app.on('window-all-closed', () => app.quit());
app.whenReady().then(start, (error: unknown) => {
  dialog.showErrorBox('剪报 Jianbao', String(error));
  app.quit();
});
