import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = join(process.cwd(), 'out');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(c|m)?js$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

describe('the built app', () => {
  it('has a sandboxed preload that requires nothing but electron', async () => {
    const preload = await readFile(join(out, 'preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
    expect(required).toEqual(['electron']);
  });

  it('keeps electron out of the CLI and everything it loads', async () => {
    const cli = await readFile(join(out, 'main/cli.js'), 'utf8');
    const chunks = [...cli.matchAll(/from ["'](\.\/chunks\/[^"']+)["']/g)].map((m) => join(out, 'main', m[1] as string));
    for (const file of [join(out, 'main/cli.js'), ...chunks]) {
      expect(await readFile(file, 'utf8'), file).not.toMatch(/from ["']electron["']|require\(["']electron["']\)/);
    }
  });

  it('carries the pdf.js worker, CMaps and standard fonts as app assets', async () => {
    const renderer = join(out, 'renderer');
    const assets = await readdir(join(renderer, 'assets'));
    expect(assets.some((name) => /^pdf\.worker\.min-.*\.mjs$/.test(name))).toBe(true);
    const cmaps = await readdir(join(renderer, 'pdfjs/cmaps'));
    expect(cmaps).toContain('GBK-EUC-H.bcmap');
    expect(cmaps).toContain('UniGB-UTF16-H.bcmap');
    expect(await readdir(join(renderer, 'pdfjs/standard_fonts'))).toContain('FoxitSerif.pfb');
  });

  it('gives the renderer no Node built-ins and no remote addresses', async () => {
    for (const file of await filesUnder(join(out, 'renderer'))) {
      const code = await readFile(file, 'utf8');
      expect(code, file).not.toMatch(/from ["']node:|require\(["'](fs|node:fs|child_process)["']\)/);
      expect(code, file).not.toMatch(/https?:\/\/(fonts\.googleapis|cdn\.|unpkg|cdnjs|jsdelivr)/);
    }
  });
});
