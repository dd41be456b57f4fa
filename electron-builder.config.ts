import type { Configuration } from 'electron-builder';

/**
 * How `npm run dist` packages the app (electron-builder; it fetches Electron for each target
 * platform, so it needs the network once). Typed, and imported by tests/unit/packaging.test.ts,
 * which holds the targets, the files that travel and the fuses; this file is the only
 * packaging configuration (package.json has no `build` key).
 *
 * What travels inside app.asar: the built main process (with the demo archive's content and
 * its PDF writer: the demo is generated on first start, not shipped as files), the sandboxed
 * preload, the renderer with pdf.js's worker, CMaps and standard fonts under out/renderer/pdfjs,
 * and the runtime dependencies electron-builder adds from node_modules (pdfjs-dist among them,
 * with its own CMaps for importing PDFs in the main process). Nothing of src/, tests/, fixtures
 * or source maps.
 */
const config: Configuration = {
  appId: 'org.jianbao.reader',
  productName: '剪报 Jianbao',
  copyright: 'Copyright © 2026 Jianbao',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map'],
  asar: true,
  // No auto-update: the app never asks a server for anything.
  publish: null,
  icon: 'resources/icon.png',
  // ASCII file names, one per target and architecture, so that no two artifacts collide.
  artifactName: 'Jianbao-${version}-${os}-${arch}.${ext}',
  // Electron's fuses, flipped in the binary at packaging time (electronjs.org/docs/latest/tutorial/fuses).
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
    icon: 'resources/icon.ico',
  },
  nsis: {
    oneClick: false,
    allowToChangeInstallationDirectory: true,
    artifactName: 'Jianbao-Setup-${version}-${arch}.${ext}',
  },
  portable: {
    artifactName: 'Jianbao-Portable-${version}-${arch}.${ext}',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    icon: 'resources/icon.icns',
    category: 'public.app-category.news',
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'resources/icons',
    category: 'Office',
    synopsis: 'Offline reader and annotator for a newspaper archive',
    maintainer: 'Jianbao <jianbao@example.invalid>',
  },
};

export default config;
