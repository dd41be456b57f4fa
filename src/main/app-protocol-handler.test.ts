import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../shared/content-security-policy';
import { createAppProtocolHandler } from './app-protocol-handler';
import { Archive } from './core/archive/archive';
import { installDemo } from './core/demo/install-demo';

// A real layout on disk: the built renderer, an archive with the demo installed, and a secret
// beside them that no request may read.
const base = mkdtempSync(join(tmpdir(), 'jianbao-protocol-'));
const roots = { rendererDir: join(base, 'app/renderer'), originalsDir: join(base, 'archive/originals') };
let handle: ReturnType<typeof createAppProtocolHandler>;
const secret = 'TOP-SECRET-DRAFT 机密草稿';

const get = (url: string, method = 'GET') => handle({ url, method });

beforeAll(async () => {
  await mkdir(join(roots.rendererDir, 'assets'), { recursive: true });
  await writeFile(join(roots.rendererDir, 'index.html'), '<!doctype html><title>剪报</title>');
  await writeFile(join(roots.rendererDir, 'assets/app.js'), 'export {};');
  await writeFile(join(base, 'secret.txt'), secret);
  await mkdir(join(base, 'elsewhere'));
  await writeFile(join(base, 'elsewhere/secret.txt'), secret);
  await installDemo(await Archive.open(join(base, 'archive')));
  // Links planted inside both served folders, pointing out of them.
  await symlink(join(base, 'secret.txt'), join(roots.rendererDir, 'assets/leak.js'));
  await symlink(join(base, 'elsewhere'), join(roots.rendererDir, 'escape'));
  await symlink(join(base, 'secret.txt'), join(roots.originalsDir, `${'cd'.repeat(32)}.pdf`));
  handle = createAppProtocolHandler(roots);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the jianbao-app:// protocol handler', () => {
  it('serves a real page replica of the archive, byte for byte', async () => {
    const pdfs = (await readdir(roots.originalsDir)).filter((name) => /^[0-9a-f]{64}\.pdf$/.test(name) && !name.startsWith('cdcd'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const name of pdfs) {
      const response = await get(`jianbao-app://app/originals/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(body.equals(await readFile(join(roots.originalsDir, name)))).toBe(true);
      expect(createHash('sha256').update(body).digest('hex')).toBe(name.slice(0, 64));
    }
  });

  it('serves an imported original that is not a replica as inert bytes, whatever its name', async () => {
    const archive = await Archive.open(join(base, 'archive'));
    for (const ext of ['html', 'svg', 'js']) {
      const sha = await archive.putOriginal(new TextEncoder().encode('<script>alert(1)</script>'), ext);
      const response = await get(`jianbao-app://app/originals/${sha}.${ext}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    }
  });

  it('serves the app with its Content Security Policy and nosniff', async () => {
    const response = await get('jianbao-app://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>剪报</title>');
    const script = await get('jianbao-app://app/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBeNull();
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('jianbao-app://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('jianbao-app://app/index.html', 'POST')).status).toBe(405);
  });

  const attempts: [string, string][] = [
    ['a parent segment', 'jianbao-app://app/../../secret.txt'],
    ['a parent segment after an asset folder', 'jianbao-app://app/assets/../../../secret.txt'],
    ['an encoded parent segment', 'jianbao-app://app/%2e%2e/%2e%2e/secret.txt'],
    ['an upper-case encoded parent segment', 'jianbao-app://app/%2E%2E/%2E%2E/secret.txt'],
    ['half-encoded dots', 'jianbao-app://app/.%2e/.%2e/secret.txt'],
    ['a double-encoded parent segment', 'jianbao-app://app/%252e%252e/%252e%252e/secret.txt'],
    ['encoded slashes', 'jianbao-app://app/..%2f..%2fsecret.txt'],
    ['backslashes', 'jianbao-app://app/..\\..\\secret.txt'],
    ['encoded backslashes', 'jianbao-app://app/..%5c..%5csecret.txt'],
    ['an original reached by a parent segment', 'jianbao-app://app/originals/../../secret.txt'],
    ['an original reached by an encoded parent segment', 'jianbao-app://app/originals/%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['an absolute path', `jianbao-app://app/${join(base, 'secret.txt')}`],
    ['an encoded absolute path', `jianbao-app://app/${encodeURIComponent(join(base, 'secret.txt'))}`],
    ['a file: URL', `file://${join(base, 'secret.txt')}`],
    ['another host of the scheme', `jianbao-app://${base}/secret.txt`],
    ['a symlinked asset pointing outside', 'jianbao-app://app/assets/leak.js'],
    ['a symlinked folder pointing outside', 'jianbao-app://app/escape/secret.txt'],
    ['a symlinked original pointing outside', `jianbao-app://app/originals/${'cd'.repeat(32)}.pdf`],
    ['the archive record beside the originals', 'jianbao-app://app/originals/../library.json'],
    ['a folder', 'jianbao-app://app/assets/'],
  ];

  it.each(attempts)('refuses %s and leaks nothing', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('refuses the same attempts when they arrive as parsed Requests', async () => {
    for (const [name, url] of attempts) {
      let request: Request;
      try {
        request = new Request(url);
      } catch {
        continue; // a URL that cannot even be parsed never reaches the handler
      }
      const response = await handle(request);
      expect(await response.text(), name).not.toContain('SECRET');
      expect(response.status, name).toBeGreaterThanOrEqual(400);
    }
  });
});
