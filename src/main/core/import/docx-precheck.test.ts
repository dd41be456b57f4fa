import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocx } from './docx-document';
import { maxWordXmlDepth, xmlShapeProblem } from './docx-precheck';
import { writeDocx } from './test/sample-docx';

function docxWith(documentXml: Uint8Array) {
  const bytes = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': documentXml }, { level: 9 });
  return { path: '/in/bad.docx', name: 'bad.docx', bytes, sha256: 'x', ext: 'docx' };
}

describe('a Word document that would stall the XML parser', () => {
  const cases: [string, Uint8Array, string][] = [
    ['200 KB of unclosed <a> (nearly four minutes in mammoth before)', strToU8('<a>'.repeat(70_000)), 'UNREADABLE_FILE'],
    ['1 MB of "<"', new Uint8Array(1024 * 1024).fill(0x3c), 'UNREADABLE_FILE'],
    ['64 MB of text packed small', new Uint8Array(64 * 1024 * 1024).fill(0x61), 'TOO_LARGE'],
  ];
  for (const [what, xml, code] of cases) {
    it(`refuses ${what} at once, naming the file`, async () => {
      const started = performance.now();
      await expect(importDocx(docxWith(xml))).rejects.toMatchObject({ code, message: expect.stringContaining('/in/bad.docx') });
      expect(performance.now() - started).toBeLessThan(3_000);
    });
  }

  it('still reads a real document, tables and all', async () => {
    const bytes = writeDocx([{ heading: '调研报告' }, { paragraph: '正文。' }, { table: [['甲', '乙']] }]);
    const draft = await importDocx({ path: '/in/ok.docx', name: 'ok.docx', bytes, sha256: 'x', ext: 'docx' });
    expect(draft.blocks.map((b) => b.text)).toEqual(['调研报告', '正文。', '甲 | 乙']);
  });

  it('finds nothing wrong with comments, CDATA, declarations, quoted ">" and empty elements', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x><w:document a="1>2" b='<'><!-- a <b> comment --><w:p/><![CDATA[<<>>]]><w:t>x</w:t></w:document>`;
    expect(xmlShapeProblem(xml)).toBeNull();
    expect(xmlShapeProblem(`${'<w:tbl>'.repeat(maxWordXmlDepth)}${'</w:tbl>'.repeat(maxWordXmlDepth)}`)).toBeNull();
    expect(xmlShapeProblem(`${'<w:tbl>'.repeat(maxWordXmlDepth + 1)}`)).toMatch(/nest/);
  });
});
