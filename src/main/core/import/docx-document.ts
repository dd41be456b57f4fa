import mammoth from 'mammoth';
import { JianbaoError } from '../../../shared/errors';
import type { Block, DocumentMeta } from '../../../shared/model';
import { normalizeLine } from '../../../shared/normalize-text';
import type { DocumentDraft, SourceFile } from './drafts';
import { precheckDocx } from './docx-precheck';
import { children, findAll, isElement, parseHtml, textOf, type HtmlElement } from './html-dom';
import { findDate } from './metadata';

/**
 * A Word document (.docx): reports and proposal drafts usually arrive this way. mammoth turns
 * it into plain HTML (it runs no macros, and fetches no linked file: external access is off;
 * images are dropped), which becomes a Document of headings, paragraphs and table rows.
 */

const noImages = mammoth.images.imgElement(async () => ({ src: '' }));

/** The blocks of mammoth's HTML: h1–h6 headings, paragraphs and list items, a table row a block. */
export function blocksOfDocxHtml(html: string): Block[] {
  const root = parseHtml(`<body>${html}</body>`);
  const body = findAll(root, (e) => e.tagName === 'body')[0]!;
  const blocks: Block[] = [];
  const push = (kind: Block['kind'], text: string): void => {
    const clean = normalizeLine(text);
    if (clean !== '') blocks.push({ kind, text: clean });
  };
  const visit = (element: HtmlElement): void => {
    for (const child of children(element)) {
      if (!isElement(child)) continue;
      if (/^h[1-6]$/.test(child.tagName)) push('heading', textOf(child));
      else if (child.tagName === 'p' || child.tagName === 'li') push('paragraph', textOf(child));
      else if (child.tagName === 'table') {
        for (const row of findAll(child, (e) => e.tagName === 'tr')) {
          const cells = row.childNodes.filter(isElement).map((cell) => normalizeLine(textOf(cell))).filter((t) => t !== '');
          if (cells.length > 0) push('paragraph', cells.join(' | '));
        }
      } else visit(child);
    }
  };
  visit(body);
  return blocks;
}

function documentKind(text: string): DocumentMeta['kind'] {
  if (/提案/.test(text)) return 'proposal';
  if (/报告/.test(text)) return 'report';
  return 'other';
}

/** Reads a .docx into a document draft; throws UNREADABLE_FILE, TOO_LARGE or NO_TEXT with a message for the user. */
export async function importDocx(file: SourceFile): Promise<DocumentDraft> {
  precheckDocx(file.path, file.bytes);
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(file.bytes) },
      { convertImage: noImages, externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
  } catch (error) {
    throw new JianbaoError(
      'UNREADABLE_FILE',
      `${file.path} 不是可读的 Word 文档 / ${file.path} is not a readable Word document (${(error as Error).message}). ` +
        'Open it in Word or WPS and save it again as .docx.',
      { cause: error },
    );
  }
  const blocks = blocksOfDocxHtml(result.value);
  if (blocks.length === 0) {
    throw new JianbaoError('NO_TEXT', `${file.path} 中没有文字 / ${file.path} holds no text to import.`);
  }
  const first = blocks.find((b) => b.kind === 'heading') ?? blocks[0]!;
  const head = blocks.slice(0, 6).map((b) => b.text).join('\n');
  const date = findDate(head);
  return {
    kind: 'document',
    format: 'docx',
    title: first.text.slice(0, 200),
    documentKind: documentKind(head),
    ...(date ? { date } : {}),
    blocks,
    pages: [],
    warnings: [],
  };
}
