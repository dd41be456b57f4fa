import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run dist` for real, as far as this machine allows: electron-builder packs the built app
// (out/) for Linux into a folder, with a stand-in for the Electron binary it cannot download.
// The stand-in carries a fuse wire in Electron's format, at Electron's defaults, so that the
// fuses electron-builder flips can be read back. Then we look inside app.asar.
const root = process.cwd();
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseNames = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];
const electronDefaults = '10110001';

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  size?: number;
  offset?: string;
}

/** The paths in an asar archive, read from its JSON header (a Chromium pickle). */
function asarFiles(asar: Buffer): Map<string, { size: number; offset: number }> {
  const header = JSON.parse(asar.subarray(16, 16 + asar.readUInt32LE(12)).toString('utf8')) as AsarEntry;
  const dataStart = 8 + asar.readUInt32LE(4);
  const files = new Map<string, { size: number; offset: number }>();
  const walk = (entry: AsarEntry, prefix: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      if (child.files) walk(child, `${prefix}${name}/`);
      else files.set(`${prefix}${name}`, { size: child.size ?? 0, offset: dataStart + Number(child.offset ?? 0) });
    }
  };
  walk(header, '');
  return files;
}

let work: string;
let asar: Buffer;
let files: Map<string, { size: number; offset: number }>;
let fuses: Record<string, string>;
let log: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'jianbao-dist-'));
  const electronDist = join(work, 'electron');
  await mkdir(electronDist);
  await writeFile(join(electronDist, 'electron'), `#!/bin/sh\n# a stand-in for Electron\n${sentinel}\x01\x08${electronDefaults}\n`);
  await chmod(join(electronDist, 'electron'), 0o755);
  const configFile = join(work, 'dist.config.ts');
  await writeFile(
    configFile,
    `import config from ${JSON.stringify(join(root, 'electron-builder.config.ts'))};\n` +
      `export default { ...config, electronDist: ${JSON.stringify(electronDist)}, directories: { ...config.directories, output: ${JSON.stringify(join(work, 'dist'))} } };\n`,
  );
  const run = spawnSync(process.execPath, [join(root, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--config', configFile], {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  log = `${run.stdout}${run.stderr}`;
  expect(run.status, log).toBe(0);
  const unpacked = join(work, 'dist/linux-unpacked');
  asar = await readFile(join(unpacked, 'resources/app.asar'));
  files = asarFiles(asar);
  const binary = await readFile(join(unpacked, 'jianbao'));
  const wire = binary.indexOf(sentinel) + sentinel.length;
  const length = binary[wire + 1] ?? 0;
  fuses = Object.fromEntries(fuseNames.slice(0, length).map((name, index) => [name, String.fromCharCode(binary[wire + 2 + index] ?? 0)]));
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const read = (path: string): string => {
  const file = files.get(path);
  if (!file) throw new Error(`${path} is not in app.asar`);
  return asar.subarray(file.offset, file.offset + file.size).toString('utf8');
};

describe('the packaged app (electron-builder --linux dir)', () => {
  it('carries the built main process, preload and renderer, with pdf.js CMaps and standard fonts', () => {
    for (const path of ['package.json', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(files.has(path), path).toBe(true);
    }
    expect(JSON.parse(read('package.json')).main).toBe('out/main/index.js');
    for (const name of ['GBK-EUC-H.bcmap', 'UniGB-UTF16-H.bcmap', 'Adobe-GB1-UCS2.bcmap']) {
      expect(files.has(`out/renderer/pdfjs/cmaps/${name}`), name).toBe(true);
    }
    expect(files.has('out/renderer/pdfjs/standard_fonts/FoxitSerif.pfb')).toBe(true);
    expect([...files.keys()].some((path) => /^out\/renderer\/assets\/pdf\.worker\.min-.*\.mjs$/.test(path))).toBe(true);
  });

  it('carries the demo archive: its paper and its PDF writer are in the main bundle', () => {
    const main = [...files.keys()].filter((path) => /^out\/main\/.*\.js$/.test(path)).map(read).join('\n');
    expect(main).toContain('云岭政协报');
    expect(main).toContain('%PDF-');
  });

  it('carries the runtime dependencies and none of the tools', () => {
    const modules = new Set([...files.keys()].filter((p) => p.startsWith('node_modules/')).map((p) => p.split('/')[1]));
    for (const name of ['lowdb', 'pdfjs-dist', 'zod', 'mammoth', 'parse5', 'fflate', 'proper-lockfile']) expect(modules.has(name), name).toBe(true);
    for (const name of ['electron', 'electron-builder', 'vitest', 'playwright-core', 'typescript', '@doyensec', 'electron-updater']) {
      expect(modules.has(name), name).toBe(false);
    }
    expect(files.has('node_modules/pdfjs-dist/cmaps/GBK-EUC-H.bcmap')).toBe(true);
  });

  it('leaves out sources, tests, fixtures, build resources and source maps', () => {
    const ours = [...files.keys()].filter((path) => !path.startsWith('node_modules/'));
    expect(ours.filter((path) => !/^(out\/(main|preload|renderer)\/|package\.json$)/.test(path))).toEqual([]);
    expect(ours.filter((path) => /\.(map|ts|tsx)$/.test(path) || /(^|\/)(src|fixtures|tests?|resources)\//.test(path))).toEqual([]);
    expect(ours.length).toBeGreaterThan(200);
  });

  it('flips the fuses in the Electron binary', () => {
    expect(fuses).toEqual({
      runAsNode: '0',
      enableCookieEncryption: '1',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      loadBrowserProcessSpecificV8Snapshot: '0',
      grantFileProtocolExtraPrivileges: '0',
    });
  });
});
