import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OfdPackage, resolvePartPath } from './ofd-package';

describe('an OFD package', () => {
  it('resolves part paths against their folder, from the root when they start with /, and never above it', () => {
    expect(resolvePartPath('Doc_0', 'Pages/Page_0/Content.xml')).toBe('Doc_0/Pages/Page_0/Content.xml');
    expect(resolvePartPath('Doc_0/Pages', '/Doc_0/Res/a.png')).toBe('Doc_0/Res/a.png');
    expect(resolvePartPath('Doc_0/Pages', '../Res/./a.png')).toBe('Doc_0/Res/a.png');
    expect(resolvePartPath('Doc_0', '../../etc/passwd')).toBeNull();
  });

  it('reads a package whose folder was zipped instead of its contents', () => {
    const pkg = OfdPackage.open('x.ofd', zipSync({ 'report/OFD.xml': new TextEncoder().encode('<OFD/>'), 'report/Doc_0/Document.xml': new TextEncoder().encode('<Document/>') }));
    expect(pkg.xml('OFD.xml', { zh: '', en: '' }).name).toBe('OFD');
    expect(pkg.has('Doc_0/Document.xml')).toBe(true);
  });
});
