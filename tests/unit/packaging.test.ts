import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';

// What `npm run dist` would build, read from its configuration (electron-builder cannot fetch
// Electron here). tests/e2e/package.test.ts packs the app for real with a stand-in Electron
// and looks inside the result.
const root = process.cwd();
const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
  productName: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  build?: unknown;
};

type Target = { target: string; arch?: string[] };
const targetsOf = (platform: 'win' | 'mac' | 'linux') => (config[platform]?.target ?? []) as Target[];

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the packaging configuration', () => {
  it('builds installers for Windows, macOS and Linux', () => {
    expect(targetsOf('win').map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(targetsOf('mac')).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(targetsOf('linux').map((t) => t.target)).toEqual(['AppImage', 'deb']);
  });

  it('names the app and gives every artifact its own ASCII file name', () => {
    expect(config.appId).toBe('org.jianbao.reader');
    expect(config.productName).toBe('剪报 Jianbao');
    expect(packageJson.productName).toBe(config.productName);
    const names = [config.artifactName, config.nsis?.artifactName, config.portable?.artifactName];
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9.${}-]+$/);
    expect(config.artifactName).toContain('${arch}');
    expect(new Set(names).size).toBe(names.length);
  });

  it('is the only packaging configuration, and `npm run dist` uses it', () => {
    expect(packageJson.build).toBeUndefined();
    expect(packageJson.scripts.dist).toBe('npm run build && electron-builder --config electron-builder.config.ts');
  });

  it('packs the app into an asar with only the built app, no sources, tests, fixtures or source maps', () => {
    expect(config.asar).toBe(true);
    const patterns = config.files as string[];
    const included = patterns.filter((pattern) => !pattern.startsWith('!'));
    for (const pattern of included) expect(pattern, pattern).toMatch(/^(out\/(main|preload|renderer)\/\*\*|package\.json)$/);
    expect(patterns).toContain('!**/*.map');
    expect(config.extraResources ?? null).toBeNull();
    expect(config.extraFiles ?? null).toBeNull();
  });

  it('never updates itself: nothing to publish and no updater', () => {
    expect(config.publish).toBeNull();
    expect(Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies })).not.toContain('electron-updater');
  });

  it('flips Electron’s fuses: no Node mode, no NODE_OPTIONS or inspector, only the checked asar, encrypted cookies', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });
});

describe('the icons', () => {
  it('come from an SVG drawn in paths, needing no font', async () => {
    const svg = await readFile(join(root, 'resources/icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    expect(svg).toMatch(/<path /);
    expect(svg).not.toMatch(/<text|<image|href=/);
  });

  it('are PNGs of the size their names say, 16 to 1024 pixels, for Linux and for the app', async () => {
    expect(config.linux?.icon).toBe('resources/icons');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(await readFile(join(root, `resources/icons/${size}x${size}.png`)))).toEqual({ width: size, height: size });
    }
    expect(config.icon).toBe('resources/icon.png');
    expect(pngSize(await readFile(join(root, 'resources/icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('include a Windows .ico holding 16 to 256 pixels', async () => {
    expect(config.win?.icon).toBe('resources/icon.ico');
    const ico = await readFile(join(root, 'resources/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let index = 0; index < ico.readUInt16LE(4); index += 1) {
      const entry = 6 + 16 * index;
      const size = ico.readUInt8(entry) || 256;
      const image = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngSize(image)).toEqual({ width: size, height: size });
      sizes.push(size);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('include a macOS .icns holding 16 to 1024 pixels', async () => {
    expect(config.mac?.icon).toBe('resources/icon.icns');
    const icns = await readFile(join(root, 'resources/icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries = new Map<string, number>();
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      entries.set(icns.subarray(at, at + 4).toString('latin1'), pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4))).width);
    }
    expect(Object.fromEntries(entries)).toMatchObject({ icp4: 16, icp5: 32, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic14: 512 });
  });
});
