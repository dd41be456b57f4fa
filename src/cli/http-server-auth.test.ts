import { mkdir, symlink, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/unit/temp-dir';
import { openCore } from '../main/core/open-core';
import { createHttpDoor } from './http-server';
import { doorCookieName } from './door-auth';
import { resolveImportRoots } from './import-roots';

const servers: { close: () => void }[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

const token = 'auth-test-token-0123456789';

async function startDoor(importRootDirs: string[] = []) {
  const root = await tempDir();
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>剪报</title>');
  const core = await openCore(join(root, 'archive'));
  const server = createHttpDoor({ core, rendererDir, token, importRoots: await resolveImportRoots(importRootDirs) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ close: () => server.close() });
  const port = (server.address() as AddressInfo).port;
  return { core, root, port, base: `http://127.0.0.1:${port}` };
}

const json = { 'Content-Type': 'application/json' };

describe('the browser door, for whoever holds its token', () => {
  it.each([
    ['getInfo without a token', '/api/getInfo', 'POST', json],
    ['importFiles without a token', '/api/importFiles', 'POST', json],
    ['getInfo with a wrong Bearer token', '/api/getInfo', 'POST', { ...json, Authorization: `Bearer ${token.slice(0, -1)}x` }],
    ['the events without a token', '/api/events', 'GET', {}],
    ['an original without a token', `/originals/${'a'.repeat(64)}.pdf`, 'GET', {}],
  ])('refuses %s with 401', async (_name, path, method, headers) => {
    const { base } = await startDoor();
    const response = await fetch(`${base}${path}`, { method, headers, ...(method === 'POST' ? { body: '{"paths":["/etc/hostname"]}' } : {}) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('answers the API for a Bearer token, a ?token= and the cookie the printed URL sets', async () => {
    const { base, port } = await startDoor();
    const viaBearer = await fetch(`${base}/api/getInfo`, { method: 'POST', headers: { ...json, Authorization: `Bearer ${token}` }, body: '{}' });
    expect(viaBearer.status).toBe(200);
    expect(await viaBearer.json()).toMatchObject({ ok: true });
    expect((await fetch(`${base}/api/getInfo?token=${token}`, { method: 'POST', headers: json, body: '{}' })).status).toBe(200);

    const page = await fetch(`${base}/?token=${token}`);
    expect(page.status).toBe(200);
    const cookie = page.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${doorCookieName(port)}=${token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const viaCookie = await fetch(`${base}/api/getInfo`, { method: 'POST', headers: { ...json, Cookie: cookie.split(';')[0] as string }, body: '{}' });
    expect(viaCookie.status).toBe(200);
  });

  it('serves the app itself without a token, and sets no cookie for a wrong one', async () => {
    const { base } = await startDoor();
    const page = await fetch(`${base}/?token=wrong-token-0123456789`);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
  });

  it('refuses to import a server path when serve was given no --import-root', async () => {
    const { base, root } = await startDoor();
    await writeFile(join(root, 'mine.txt'), '标题\n正文');
    const response = await fetch(`${base}/api/importFiles`, {
      method: 'POST',
      headers: { ...json, Authorization: `Bearer ${token}` },
      body: JSON.stringify({ paths: [join(root, 'mine.txt')] }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('imports paths inside --import-root and refuses those outside it, through a link too', async () => {
    const outside = await tempDir();
    await writeFile(join(outside, 'private.txt'), '私人\n不可导入');
    const importRoot = await tempDir();
    await writeFile(join(importRoot, 'paper.txt'), '可以导入的标题\n这是一篇可以导入的文章的正文。');
    await symlink(join(outside, 'private.txt'), join(importRoot, 'link.txt'));
    const { base } = await startDoor([importRoot]);
    const importPaths = (paths: string[]) =>
      fetch(`${base}/api/importFiles`, { method: 'POST', headers: { ...json, Authorization: `Bearer ${token}` }, body: JSON.stringify({ paths, date: '2024-03-05' }) });

    // A folder inside the root holding a link out of it.
    await mkdir(join(importRoot, 'sub'));
    await symlink(outside, join(importRoot, 'sub', 'escape'));
    for (const path of [join(outside, 'private.txt'), join(importRoot, 'link.txt'), join(importRoot, '..', 'x', '..', 'private.txt'), join(importRoot, 'sub')]) {
      const refused = await importPaths([path]);
      expect([403, 404]).toContain(refused.status);
    }
    // The root itself holds link.txt (out): refused whole; its file alone is taken.
    expect((await importPaths([importRoot])).status).toBe(403);
    const accepted = await importPaths(['paper.txt']);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ ok: true, value: { files: [{ status: 'imported' }] } });
  });
});

describe('uploads through the browser door', () => {
  it('imports the bytes a browser sends, naming the file as it was sent', async () => {
    const { base } = await startDoor();
    const data = Buffer.from('上传的文章标题\n这是一篇从浏览器上传的文章的正文。', 'utf8').toString('base64');
    const response = await fetch(`${base}/api/importUploads`, {
      method: 'POST',
      headers: { ...json, Authorization: `Bearer ${token}` },
      body: JSON.stringify({ files: [{ name: '2024-03-05/上传.txt', data }] }),
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { ok: true; value: { files: { path: string; status: string }[]; issues: { date: string }[] } };
    expect(result.value.files).toEqual([expect.objectContaining({ path: '2024-03-05/上传.txt', status: 'imported' })]);
    expect(result.value.issues[0]?.date).toBe('2024-03-05');
  });

  it('refuses an upload that is not base64 with a code', async () => {
    const { base } = await startDoor();
    const response = await fetch(`${base}/api/importUploads`, {
      method: 'POST',
      headers: { ...json, Authorization: `Bearer ${token}` },
      body: JSON.stringify({ files: [{ name: 'x.txt', data: '<<not base64>>' }] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});
