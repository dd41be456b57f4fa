import { basename, dirname, join } from 'node:path';
import type { ImportFileResult } from '../../../shared/import-types';
import type { Rect } from '../../../shared/model';
import type { Draft, IssueDraft, SourceFile } from './drafts';

/** One file read by an import, as the orchestration holds it. */
export interface ReadEntry {
  file: SourceFile;
  result: ImportFileResult;
  draft: Draft;
}

/** Where a link of a layout page points, among the files of this import. */
function resolveLink(from: SourceFile, href: string, entries: readonly ReadEntry[]): ReadEntry | null {
  const bare = href.split(/[?#]/)[0] ?? '';
  let relative: string;
  try {
    relative = decodeURI(bare);
  } catch {
    relative = bare;
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(relative)) {
    const target = join(dirname(from.path), ...relative.split('/'));
    const exact = entries.find((e) => e.file.path === target);
    if (exact) return exact;
  }
  // A saved edition often keeps its pages side by side whatever the links say: match the name.
  const name = basename(relative);
  return entries.find((e) => e.file.name === name) ?? null;
}

function scaled(rect: Rect, sx: number, sy: number): Rect {
  const r = (n: number): number => Math.round(n * 100) / 100;
  return { x: r(rect.x * sx), y: r(rect.y * sy), width: r(rect.width * sx), height: r(rect.height * sy) };
}

/**
 * Ties each digital-edition layout page to the files imported with it: its PDF becomes the
 * replica of its 版 (even where the PDF alone looked like a document), each article page it
 * maps lands on its 版, and the map's areas, scaled from the image's size to the PDF page's,
 * become the articles' areas. The layout page itself becomes an issue draft of that one page.
 */
export function applyLayouts(entries: ReadEntry[]): void {
  for (const entry of entries) {
    const layout = entry.draft;
    if (layout.kind !== 'layout') continue;
    const page: IssueDraft['pages'][number] = { number: layout.pageNumber, ...(layout.section ? { section: layout.section } : {}) };
    const warnings = [...layout.warnings];
    const pdf = layout.pdfHref ? resolveLink(entry.file, layout.pdfHref, entries) : null;
    let pdfSize: { width: number; height: number } | null = null;
    if (pdf && pdf.draft.kind !== 'layout' && pdf.draft.format === 'pdf') {
      const texts = pdf.draft.kind === 'document' ? pdf.draft.pages : pdf.draft.pages.flatMap((p) => (p.text ? [p.text] : []));
      pdfSize = texts[0] ? { width: texts[0].width, height: texts[0].height } : null;
      pdf.draft = {
        kind: 'issue',
        format: 'pdf',
        ...(layout.date ? { date: layout.date } : {}),
        pages: texts.map((text, i) => ({ number: layout.pageNumber + i, ...(i === 0 && layout.section ? { section: layout.section } : {}), replicaPageIndex: i, text })),
        articles: [],
        warnings: pdf.draft.warnings,
      };
    }
    const scale = pdfSize && layout.imageSize ? { sx: pdfSize.width / layout.imageSize.width, sy: pdfSize.height / layout.imageSize.height } : null;
    if (!scale && layout.areas.length > 0) {
      warnings.push(`${entry.file.name} 的版面热区缺少页面 PDF 或图片尺寸，未导入热区 / ${entry.file.name}: article areas need the page's PDF and the image's size; none were imported.`);
    }
    const areas: { title: string; rect: Rect }[] = [];
    for (const area of layout.areas) {
      const target = resolveLink(entry.file, area.href, entries);
      if (!target || target.draft.kind !== 'issue' || target.draft.format !== 'html') continue;
      const article = target.draft.articles[0];
      if (!article) continue;
      article.pageNumber = layout.pageNumber;
      target.draft.pages = [{ ...page }];
      if (scale) areas.push({ title: article.title, rect: scaled(area.rect, scale.sx, scale.sy) });
    }
    entry.draft = {
      kind: 'issue',
      format: 'html',
      ...(layout.date ? { date: layout.date } : {}),
      pages: [{ ...page, ...(areas.length > 0 ? { areas } : {}) }],
      articles: [],
      warnings,
    };
    entry.result.warnings = [...warnings];
  }
}
