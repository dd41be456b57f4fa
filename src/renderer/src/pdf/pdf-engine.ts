/**
 * What the views need of a PDF library, and nothing more: open a document by URL, measure a
 * page, paint it into a canvas, lay its selectable text over it. The app uses pdf.js
 * (pdfjs-engine.ts, loaded on first use); component tests hand in a fake, since jsdom has no
 * canvas to paint.
 */

/** A page's size in PDF points (1/72 inch) at scale 1, its rotation applied. */
export interface PdfPageSize {
  width: number;
  height: number;
}

export interface PdfPageHandle {
  readonly size: PdfPageSize;
  /**
   * Paints the page into `canvas` at `scale` CSS pixels per point, with `pixelRatio` device
   * pixels per CSS pixel; resolves once painted. Sets the canvas's pixel size, not its CSS size.
   * Aborting `signal` cancels the painting and rejects.
   */
  render(canvas: HTMLCanvasElement, scale: number, pixelRatio: number, signal: AbortSignal): Promise<void>;
  /** Fills `container` with the page's text, laid out at `scale` so it can be selected and copied. */
  renderTextLayer(container: HTMLElement, scale: number, signal: AbortSignal): Promise<void>;
}

export interface PdfDocumentHandle {
  readonly pageCount: number;
  /** Page `index`, 0-based. */
  page(index: number): Promise<PdfPageHandle>;
}

export interface PdfEngine {
  /** Opens (or reuses) the document at `url`. */
  open(url: string): Promise<PdfDocumentHandle>;
}

/** True for the rejection of a painting that was cancelled on purpose. */
export function isCancelled(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof Error && error.name === 'RenderingCancelledException')
  );
}

/** pdf.js, imported the first time a page is shown (a chunk of its own, with its worker). */
export function createLazyPdfEngine(): PdfEngine {
  let engine: Promise<PdfEngine> | null = null;
  return {
    open(url) {
      engine ??= import('./pdfjs-engine').then((module) => module.createPdfjsEngine());
      return engine.then((loaded) => loaded.open(url));
    },
  };
}
