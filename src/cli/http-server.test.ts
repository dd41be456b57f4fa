import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/unit/temp-dir';
import { openCore } from '../main/core/open-core';
import { createHttpDoor } from './http-server';

const servers: { close: () => void }[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

const token = 'test-token-0123456789abcdef';
const bearer = { Authorization: `Bearer ${token}` };

async function startDoor(importRoots: string[] = []) {
  const root = await tempDir();
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>剪报</title>');
  await writeFile(join(root, 'secret.txt'), 'not for browsers');
  const core = await openCore(join(root, 'archive'));
  const server = createHttpDoor({ core, rendererDir, token, importRoots });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ close: () => server.close() });
  return { core, root, port: (server.address() as AddressInfo).port };
}

/** A raw request, so that paths are sent exactly as written (fetch would normalise ..). */
function send(
  port: number,
  options: { method?: string; path: string; host?: string; body?: string; type?: string; headers?: Record<string, string> },
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: {
          Host: options.host ?? `127.0.0.1:${port}`,
          ...(options.type ? { 'Content-Type': options.type } : {}),
          ...(options.headers ?? bearer),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const post = (port: number, method: string, body: string) =>
  send(port, { method: 'POST', path: `/api/${method}`, body, type: 'application/json' });

describe('the browser door', () => {
  it('answers an API call with a JSON WireResult', async () => {
    const { port } = await startDoor();
    const res = await post(port, 'getInfo', '{}');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { counts: { papers: 1 } } });
  });

  it.each([
    ['bad JSON', 'getInfo', '{', 400, 'INVALID_ARGUMENT'],
    ['invalid arguments', 'getIssue', '{"issueId":7}', 400, 'INVALID_ARGUMENT'],
    ['an unknown method', 'rmrf', '{}', 404, 'UNKNOWN_METHOD'],
  ])('refuses %s with a code', async (_name, method, body, status, code) => {
    const { port } = await startDoor();
    const res = await post(port, method, body);
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code } });
  });

  it("takes a colleague's annotation file larger than an ordinary call, and hands exports only to the token's holder", async () => {
    const { port } = await startDoor();
    // 2 MB of W3C JSON: past the 1 MB of an ordinary call. Its one annotation names no article here.
    const file = JSON.stringify({ type: 'AnnotationCollection', padding: '批'.repeat(700_000), first: { items: [{ id: 'urn:uuid:00000000-0000-4000-8000-000000000001', type: 'Annotation', target: { source: 'urn:jianbao:article:gone' } }] } });
    const imported = await post(port, 'importAnnotationFile', JSON.stringify({ name: 'colleague.jsonld', text: file }));
    expect(JSON.parse(imported.body)).toMatchObject({ ok: true, value: { added: 0, skipped: [{ id: 'urn:uuid:00000000-0000-4000-8000-000000000001' }] } });
    const args = JSON.stringify({ scope: { kind: 'filter', filter: {} }, format: 'docx' });
    const refused = await send(port, { method: 'POST', path: '/api/exportAnnotations', body: args, type: 'application/json', headers: {} });
    expect(refused.status).toBe(401);
    const exported = JSON.parse((await post(port, 'exportAnnotations', args)).body) as { ok: boolean; value: { data: string } };
    expect(Buffer.from(exported.value.data, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses API calls that are not JSON posts (no cross-site form posts)', async () => {
    const { port } = await startDoor();
    expect((await send(port, { method: 'POST', path: '/api/getInfo', body: '{}', type: 'text/plain' })).status).toBe(415);
    expect((await send(port, { path: '/api/getInfo' })).status).toBe(405);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const { port } = await startDoor();
    expect((await send(port, { path: '/', host: 'evil.example:80' })).status).toBe(421);
  });

  it('serves the renderer with a Content Security Policy', async () => {
    const { port } = await startDoor();
    const res = await send(port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('剪报');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it.each(['/../secret.txt', '/%E0%A4%A', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '//etc/passwd', '/originals/../library.json'])(
    'serves nothing outside the renderer for %s',
    async (path) => {
      const { port } = await startDoor();
      const res = await send(port, { path });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('not for browsers');
    },
  );

  it('serves an original page replica of the archive by its hash', async () => {
    const { core, port } = await startDoor();
    const [summary] = await core.handlers.listIssues({});
    const detail = await core.handlers.getIssue({ issueId: summary?.id ?? '' });
    const replica = detail?.issue.pages[0]?.replica;
    const res = await send(port, { path: `/originals/${replica?.sha256}.pdf` });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.body.startsWith('%PDF-')).toBe(true);
  });

  it('serves an imported original that is not a replica as bytes that cannot run, whatever its name', async () => {
    const { core, port } = await startDoor();
    const page = new TextEncoder().encode('<!-- <html> --><script>fetch("/api/deleteAnnotation")</script>');
    for (const ext of ['html', 'svg', 'js']) {
      const sha = await core.archive.putOriginal(page, ext);
      const res = await send(port, { path: `/originals/${sha}.${ext}` });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('streams core events to the browser as Server-Sent Events', async () => {
    const { port } = await startDoor();
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: bearer }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('\n\nevent:') || text.includes('onDidChangeSettings')) {
            if (text.trimEnd().endsWith('}')) {
              req.destroy();
              resolve(text);
            }
          }
        });
        res.once('data', () => void post(port, 'updateSettings', '{"locale":"en"}'));
      });
      req.on('error', reject);
      req.end();
    });
    const text = await received;
    expect(text).toContain('event: onDidChangeSettings');
    expect(text).toContain('"locale":"en"');
  });
});
