import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../../tests/unit/shared-fixtures';
import { extractPdfText } from '../pdf-text';
import { readOfdDocument } from './ofd-document';
import { OfdPackage } from './ofd-package';
import { ofdToPdf } from './ofd-to-pdf';
import { buildOfd, textObject } from './test/ofd-builder';

const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);

function convert(bytes: Uint8Array) {
  return ofdToPdf(readOfdDocument(OfdPackage.open('x.ofd', bytes)), 'x.ofd');
}

describe('an OFD page as a PDF', () => {
  it('embeds the package TrueType font and draws glyphs by index, while the text layer reads the characters', async () => {
    const spec = unzipSync(new Uint8Array(await readFile(sharedFixture('ofd', 'ofdrw-z-spec-excerpt.ofd'))));
    const { bytes, warnings } = convert(
      buildOfd({
        fonts: '<ofd:Font ID="8" FontName="KaiTi_GB2312" FamilyName="楷体"><ofd:FontFile>kai.ttf</ofd:FontFile></ofd:Font>',
        pages: [{ content: textObject(4, '30 30 100 12', 10, '楷体gb2312', 'X="0" Y="10" DeltaX="10 10 5 5 5 5 5 5"', '').replace('Font="3"', 'Font="8"') }],
        files: { 'Doc_0/Res/kai.ttf': spec['Doc_0/Res/font1.ttf']! },
      }),
    );
    expect(warnings).toEqual([]);
    const pdf = latin1(bytes);
    expect(pdf).toContain('/FontFile2');
    expect(pdf).toContain('/CIDToGIDMap /Identity');
    expect(pdf).not.toContain('STSong-Light');
    const { pages } = await extractPdfText(bytes, 'x.pdf');
    expect(pages[0]!.text.trim()).toBe('楷体gb2312');
    // 30 mm from the left edge, as the OFD places it.
    expect(pages[0]!.items[0]!.x).toBeCloseTo((30 * 72) / 25.4, 0);
  });

  it('draws what a subset font lacks in the stand-in face, in place, within the same line', async () => {
    const spec = unzipSync(new Uint8Array(await readFile(sharedFixture('ofd', 'ofdrw-z-spec-excerpt.ofd'))));
    const { bytes } = convert(
      buildOfd({
        fonts: '<ofd:Font ID="8" FontName="KaiTi_GB2312"><ofd:FontFile>kai.ttf</ofd:FontFile></ofd:Font>',
        // The subset has 楷, 体, g and b, not 字 or 型.
        pages: [{ content: textObject(4, '30 30 100 12', 10, '楷字体型gb', 'X="0" Y="10" DeltaX="10 10 10 10 5"', '').replace('Font="3"', 'Font="8"') }],
        files: { 'Doc_0/Res/kai.ttf': spec['Doc_0/Res/font1.ttf']! },
      }),
    );
    const pdf = latin1(bytes);
    expect(pdf).toContain('/FontFile2');
    expect(pdf).toContain('STSong-Light');
    const items = (await extractPdfText(bytes, 'x.pdf')).pages[0]!.items;
    expect(items.map((i) => i.text).join('').replace(/\s/g, '')).toBe('楷字体型gb');
    expect(Math.min(...items.map((i) => i.x))).toBeCloseTo((30 * 72) / 25.4, 0);
    // b starts 45 mm on and is about half an em wide.
    expect(Math.max(...items.map((i) => i.x + i.width))).toBeGreaterThan((75 * 72) / 25.4);
    expect(Math.max(...items.map((i) => i.x + i.width))).toBeLessThan((86 * 72) / 25.4);
  });

  it('stands a Song face in for a font it cannot embed, says so, and keeps the positions', async () => {
    const { bytes, warnings } = convert(
      buildOfd({
        fonts: '<ofd:Font ID="8" FontName="Broken"><ofd:FontFile>broken.otf</ofd:FontFile></ofd:Font>',
        pages: [{ content: textObject(4, '50 30 100 12', 10, '委员', 'X="0" Y="10" DeltaX="20"', '').replace('Font="3"', 'Font="8"') }],
        files: { 'Doc_0/Res/broken.otf': new TextEncoder().encode('OTTO not really a font') },
      }),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Broken.*cannot be embedded/);
    expect(latin1(bytes)).toContain('STSong-Light');
    const items = (await extractPdfText(bytes, 'x.pdf')).pages[0]!.items;
    const text = items.map((i) => i.text).join('');
    expect(text.replace(/\s/g, '')).toBe('委员');
    // 委 at 50 mm, 员 20 mm on: the item (or items) span 50 mm to 80 mm.
    const left = Math.min(...items.map((i) => i.x));
    const right = Math.max(...items.map((i) => i.x + i.width));
    expect(left).toBeCloseTo((50 * 72) / 25.4, 0);
    expect(right).toBeCloseTo((80 * 72) / 25.4, 0);
  });

  it('keeps a see-through watermark see-through and makes text that is neither filled nor stroked invisible but selectable', async () => {
    const { bytes } = convert(
      buildOfd({
        pages: [
          {
            content:
              textObject(4, '30 30 100 12', 10, '内部资料', 'X="0" Y="10" DeltaX="g 3 10"', 'Alpha="128"') +
              textObject(5, '30 60 100 12', 10, '扫描件上的文字', 'X="0" Y="10" DeltaX="g 6 10"', 'Fill="false"'),
          },
        ],
      }),
    );
    const pdf = latin1(bytes);
    expect(pdf).toMatch(/\/ExtGState << \/GS0 << \/Type \/ExtGState \/ca 0\.5 \/CA 0\.5 >>/);
    const { pages } = await extractPdfText(bytes, 'x.pdf');
    expect(pages[0]!.text).toContain('扫描件上的文字');
  });
});
