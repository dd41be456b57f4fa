import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { JianbaoError } from '../../../shared/errors';
import { normalizeText } from '../../../shared/normalize-text';
import type { PageTextItem } from '../../../shared/import-types';
import type { LayoutInput, LayoutItem } from '../layout/layout-input';
import type { PageTextDraft } from './drafts';
import { repairGbkMojibake } from './gbk-mojibake';
import { pageGraphics } from './pdf-graphics';

/**
 * Text of a PDF, page by page, with the position of every text item, through pdfjs-dist in
 * plain Node. The CMaps and standard fonts come from the installed pdfjs-dist package (found
 * at run time, so the built CLI and the app find them too); nothing is fetched.
 */

type PdfJs = typeof import('pdfjs-dist');

let pdfjsRoot: string | null = null;
let pdfjsModule: Promise<PdfJs> | null = null;

/** The folder of the installed pdfjs-dist package. */
export function pdfjsDir(): string {
  pdfjsRoot ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return pdfjsRoot;
}

function loadPdfjs(): Promise<PdfJs> {
  pdfjsModule ??= import(pathToFileURL(join(pdfjsDir(), 'legacy', 'build', 'pdf.mjs')).href) as Promise<PdfJs>;
  return pdfjsModule;
}

/** A page's text and size; `lines` groups its items as the PDF breaks them. */
export interface ExtractedPage extends PageTextDraft {
  lines: { text: string; x: number; y: number; size: number; right: number }[];
  /** what the layout analysis reads of the page (items with type, rules, pictures) */
  layout: LayoutInput;
}

/**
 * Pages at least this large (in square points) have their drawings read too: a newspaper
 * page's rules and boxes, for the layout analysis. A4 (595 × 842) and smaller are skipped,
 * which keeps the import of reports as fast as before.
 */
const minGraphicsArea = 595 * 842 * 1.2;

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * The most pages one PDF may have. Each page's text layer is kept item by item (a newspaper
 * page holds thousands of items), so a PDF of 10,000 pages would take minutes and gigabytes;
 * a year of a daily is split into issues or volumes well below this.
 */
export const maxPdfPages = 2_000;

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && 'str' in item;
}

/** A PDF that ends without its end-of-file marker was cut short (a broken download or copy). */
function assertComplete(bytes: Uint8Array, name: string): void {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF')) {
    throw new JianbaoError(
      'UNREADABLE_FILE',
      `${name} 不完整（缺少文件结尾），可能下载或复制时被截断 / ${name} is incomplete (no end-of-file marker): ` +
        'it was probably cut short while downloading or copying. Get the file again and re-import it.',
    );
  }
}

