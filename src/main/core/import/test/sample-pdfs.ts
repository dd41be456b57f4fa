import { writePdf, type PdfPage } from '../../demo/pdf-writer';

/**
 * PDFs made for the import tests, in text written for them. Test use only.
 */

/** A newspaper page (版): masthead, date line, 第 N 版 · section, a headline and body lines. */
export function newspaperPage(number: number, section: string, date: string, headline: string): PdfPage {
  return {
    width: 595,
    height: 842,
    texts: [
      { text: '云岭政协报', x: 40, y: 30, size: 30, bold: true },
      { text: `${date} 星期六 总第 1024 期`, x: 40, y: 70, size: 10 },
      { text: `第 ${number} 版 · ${section}`, x: 480, y: 70, size: 10 },
      { text: headline, x: 40, y: 110, size: 20, bold: true },
      { text: '清晨的茶山雾气未散，合作社的收购点已经排起了队。', x: 40, y: 150, size: 11 },
      { text: '委员们一边看秤，一边记下茶农说的难处。', x: 40, y: 166, size: 11 },
    ],
  };
}

/** A whole issue in one PDF, a 版 a page. */
export function newspaperIssuePdf(date: string): Uint8Array {
  return writePdf([newspaperPage(1, '要闻', date, '春茶开采 合作社里说增收'), newspaperPage(2, '精选', date, '一片叶子富一方百姓')]);
}

/** A PDF whose one page has no text at all (as a scan without OCR would be, minus the image). */
export function blankPdf(): Uint8Array {
  return writePdf([{ width: 595, height: 842, texts: [], rects: [{ x: 40, y: 40, width: 500, height: 700 }] }]);
}

/** A PDF that asks for a password: a Standard security handler whose /U matches no empty password. */
export function passwordPdf(): Uint8Array {
  const text = new TextDecoder('latin1').decode(writePdf([newspaperPage(1, '要闻', '2025年3月8日', '标题')]));
  const zeros = '00'.repeat(32);
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${zeros}> /P -4 >>`;
  const patched = text.replace(/trailer\n<< /, `trailer\n<< /Encrypt ${encrypt} /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>] `);
  return new Uint8Array([...patched].map((c) => c.charCodeAt(0)));
}
