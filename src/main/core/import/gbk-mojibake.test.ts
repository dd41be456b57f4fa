import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../archive/ids';
import { latinBytes, repairGbkMojibake } from './gbk-mojibake';
import { importPdf } from './pdf-importer';
import { gbkHex, writeGbkMojibakePdf } from './test/gbk-mojibake-pdf';

const asPdfJsShowsIt = (text: string): string => {
  // What pdf.js makes of GBK bytes in a WinAnsi font: Windows-1252, with its own few renderings.
  const bytes = gbkHex(text).match(/../g)!.map((h) => parseInt(h, 16));
  return [...new TextDecoder('windows-1252').decode(new Uint8Array(bytes))]
    .map((ch) => ({ '\u00A0': ' ', '\u00AD': '-', '\u00B5': 'μ' })[ch] ?? ch)
    .join('');
};

describe('repairGbkMojibake', () => {
  it('decodes the items of a font that shows GBK bytes as Latin-1', () => {
    const items = [
      { str: asPdfJsShowsIt('关于加强政协提案工作的报告'), fontName: 'f1' },
      { str: asPdfJsShowsIt('各位委员：2025年'), fontName: 'f1' },
      { str: 'Page 1 café', fontName: 'f2' },
    ];
    const { repaired, fonts } = repairGbkMojibake(items);
    expect(fonts).toEqual(['f1']);
    expect(repaired.get(items[0]!)).toBe('关于加强政协提案工作的报告');
    expect(repaired.get(items[1]!)).toBe('各位委员：2025年');
    expect(repaired.has(items[2]!)).toBe(false);
  });

  it.each([
    ['French with accents', 'Société générale à Paris, été'],
    ['German', 'Größe über Fußgänger'],
    ['real Chinese text', '政协委员'],
    ['plain ASCII', 'Annual report 2025'],
  ])('leaves %s alone', (_name, str) => {
    expect(repairGbkMojibake([{ str, fontName: 'f' }]).fonts).toEqual([]);
  });

  it('reads a soft hyphen and a no-break space back as the trail bytes they were', () => {
    // 协 is D0 AD in GBK: pdf.js shows the AD as "-".
    expect(latinBytes('Ð-')).toEqual([0xd0, 0xad]);
    expect(latinBytes('a-b')).toEqual([0x61, 0x2d, 0x62]);
  });
});

describe('a PDF whose Chinese font declares WinAnsi but holds GBK', () => {
  it('imports with its Chinese text, and says it decoded it', async () => {
    const bytes = writeGbkMojibakePdf(['关于加强政协提案工作的报告', '各位委员：2025年'], { latinLine: 'Page 1 cafe' });
    const draft = await importPdf({ path: '/tmp/x.pdf', name: 'x.pdf', bytes, sha256: sha256Hex(bytes), ext: 'pdf' });
    expect(draft.kind).toBe('document');
    if (draft.kind !== 'document') return;
    expect(draft.title).toBe('关于加强政协提案工作的报告');
    expect(draft.documentKind).toBe('proposal');
    expect(draft.pages[0]?.text).toContain('各位委员：2025年');
    expect(draft.pages[0]?.text).toContain('Page 1 cafe');
    expect(draft.warnings.join()).toMatch(/GBK/);
  });
});
