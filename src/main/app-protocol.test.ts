import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appIndexUrl, resolveAppRequest } from './app-protocol';

const roots = { rendererDir: '/opt/jianbao/out/renderer', originalsDir: '/home/r/archive/originals' };
const sha = 'ab'.repeat(32);

describe('the jianbao-app:// protocol', () => {
  it.each([
    ['the app index', appIndexUrl, join(roots.rendererDir, 'index.html'), 'rendererDir'],
    ['the root', 'jianbao-app://app/', join(roots.rendererDir, 'index.html'), 'rendererDir'],
    ['a built asset', 'jianbao-app://app/assets/index-1a2b.js', join(roots.rendererDir, 'assets/index-1a2b.js'), 'rendererDir'],
    ['a pdf.js CMap', 'jianbao-app://app/pdfjs/cmaps/GBK-EUC-H.bcmap', join(roots.rendererDir, 'pdfjs/cmaps/GBK-EUC-H.bcmap'), 'rendererDir'],
    ['an asset with a query', 'jianbao-app://app/assets/a.js?v=1', join(roots.rendererDir, 'assets/a.js'), 'rendererDir'],
    ['a page replica', `jianbao-app://app/originals/${sha}.pdf`, join(roots.originalsDir, `${sha}.pdf`), 'originalsDir'],
  ])('serves %s', (_name, url, path, root) => {
    expect(resolveAppRequest(url, roots)).toEqual({ kind: 'file', path, root });
  });

  it.each([
    ['a parent segment', 'jianbao-app://app/../../etc/passwd'],
    ['a parent segment in the middle', 'jianbao-app://app/assets/../../secret'],
    ['an encoded parent segment', 'jianbao-app://app/%2e%2e/%2e%2e/etc/passwd'],
    ['a mixed-case encoded parent', 'jianbao-app://app/assets/%2E%2e/x'],
    ['half-encoded dots', 'jianbao-app://app/.%2e/x'],
    ['an encoded slash', 'jianbao-app://app/assets%2f..%2fsecret'],
    ['a backslash', 'jianbao-app://app/assets\\..\\secret'],
    ['an encoded backslash', 'jianbao-app://app/assets%5c..%5csecret'],
    ['an absolute path', 'jianbao-app://app//etc/passwd'],
    ['an encoded absolute path', 'jianbao-app://app/%2fetc/passwd'],
    ['a drive letter', 'jianbao-app://app/C:/Windows/win.ini'],
    ['a NUL', 'jianbao-app://app/index.html%00.png'],
    ['a malformed escape', 'jianbao-app://app/%E0%A4%A'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppRequest(url, roots).kind).toBe('refused');
  });

  it.each([
    ['another host', `jianbao-app://evil/originals/${sha}.pdf`],
    ['another scheme', 'file:///etc/passwd'],
    ['an original not named by its sha256', 'jianbao-app://app/originals/library.json'],
    ['an original with a path inside', `jianbao-app://app/originals/x/${sha}.pdf`],
    ['an uppercase sha256', `jianbao-app://app/originals/${sha.toUpperCase()}.pdf`],
  ])('answers 404 for %s', (_name, url) => {
    expect(resolveAppRequest(url, roots)).toEqual({ kind: 'refused', status: 404 });
  });
});
