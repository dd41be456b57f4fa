import type { DocumentDraft, ImportHints, IssueDraft, PageTextDraft, SourceFile } from './drafts';
import { dateFromFileName, findDate } from './metadata';
import { splitCompilation } from './pdf-compilation';
import { blocksOfPages, documentKind, documentTitle, withoutRunningHeads } from './pdf-document';
import type { ExtractedPage } from './pdf-text';

/**
 * A PDF that is no newspaper page as a draft: a document (title, kind, date, body without its
 * running heads and page numbers), or, when its pieces each cite one paper's issue, that
 * issue's articles on their 版; pieces citing several papers or days stay one document, each
 * piece under its title as a heading.
 */
export function pdfDocument(
  file: SourceFile,
  read: { pages: readonly ExtractedPage[]; drafts: PageTextDraft[]; header: string },
  warnings: string[],
  hints: ImportHints,
): IssueDraft | DocumentDraft {
  const { pages, drafts, header } = read;
  const title = documentTitle(pages, file.name);
  const blocks = blocksOfPages(withoutRunningHeads(pages));
  const pieces = splitCompilation(blocks);
  if (pieces) {
    const papers = new Set(pieces.map((p) => p.citation.paper));
    const dates = new Set(pieces.map((p) => p.citation.date));
    const [paperName] = papers;
    const [date] = dates;
    if (papers.size === 1 && dates.size === 1 && paperName && date) {
      const pageNumbers = [...new Set(pieces.map((p) => p.citation.pageNumber ?? 1))].sort((a, b) => a - b);
      return {
        kind: 'issue',
        format: 'pdf',
        paperName: hints.paper ?? paperName,
        date: hints.date ?? date,
        pages: pageNumbers.map((number) => ({ number })),
        articles: pieces.map(({ citation, blocks: body, ...fields }) => ({ pageNumber: citation.pageNumber ?? 1, ...fields, blocks: body })),
        warnings: [
          ...warnings,
          `${file.name} 是《${paperName}》${date} 的文章汇编，已拆为 ${pieces.length} 篇文章 / ${file.name} compiles ${pieces.length} articles of ${paperName} of ${date}; imported as that issue's articles.`,
        ],
      };
    }
  }
  const body = pieces
    ? pieces.flatMap((p) => [{ kind: 'heading' as const, text: p.title }, ...(p.subtitle ? [{ kind: 'paragraph' as const, text: p.subtitle }] : []), ...(p.byline ? [{ kind: 'paragraph' as const, text: p.byline }] : []), { kind: 'paragraph' as const, text: `《${p.citation.paper}》（${p.citation.date}${p.citation.pageNumber ? ` 第 ${p.citation.pageNumber} 版` : ''}）` }, ...p.blocks])
    : blocks;
  const date = findDate(header) ?? dateFromFileName(file.name);
  return {
    kind: 'document',
    format: 'pdf',
    title,
    documentKind: documentKind(`${title}\n${header}`),
    ...(date ? { date } : {}),
    blocks: body,
    pages: drafts,
    warnings,
  };
}
