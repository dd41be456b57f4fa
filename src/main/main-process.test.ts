import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiMethodNames, channelOf } from '../shared/api';
import type { WireResult } from '../shared/errors';
import type { ArchiveInfo, IssueDetail } from '../shared/model';
import { appIndexUrl, appScheme } from './app-protocol';
import { createElectronStandIn, StandInWebFrame, type ElectronStandIn } from './test/electron-stand-in';

// The Electron main process itself (src/main/index.ts), executed under plain Node with a
// stand-in for the `electron` module (test/electron-stand-in.ts, typed on Electron's own
// definitions). No Electron binary can be downloaded here; this is what runs of the desktop
// door in CI. Each test is one wiring of index.ts: removing the line makes it fail.

const electron: ElectronStandIn = vi.hoisted(() => ({}) as ElectronStandIn);
vi.mock('electron', () => electron);

let root = '';
let archiveDir = '';
const savedEnv = { archive: process.env.JIANBAO_ARCHIVE, renderer: process.env.ELECTRON_RENDERER_URL };
const renderer = new StandInWebFrame(`${appIndexUrl}#/`);

async function call(method: string, args: unknown, frame = renderer): Promise<WireResult> {
  return (await electron.ipcMain.invoke(channelOf(method as never), frame, args)) as WireResult;
}

async function value<T>(method: string, args: unknown = {}): Promise<T> {
  const result = await call(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  Object.assign(electron, createElectronStandIn());
  // One archive for the whole file: the app is started once, as Electron starts it once.
  root = await mkdtemp(join(tmpdir(), 'jianbao-main-'));
  archiveDir = join(root, 'archive');
  process.env.JIANBAO_ARCHIVE = archiveDir;
  delete process.env.ELECTRON_RENDERER_URL;
  await import('./index');
  // What index.ts did before the app was ready, as Electron requires.
  expect(electron.app.isSandboxEnabled).toBe(true);
  expect(electron.windows).toHaveLength(0);
  electron.app.becomeReady();
  await vi.waitFor(() => expect(electron.windows[0]?.isVisible()).toBe(true), { timeout: 15_000, interval: 20 });
}, 30_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  process.env.JIANBAO_ARCHIVE = savedEnv.archive;
  if (savedEnv.archive === undefined) delete process.env.JIANBAO_ARCHIVE;
  if (savedEnv.renderer !== undefined) process.env.ELECTRON_RENDERER_URL = savedEnv.renderer;
});

describe('the Electron main process (src/main/index.ts, run with a stand-in electron)', () => {
  it('enables the sandbox for every renderer before the app is ready', () => {
    expect(electron.app.wasReadyAtSandbox).toBe(false);
  });

  it('opens exactly one window, with the security checklist options, on the app protocol', () => {
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(window!.options.webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(window!.loaded).toEqual([{ url: appIndexUrl, status: 200, contentType: expect.stringMatching(/^text\/html/) }]);
  });

  it('registers the app scheme as a privileged standard origin before the app is ready', () => {
    expect(electron.protocol.privileged).toEqual([expect.objectContaining({ scheme: appScheme, privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('serves index.html and a demo original on the app protocol, and refuses a path outside', async () => {
    const index = await electron.protocol.request(appIndexUrl);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await index.text()).toContain('<div id="root">');

    const [issue] = await value<{ id: string }[]>('listIssues');
    const detail = await value<IssueDetail>('getIssue', { issueId: issue!.id });
    const replica = detail.issue.pages.find((page) => page.replica)!.replica!;
    const original = await electron.protocol.request(`${appScheme}://app/originals/${replica.sha256}.${replica.ext}`);
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('application/pdf');
    const onDisk = await readFile(join(archiveDir, 'originals', `${replica.sha256}.${replica.ext}`));
    expect(Buffer.from(await original.arrayBuffer()).equals(onDisk)).toBe(true);

    for (const outside of [`${appScheme}://app/../../etc/passwd`, `${appScheme}://app/%2e%2e/%2e%2e/package.json`, `${appScheme}://app/originals/../library.json`]) {
      expect((await electron.protocol.request(outside)).status, outside).toBeGreaterThanOrEqual(400);
    }
  });

  it('registers every method of the contract on ipcMain, answered by the real core over the demo archive', async () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(apiMethodNames.map((m) => channelOf(m)).sort());
    const info = await value<ArchiveInfo>('getInfo');
    expect(info.archiveDir).toBe(archiveDir);
    expect(info.counts.issues).toBeGreaterThan(0);
    expect(info.counts.articles).toBeGreaterThan(0);
  });

  it('answers no frame but our renderer\'s top frame', async () => {
    const foreign = [new StandInWebFrame('https://evil.example/'), new StandInWebFrame(appIndexUrl, {} as never), new StandInWebFrame('file:///etc/passwd')];
    for (const frame of foreign) {
      const result = await call('getInfo', {}, frame);
      expect(result, frame.url).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('keeps the window on the renderer: outside navigation and new windows are refused, a web link offered after a confirm', async () => {
    const contents = electron.windows[0]!.webContents;
    expect(contents.navigate('will-navigate', `${appIndexUrl}#/search`)).toBe(false);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.openWindow('https://www.cppcc.gov.cn/')).toEqual({ action: 'deny' });

    // The user declined the first offer (the web link of the redirect) and accepts the second.
    await vi.waitFor(() => expect(electron.dialog.messages).toHaveLength(2));
    expect(electron.shell.opened).toEqual([]);
    electron.dialog.nextResponse = 1;
    contents.openWindow('https://www.cppcc.gov.cn/');
    await vi.waitFor(() => expect(electron.shell.opened).toEqual(['https://www.cppcc.gov.cn/']));
  });

  it('denies every permission request and check, and lets no request leave the machine', async () => {
    const session = electron.session.defaultSession;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      expect(await session.requestPermission(permission), permission).toBe(false);
      expect(session.checkPermission(permission), permission).toBe(false);
    }
    expect(session.isRequestAllowed(appIndexUrl)).toBe(true);
    expect(session.isRequestAllowed('https://cdn.example/font.woff2')).toBe(false);
  });

  it('saves an export through the save dialog, and downloads nothing from outside the page', () => {
    const [listener] = electron.session.defaultSession.listeners.get('will-download') ?? [];
    expect(listener).toBeTypeOf('function');
    const item = { getURL: () => 'blob:jianbao-app://app/1', getFilename: () => '专题.docx', setSaveDialogOptions: vi.fn(), cancel: vi.fn() };
    (listener as (event: unknown, item: unknown) => void)({}, item);
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '专题.docx' }));
  });

  it('waits for a save in flight before quitting', async () => {
    const article = (await value<IssueDetail>('getIssue', { issueId: (await value<{ id: string }[]>('listIssues'))[0]!.id })).articles[0]!;
    const saving = call('createAnnotation', { articleId: article.id, start: 0, end: 4, color: 'yellow', comment: '离开前保存' });
    electron.app.quit();
    expect(electron.app.hasQuit).toBe(false);
    const saved = await saving;
    await vi.waitFor(() => expect(electron.app.hasQuit).toBe(true));
    expect(saved.ok).toBe(true);
    const stored = await readFile(join(archiveDir, 'annotations', `${article.issueId}.json`), 'utf8');
    expect(stored).toContain('离开前保存');
  });
});
