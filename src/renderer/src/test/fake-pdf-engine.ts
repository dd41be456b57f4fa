import type { PdfDocumentHandle, PdfEngine, PdfPageHandle, PdfPageSize } from '../pdf/pdf-engine';

/** One page of a fake PDF: its size and the runs of text its text layer shows. */
export interface FakePdfPage {
  size: PdfPageSize;
  text: string[];
}

/**
 * A PdfEngine over documents described in memory, built against the real interface. It paints
 * nothing (jsdom has no canvas) but records what it was asked to paint, and lays the text out
 * as spans the way pdf.js's text layer does, so selection and find work on it.
 */
export class FakePdfEngine implements PdfEngine {
  readonly opened: string[] = [];
  readonly painted: { url: string; pageIndex: number; scale: number }[] = [];
  private readonly failures = new Set<string>();

  constructor(private readonly documents: Record<string, FakePdfPage[]> = {}) {}

  /** Opening `url` fails from now on. */
  failOpen(url: string): void {
    this.failures.add(url);
  }

  async open(url: string): Promise<PdfDocumentHandle> {
    this.opened.push(url);
    await Promise.resolve();
    if (this.failures.has(url)) throw new Error(`无法打开 PDF / Cannot open ${url}`);
    const pages = this.documents[url] ?? [{ size: { width: 800, height: 1130 }, text: [] }];
    return {
      pageCount: pages.length,
      page: async (index) => {
        const page = pages[index];
        if (!page) throw new Error(`no page ${index} in ${url}`);
        return this.pageHandle(url, index, page);
      },
    };
  }

  private pageHandle(url: string, pageIndex: number, page: FakePdfPage): PdfPageHandle {
    return {
      size: page.size,
      render: async (_canvas, scale, _ratio, signal) => {
        await Promise.resolve();
        signal.throwIfAborted();
        this.painted.push({ url, pageIndex, scale });
      },
      renderTextLayer: async (container, _scale, signal) => {
        signal.throwIfAborted();
        container.replaceChildren(
          ...page.text.map((run) => {
            const span = container.ownerDocument.createElement('span');
            span.textContent = run;
            return span;
          }),
        );
      },
    };
  }
}
