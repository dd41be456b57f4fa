import { JianbaoError } from '../../../../shared/errors';
import { joinLines, normalizeLine } from '../../../../shared/normalize-text';
import { sha256Hex } from '../../archive/ids';
import type { DocumentDraft, SourceFile } from '../drafts';
import { findDate } from '../metadata';
import { blocksOfPages, documentKind, withoutRunningHeads } from '../pdf-document';
import { extractPdfText, type ExtractedPage } from '../pdf-text';
import { readOfdDocument } from './ofd-document';
import { OfdPackage } from './ofd-package';
import { ofdToPdf } from './ofd-to-pdf';

/**
 * An OFD file (GB/T 33190) becomes a Document (issue 15). Its pages are converted to a PDF at
 * import (ofd-to-pdf.ts), kept beside the .ofd as the document's replica, so the pdf.js page
 * view, its text layer and page annotations work as on any PDF. The canonical text is read
 * back from that PDF with the same text extraction PDF pages get (`ExtractedPage`: positioned
 * items in PDF points, lines in reading order), so an OFD whose pages read as a newspaper page
 * has the shape the page analysis takes.
 */

/** The largest lines near the top of the first page, else the file name. */
function titleOfPages(pages: readonly ExtractedPage[], fallback: string): string {
  const lines = pages[0]?.lines.slice(0, 15) ?? [];
  const largest = Math.max(...lines.map((l) => l.size), 0);
  const start = lines.findIndex((l) => l.size >= largest * 0.95);
  const title: string[] = [];
  for (let i = start; i >= 0 && i < lines.length && title.length < 3; i++) {
    const line = lines[i]!;
    if (line.size < largest * 0.95) break;
    title.push(line.text);
    if (lines.every((l) => l.size >= largest * 0.95)) break;
  }
  const text = normalizeLine(joinLines(title)).slice(0, 200);
  return text !== '' ? text : fallback;
}

/** Reads an .ofd into a document draft with its replica PDF; throws UNREADABLE_FILE, UNSAFE_ARCHIVE, TOO_LARGE or NO_TEXT naming the file. */
export async function importOfd(file: SourceFile): Promise<DocumentDraft> {
  const pkg = OfdPackage.open(file.name, file.bytes);
  const doc = readOfdDocument(pkg);
  const { bytes, warnings: pdfWarnings } = ofdToPdf(doc, file.name);
  let pages: ExtractedPage[];
  try {
    ({ pages } = await extractPdfText(bytes, file.name));
  } catch (error) {
    if (error instanceof JianbaoError && error.code === 'NO_TEXT') {
      throw new JianbaoError('NO_TEXT', `${file.name} 中没有文字（可能是扫描图像） / ${file.name} holds no text (it is probably scanned images): run it through OCR first.`);
    }
    throw error;
  }
  const base = file.name.replace(/\.ofd$/i, '');
  const title = normalizeLine(doc.title ?? '') || titleOfPages(pages, base);
  const head = pages[0]?.lines.slice(0, 8).map((l) => l.text).join('\n') ?? '';
  const date = doc.creationDate ?? findDate(head);
  const replicaName = `${base}.pdf`;
  return {
    kind: 'document',
    format: 'ofd',
    title,
    documentKind: documentKind(`${title}\n${head}`),
    ...(date ? { date } : {}),
    blocks: blocksOfPages(withoutRunningHeads(pages)),
    pages: pages.map(({ lines: _lines, ...text }) => text),
    replica: { path: `${file.path}#pdf`, name: replicaName, bytes, sha256: sha256Hex(bytes), ext: 'pdf' },
    ofd: doc.info,
    warnings: [...doc.warnings, ...pdfWarnings],
  };
}
