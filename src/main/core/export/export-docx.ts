import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { chineseDate } from '../../../shared/citation';
import type { Digest, DigestEntry } from '../../../shared/digest';

/**
 * The 批注摘编 as a Word document, written with the `docx` library (OOXML is large and
 * unforgiving; docx writes what Word, WPS and LibreOffice open). Title and note; then per
 * article its title as a heading, its GB/T 7714-2015 citation, and each quote as an indented
 * paragraph with the comment and tags after it; at the end the list of sources cited (参考文献).
 */
export async function digestToDocx(digest: Digest): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(digest.title)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `共 ${digest.count} 条批注 · ${chineseDate(digest.generated.slice(0, 10))}编`, color: '666666' })],
    }),
  ];
  for (const line of digest.note.split('\n').filter((l) => l.trim() !== '')) children.push(new Paragraph({ children: [new TextRun(line)] }));

  digest.groups.forEach((group, index) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${index + 1}. ${group.heading}`)] }));
    children.push(new Paragraph({ children: [new TextRun({ text: group.citation, color: '444444' })] }));
    if (group.entries.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: '（未作批注）', italics: true, color: '888888' })] }));
    for (const entry of group.entries) children.push(...entryParagraphs(entry));
  });

  if (digest.groups.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('参考文献')] }));
    digest.groups.forEach((group, index) => children.push(new Paragraph({ children: [new TextRun(`[${index + 1}] ${group.citation}`)] })));
  }

  const document = new Document({
    creator: '剪报 Jianbao',
    title: digest.title,
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' }, size: 24 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function entryParagraphs(entry: DigestEntry): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const quote = entry.quote.trim();
  paragraphs.push(
    new Paragraph({
      indent: { left: 480 },
      spacing: { before: 120 },
      children: [new TextRun({ text: quote ? `“${quote.replace(/\n+/g, ' ')}”` : '（版面区域）', font: { eastAsia: 'KaiTi' } })],
    }),
  );
  if (entry.comment) {
    entry.comment.split('\n').forEach((line, i) => {
      paragraphs.push(new Paragraph({ indent: { left: 480 }, children: [new TextRun({ text: `${i === 0 ? '批注：' : ''}${line}` })] }));
    });
  }
  if (entry.tags.length > 0) {
    paragraphs.push(new Paragraph({ indent: { left: 480 }, children: [new TextRun({ text: `标签：${entry.tags.join('、')}`, color: '666666' })] }));
  }
  return paragraphs;
}
