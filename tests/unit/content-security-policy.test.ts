import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHttpDoor } from '../../src/cli/http-server';
import { openCore } from '../../src/main/core/open-core';
import { contentSecurityPolicy, contentSecurityPolicyMeta } from '../../src/shared/content-security-policy';
import { tempDir } from './temp-dir';

/** The policy as directive name → sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

// Every source a directive may list: our own origin, none, and in-memory data.
const localSources = new Set(["'self'", "'none'", 'data:', 'blob:']);

describe('the Content Security Policy', () => {
  const directives = parse(contentSecurityPolicy);

  it('lets nothing come from another origin', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        const isAllowed = localSources.has(source) || (name === 'style-src' && source === "'unsafe-inline'");
        expect(isAllowed, `${name} ${source}`).toBe(true);
      }
    }
  });

  it('runs only the app’s own script files: no eval, no inline script, no plugins', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the policy of index.html’s meta tag, minus what a meta tag may not carry', async () => {
    const html = await readFile(join(process.cwd(), 'src/renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicyMeta);
    expect(contentSecurityPolicy.startsWith(contentSecurityPolicyMeta)).toBe(true);
    expect(meta).not.toContain('frame-ancestors');
  });

  it('is the header the browser door sends with the app', async () => {
    const root = await tempDir();
    const server = createHttpDoor({ core: await openCore(join(root, 'archive'), { installDemo: false }), rendererDir: join(process.cwd(), 'src/renderer'), token: 'csp-test-token-0123456789' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    } finally {
      server.close();
    }
  });
});
