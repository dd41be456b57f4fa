import { strToU8, zipSync } from 'fflate';

/**
 * A minimal Word document for the import tests, written by hand: the three parts a .docx
 * needs, with headings (Heading1 style), paragraphs and one table. Test use only.
 */
export type DocxPart = { heading: string } | { paragraph: string } | { table: string[][] };

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string): string => `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;

function body(parts: readonly DocxPart[]): string {
  return parts
    .map((part) => {
      if ('heading' in part) return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(part.heading)}</w:p>`;
      if ('paragraph' in part) return `<w:p>${run(part.paragraph)}</w:p>`;
      const rows = part.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:p>${run(cell)}</w:p></w:tc>`).join('')}</w:tr>`);
      return `<w:tbl>${rows.join('')}</w:tbl>`;
    })
    .join('');
}

/** The bytes of a .docx holding `parts` in order. */
export function writeDocx(parts: readonly DocxPart[]): Uint8Array {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body(parts)}</w:body></w:document>`),
  });
}
