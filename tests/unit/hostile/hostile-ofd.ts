import { readFile } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { buildOfd, textObject } from '../../../src/main/core/import/ofd/test/ofd-builder';
import { sharedFixture } from '../shared-fixtures';
import { rawZip, storedEntry } from './zip-bytes';

/** An OFD input of the hostile corpus: its name (ending .ofd), bytes, and whether it must be refused. */
export interface HostileOfd {
  name: string;
  bytes: Uint8Array;
  refused: boolean;
}

const page = textObject(4, '30 30 100 10', 5, '关于社区养老服务的提案', 'X="0" Y="5" DeltaX="g 10 5"');

/** A good package with one entry replaced (or added). */
function withEntry(path: string, data: string): Uint8Array {
  const entries = unzipSync(buildOfd({ pages: [{ content: page }] }));
  entries[path] = strToU8(data);
  return zipSync(entries);
}

function without(path: string): Uint8Array {
  const entries = unzipSync(buildOfd({ pages: [{ content: page }] }));
  delete entries[path];
  return zipSync(entries);
}

const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;

/**
 * The hostile OFD packages: each fixture cut short; a package with a `../` entry, a zip bomb
 * (declared and real), XML entity expansion (billion laughs), an external entity, a missing
 * document, a missing page, a DocRoot pointing back at OFD.xml, a page pointing at the
 * document, a million pages, a page of 300,000 glyphs, and a g-form DeltaX asking for a billion glyphs.
 */
export async function hostileOfds(cut: (i: number) => number): Promise<HostileOfd[]> {
  const out: HostileOfd[] = [];
  const names = ['ofdrw-helloworld.ofd', 'ofdrw-nalaizhuyi-page6.ofd', 'ofdrw-AddAttachment.ofd', 'ofdrw-z-spec-excerpt.ofd'];
  for (const [i, name] of names.entries()) {
    const bytes = new Uint8Array(await readFile(sharedFixture('ofd', name)));
    out.push({ name: `truncated-${name}`, bytes: bytes.subarray(0, Math.floor(bytes.length * cut(i))), refused: true });
  }
  const good = unzipSync(buildOfd({ pages: [{ content: page }] }));
  out.push({
    name: 'ofd-zip-slip.ofd',
    bytes: rawZip([...Object.entries(good).map(([n, d]) => storedEntry(n, d)), storedEntry('../../escaped.xml', strToU8('<x/>'))]),
    refused: true,
  });
  const zeros = new Uint8Array(8 * 1024 * 1024);
  const bomb = deflateRawSync(zeros, { level: 9 });
  out.push({
    name: 'ofd-zip-bomb-declared.ofd',
    bytes: rawZip([...Object.entries(good).map(([n, d]) => storedEntry(n, d)), ...Array.from({ length: 4 }, (_, k) => ({ name: `Doc_0/Res/${k}.png`, data: bomb, method: 8 as const, size: 0xfffffffe, crc: crc32(zeros) }))]),
    refused: true,
  });
  out.push({
    name: 'ofd-zip-bomb-lies-small.ofd',
    bytes: rawZip([...Object.entries(good).map(([n, d]) => storedEntry(n, d)), { name: 'Doc_0/Res/big.png', data: bomb, method: 8 as const, size: 1024, crc: crc32(zeros) }]),
    // Inflated no further than it declares: harmless either way.
    refused: false,
  });
  out.push({ name: 'ofd-billion-laughs.ofd', bytes: withEntry('Doc_0/Document.xml', `${laughs}<ofd:Document xmlns:ofd="x"><ofd:Pages>&lol9;</ofd:Pages></ofd:Document>`), refused: true });
  out.push({ name: 'ofd-external-entity.ofd', bytes: withEntry('OFD.xml', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><ofd:OFD xmlns:ofd="x"><ofd:DocBody><ofd:DocRoot>&x;</ofd:DocRoot></ofd:DocBody></ofd:OFD>'), refused: true });
  out.push({ name: 'ofd-missing-document.ofd', bytes: without('Doc_0/Document.xml'), refused: true });
  out.push({ name: 'ofd-missing-page.ofd', bytes: without('Doc_0/Pages/Page_0/Content.xml'), refused: true });
  out.push({ name: 'ofd-docroot-is-itself.ofd', bytes: withEntry('OFD.xml', '<ofd:OFD xmlns:ofd="x"><ofd:DocBody><ofd:DocRoot>/OFD.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'), refused: true });
  out.push({
    name: 'ofd-page-is-the-document.ofd',
    bytes: withEntry('Doc_0/Document.xml', '<ofd:Document xmlns:ofd="x"><ofd:Pages><ofd:Page ID="1" BaseLoc="Document.xml"/></ofd:Pages></ofd:Document>'),
    refused: true,
  });
  out.push({
    name: 'ofd-million-pages.ofd',
    bytes: withEntry('Doc_0/Document.xml', `<ofd:Document xmlns:ofd="x"><ofd:Pages>${'<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'.repeat(1_000_000)}</ofd:Pages></ofd:Document>`),
    refused: true,
  });
  out.push({
    name: 'ofd-page-of-300000-glyphs.ofd',
    bytes: buildOfd({ pages: [{ content: textObject(4, '0 0 210 297', 1, '字'.repeat(300_000), 'X="0" Y="1" DeltaX="g 299999 0.001"') }] }),
    refused: true,
  });
  out.push({
    name: 'ofd-billion-glyph-steps.ofd',
    bytes: buildOfd({ pages: [{ content: textObject(4, '30 30 100 10', 5, '步进很长的一行字', 'X="0" Y="5" DeltaX="g 1000000000 5 g 1000000000 5"') }] }),
    refused: false,
  });
  return out;
}
