import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const resultsDir = join(process.cwd(), 'test-results');

/** `jianbao serve` on a temporary archive, as a user would start it. */
export interface Served {
  /** http://127.0.0.1:PORT, with no token: the origin deep links are made from */
  url: string;
  /** the URL serve printed, http://127.0.0.1:PORT/?token=SECRET: what a user opens */
  appUrl: string;
  /** the door's secret */
  token: string;
  /** headers for an API call from the test itself (JSON, the Bearer token) */
  apiHeaders: Record<string, string>;
  archiveDir: string;
  stop: () => Promise<void>;
}

/**
 * The doors running now. Every browser context the harness opens holds the cookie of each, as
 * a browser that opened the printed URL does, so a test may go straight to a deep link.
 */
const running = new Set<Served>();

export async function serveArchive(archiveDir?: string, extraArgs: readonly string[] = []): Promise<Served> {
  const dir = archiveDir ?? (await mkdtemp(join(tmpdir(), 'jianbao-e2e-')));
  const child: ChildProcess = spawn(process.execPath, ['bin/jianbao.js', 'serve', '--archive', dir, '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const appUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}${err}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /Serving on (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${err}`));
    });
  });
  const parsed = new URL(appUrl);
  const token = parsed.searchParams.get('token') ?? '';
  const served: Served = {
    url: parsed.origin,
    appUrl,
    token,
    apiHeaders: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    archiveDir: dir,
    stop: async () => {
      running.delete(served);
      child.kill('SIGTERM');
      if (!archiveDir) await rm(dir, { recursive: true, force: true });
    },
  };
  running.add(served);
  return served;
}

/** The cookie a browser gets from opening `served.appUrl` (see door-auth.ts). */
export function doorCookieOf(served: Served): { name: string; value: string; url: string } {
  return { name: `jianbao-token-${new URL(served.url).port}`, value: served.token, url: served.url };
}

/**
 * Whether a request stays on this machine: the browser door on 127.0.0.1, the app's own
 * protocol (jianbao-app:, the Electron door), or data held in the page (data:, blob:, about:).
 */
export function isLocalRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:', 'jianbao-app:'].includes(parsed.protocol)) return true;
  return (parsed.protocol === 'http:' || parsed.protocol === 'ws:') && parsed.hostname === '127.0.0.1';
}

/**
 * Every request made by any page, worker or popup of any browser context this harness
 * launches (recorded per context, from the moment it exists). After each end-to-end test the
 * requests that left the machine are checked: there must be none (see the afterEach below).
 */
export const network = {
  requests: [] as string[],
  outside: [] as string[],
  /** The outside requests so far, forgotten: for a test that makes one on purpose. */
  takeOutside(): string[] {
    return this.outside.splice(0);
  },
};

const recorded = new WeakSet<BrowserContext>();
function recordRequests(context: BrowserContext): void {
  if (recorded.has(context)) return;
  recorded.add(context);
  context.on('request', (request) => {
    network.requests.push(request.url());
    if (!isLocalRequest(request.url())) network.outside.push(request.url());
  });
}

if (process.env.VITEST) {
  afterEach(() => {
    expect(network.takeOutside(), 'requests that left 127.0.0.1 and the app protocol').toEqual([]);
    network.requests.length = 0;
  });
}

/**
 * Debian's Chromium, headless, with nothing of its own reaching for the network, and every
 * context it opens recorded (`browser.newPage` opens its context through `newContext` too).
 * Its proxy is a closed local port: a request that tries to leave fails at once instead of
 * leaving (Chromium never proxies 127.0.0.1), and is still recorded.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium fonts-noto-cjk`);
  }
  await mkdir(resultsDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--proxy-server=http://127.0.0.1:9',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    recordRequests(context);
    if (running.size > 0) await context.addCookies([...running].map(doorCookieOf));
    return context;
  };
  return browser;
}

/**
 * Records every request the page makes that leaves 127.0.0.1 (the app must make none) and
 * every console error or uncaught exception.
 */
export function watchPage(page: Page): { outside: string[]; errors: string[] } {
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!isLocalRequest(request.url())) outside.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { outside, errors };
}

/**
 * Serves a fresh demo archive and starts Chromium before the tests of one file, and stops
 * both after them. Read `served` and `browser` inside tests, once they have started.
 */
export function useServedApp(options: { serveArgs?: readonly string[] } = {}): { readonly served: Served; readonly browser: Browser } {
  const app: { served?: Served; browser?: Browser } = {};
  beforeAll(async () => {
    app.served = await serveArchive(undefined, options.serveArgs);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.served?.stop();
  });
  return {
    get served() {
      if (!app.served) throw new Error('the app is served only once the tests have started');
      return app.served;
    },
    get browser() {
      if (!app.browser) throw new Error('the browser runs only once the tests have started');
      return app.browser;
    },
  };
}

/** Calls the served app's API from the test, as the browser door's client does (with the token); throws its error. */
export async function callApi<T = unknown>(served: Served, method: string, args: unknown): Promise<T> {
  const response = await fetch(`${served.url}/api/${method}`, { method: 'POST', headers: served.apiHeaders, body: JSON.stringify(args) });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}
