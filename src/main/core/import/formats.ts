import { JianbaoError } from '../../../shared/errors';
import type { Draft, ImportHints, SourceFile } from './drafts';
import { importDocx } from './docx-document';
import { importHtmlPage } from './html-page';
import { importOfd } from './ofd/ofd-importer';
import { importPdf } from './pdf-importer';
import { importArticleText } from './text-article';

/** The kinds of file an import reads, by what the bytes are (the extension only breaks ties). */
export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx' | 'ofd' | 'zip';

/** Extensions that a folder import picks up. */
export const importableExtensions = new Set(['txt', 'text', 'html', 'htm', 'xhtml', 'shtml', 'pdf', 'docx', 'ofd', 'zip']);

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An OFD file (GB/T 33190) is a zip whose directory names OFD.xml at its root. */
function isOfd(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 65536)));
  return tail.includes('OFD.xml');
}

/** A Word document is a zip whose directory (stored uncompressed) names word/document.xml. */
function isDocx(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 65536)));
  return tail.includes('word/document.xml');
}

const pdfMagic = '%PDF-';

function startsWithPdfMagic(bytes: Uint8Array): boolean {
  // The header may follow up to 1 KiB of junk (PDF 32000-1, annex H, implementation note 13).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(pdfMagic);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).toLowerCase();
  return /<!doctype html|<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>]/.test(head);
}

/** What a file is; throws UNSUPPORTED_FORMAT for what no importer reads. */
export function detectFormat(file: SourceFile): SourceFormat {
  if (startsWithPdfMagic(file.bytes)) return 'pdf';
  if (file.ext === 'ofd' && (isZip(file.bytes) || file.bytes.length < 4)) return 'ofd';
  if (isZip(file.bytes)) {
    if (file.ext === 'docx' || (file.ext !== 'zip' && isDocx(file.bytes))) return 'docx';
    return file.ext !== 'zip' && isOfd(file.bytes) ? 'ofd' : 'zip';
  }
  if (file.ext === 'ofd') {
    throw new JianbaoError(
      'UNSUPPORTED_FORMAT',
      `${file.name} 不是 OFD 文件（不是 zip 包） / ${file.name} is not an OFD file (not a zip package): it may be damaged or saved under the wrong name.`,
    );
  }
  if (file.ext === 'pdf') {
    throw new JianbaoError(
      'UNSUPPORTED_FORMAT',
      `${file.name} 不是 PDF 文件（缺少 %PDF 文件头） / ${file.name} is not a PDF (no %PDF header): ` +
        'it may be damaged or saved under the wrong name; export it again as PDF.',
    );
  }
  if (['html', 'htm', 'xhtml', 'shtml'].includes(file.ext) || looksLikeHtml(file.bytes)) return 'html';
  if (file.ext === 'txt' || file.ext === 'text' || file.ext === '') return 'text';
  const hint = file.ext === 'doc' || file.ext === 'wps' ? '在 Word 或 WPS 中另存为 .docx 后再导入 / save it as .docx in Word or WPS first' : '剪报可导入 PDF、OFD、Word (.docx)、HTML、纯文本与 zip / Jianbao imports PDF, OFD, Word (.docx), HTML, plain text and zip';
  throw new JianbaoError(
    'UNSUPPORTED_FORMAT',
    `无法导入 ${file.name}：不支持 .${file.ext} 文件 / Cannot import ${file.name}: .${file.ext} files are not supported (${hint}).`,
  );
}

/** Reads one file with the importer for its format. */
export async function readDraft(file: SourceFile, format: SourceFormat, hints: ImportHints = {}): Promise<Draft> {
  switch (format) {
    case 'text':
      return importArticleText(file);
    case 'html':
      return importHtmlPage(file);
    case 'pdf':
      return importPdf(file, hints);
    case 'docx':
      return importDocx(file);
    case 'ofd':
      return importOfd(file);
    case 'zip':
      throw new JianbaoError('UNSUPPORTED_FORMAT', `${file.path} 是压缩包中的压缩包，未导入 / ${file.path} is a zip inside a zip; unpack it first.`);
  }
}