function pdfError(error: unknown, name: string): JianbaoError {
  const kind = (error as { name?: string }).name;
  if (kind === 'PasswordException') {
    return new JianbaoError(
      'ENCRYPTED',
      `${name} 有打开密码，无法读取 / ${name} is password-protected: open it with its password and save an ` +
        'unprotected copy (e.g. print to PDF), then import that.',
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new JianbaoError(
    'UNREADABLE_FILE',
    `${name} 已损坏，无法读取（${detail}） / ${name} is damaged and cannot be read (${detail}). Get the file again and re-import it.`,
    { cause: error },
  );
}

/**
 * Every page's text items with their boxes (PDF points from the page's top-left corner) and
 * the page's text. Item text is normalised (normalize-text.ts); GBK bytes shown through a
 * Latin-encoded font are decoded back to Chinese (gbk-mojibake.ts). Throws UNREADABLE_FILE,
 * ENCRYPTED or NO_TEXT with a message for the user.
 */
export async function extractPdfText(
  bytes: Uint8Array,
  name: string,
  onPage?: (done: number, total: number) => void,
): Promise<{ pages: ExtractedPage[]; warnings: string[] }> {
  assertComplete(bytes, name);
  const pdfjs = await loadPdfjs();
  const root = pdfjsDir();
  const task = pdfjs.getDocument({
    // pdf.js may take over the buffer it is given: hand it a copy, the original is kept as it came.
    data: bytes.slice(),
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      throw pdfError(error, name);
    }
    if (doc.numPages > maxPdfPages) {
      throw new JianbaoError(
        'TOO_LARGE',
        `${name} 有 ${doc.numPages} 页，超过每个文件 ${maxPdfPages} 页的上限，请拆分后分别导入 / ${name} has ${doc.numPages} pages, ` +
          `more than the ${maxPdfPages} one file may have: split it (by issue or volume) and import the parts.`,
      );
    }
    const metadataTitle = await doc.getMetadata().then(
      (meta) => (meta.info as { Title?: unknown } | undefined)?.Title,
      () => undefined,
    );
    const raw: {
      width: number;
      height: number;
      items: (TextItem & { box: [number, number, number, number] })[];
      graphics: Pick<LayoutInput, 'shapes' | 'images'>;
      layoutBoxes: Map<TextItem, LayoutItem>;
    }[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      let page, content;
      try {
        page = await doc.getPage(number);
        content = await page.getTextContent();
      } catch (error) {
        throw pdfError(error, name);
      }
      const viewport = page.getViewport({ scale: 1 });
      const items = content.items.filter(isTextItem).map((item) => {
        const [, , c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        const size = Math.hypot(c!, d!);
        const vertical = item.dir === 'ttb';
        const box: [number, number, number, number] = [e!, f! - size, vertical ? size : item.width, vertical ? item.height : size];
        return { ...item, box };
      });
      const layoutBoxes = new Map<TextItem, LayoutItem>();
      for (const item of items) {
        const [, , c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        const size = Math.hypot(c!, d!);
        const isVertical = item.dir === 'ttb';
        // A vertical item's origin is its top-left corner; a horizontal one's, its baseline.
        const [x, y, width, height] = isVertical ? [e!, f!, size, item.height] : [e!, f! - size, item.width, size];
        layoutBoxes.set(item, { text: '', x, y, width, height, size, isVertical, font: item.fontName, ...(item.hasEOL ? { endsLine: true } : {}) });
      }
      let graphics: Pick<LayoutInput, 'shapes' | 'images'> = { shapes: [], images: [] };
      if (viewport.width * viewport.height >= minGraphicsArea) {
        try {
          graphics = await pageGraphics(page, pdfjs.OPS, viewport.transform, pdfjs.AnnotationMode.DISABLE);
        } catch {
          // The drawings only refine the analysis; a page whose drawings pdf.js cannot read is cut by its text alone.
        }
      }
      raw.push({ width: viewport.width, height: viewport.height, items, graphics, layoutBoxes });
      onPage?.(number, doc.numPages);
    }
    const { repaired, fonts } = repairGbkMojibake(raw.flatMap((p) => p.items));
    const warnings = fonts.length === 0 ? [] : [
      `${name} 中的中文以错误的西文编码存储，已按 GBK 还原 / ${name} stores Chinese text as GBK bytes behind a Latin ` +
        'font encoding; it was decoded as GBK. Check the text against the page.',
    ];
    const pages = raw.map((page) => {
      const built = buildPage(page.width, page.height, page.items.map((item) => ({ ...item, str: repaired.get(item) ?? item.str })));
      const layoutItems: LayoutItem[] = [];
      for (const item of page.items) {
        const text = normalizeText(repaired.get(item) ?? item.str);
        const box = page.layoutBoxes.get(item);
        if (box && text.trim() !== '') layoutItems.push({ ...box, text });
      }
      const layout: LayoutInput = {
        width: page.width,
        height: page.height,
        items: layoutItems,
        ...page.graphics,
        ...(typeof metadataTitle === 'string' && metadataTitle.trim() !== '' ? { metadataTitle: metadataTitle.trim() } : {}),
      };
      return { ...built, layout };
    });
    if (pages.every((page) => page.text.trim() === '')) {
      throw new JianbaoError(
        'NO_TEXT',
        `${name} 没有文字层（可能是扫描图像） / ${name} has no text layer (it is probably a scanned image): ` +
          'run it through OCR first, then import the result.',
      );
    }
    return { pages, warnings };
  } finally {
    await task.destroy();
  }
}

/** Joins a page's items into its text (a line break after each line) and its lines. */
function buildPage(width: number, height: number, items: readonly (TextItem & { box: [number, number, number, number] })[]): Omit<ExtractedPage, 'layout'> {
  let text = '';
  const out: PageTextItem[] = [];
  const lines: ExtractedPage['lines'] = [];
  let line: ExtractedPage['lines'][number] | null = null;
  const endLine = (): void => {
    if (line && line.text.trim() !== '') lines.push(line);
    line = null;
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  for (const item of items) {
    const str = normalizeText(item.str);
    if (str !== '') {
      const [x, y, w, h] = item.box;
      // Items apart on one line with no space item between them (a label and its value) get one.
      const current = line as ExtractedPage['lines'][number] | null;
      if (current && x - current.right > h * 0.6 && !/\s$/.test(current.text) && !/^\s/.test(str)) {
        text += ' ';
        current.text += ' ';
      }
      out.push({ text: str, start: text.length, x: round(x), y: round(y), width: round(w), height: round(h) });
      text += str;
      line ??= { text: '', x, y, size: h, right: x + w };
      line.text += str;
      line.x = Math.min(line.x, x);
      line.right = Math.max(line.right, x + w);
      line.size = Math.max(line.size, h);
    }
    if (item.hasEOL) endLine();
  }
  endLine();
  return { width: round(width), height: round(height), text, items: out, lines };
}
