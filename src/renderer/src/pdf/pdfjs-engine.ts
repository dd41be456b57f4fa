import { getDocument, GlobalWorkerOptions, TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfDocumentHandle, PdfEngine, PdfPageHandle } from './pdf-engine';

GlobalWorkerOptions.workerSrc = workerUrl;

/** The most documents kept open at once (an issue is usually one PDF, or one per page). */
const maxOpenDocuments = 6;
/** Keeps a canvas within what browsers paint without trouble (~16 M pixels). */
const maxCanvasPixels = 16_777_216;

/**
 * pdf.js as the app's PdfEngine. Its CMaps, standard fonts and decoders are app assets under
 * `pdfjs/` beside index.html (copied there by the build, see electron.vite.config.ts), so
 * Chinese PDFs with non-embedded fonts render without any network.
 */
export function createPdfjsEngine(): PdfEngine {
  const assets = new URL('pdfjs/', document.baseURI).href;
  const documents = new Map<string, { loading: Promise<PDFDocumentProxy>; destroy: () => Promise<void> }>();

  const load = (url: string): Promise<PDFDocumentProxy> => {
    const cached = documents.get(url);
    if (cached) {
      // Most recently used last, so the oldest is closed first.
      documents.delete(url);
      documents.set(url, cached);
      return cached.loading;
    }
    const task = getDocument({
      url,
      cMapUrl: `${assets}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${assets}standard_fonts/`,
      wasmUrl: `${assets}wasm/`,
      iccUrl: `${assets}iccs/`,
      enableXfa: false,
    });
    const loading = task.promise;
    loading.catch(() => documents.delete(url));
    documents.set(url, { loading, destroy: () => task.destroy() });
    for (const [oldUrl, old] of documents) {
      if (documents.size <= maxOpenDocuments) break;
      documents.delete(oldUrl);
      old.destroy().catch(() => {});
    }
    return loading;
  };

  return {
    async open(url): Promise<PdfDocumentHandle> {
      const doc = await load(url);
      return {
        pageCount: doc.numPages,
        page: async (index) => wrapPage(await doc.getPage(index + 1)),
      };
    },
  };
}

function wrapPage(page: PDFPageProxy): PdfPageHandle {
  const base = page.getViewport({ scale: 1 });
  return {
    size: { width: base.width, height: base.height },

    async render(canvas, scale, pixelRatio, signal) {
      const area = base.width * base.height * (scale * pixelRatio) ** 2;
      const ratio = area > maxCanvasPixels ? pixelRatio * Math.sqrt(maxCanvasPixels / area) : pixelRatio;
      const viewport = page.getViewport({ scale: scale * ratio });
      // Paint off screen, then swap in, so the old picture stays until the new one is ready.
      const scratch = document.createElement('canvas');
      scratch.width = Math.floor(viewport.width);
      scratch.height = Math.floor(viewport.height);
      const task = page.render({ canvas: scratch, viewport });
      const cancel = () => task.cancel();
      signal.addEventListener('abort', cancel, { once: true });
      try {
        await task.promise;
      } finally {
        signal.removeEventListener('abort', cancel);
      }
      signal.throwIfAborted();
      canvas.width = scratch.width;
      canvas.height = scratch.height;
      canvas.getContext('2d')?.drawImage(scratch, 0, 0);
    },

    async renderTextLayer(container, scale, signal) {
      signal.throwIfAborted();
      container.replaceChildren();
      const layer = new TextLayer({
        textContentSource: page.streamTextContent({ includeMarkedContent: true }),
        container,
        viewport: page.getViewport({ scale }),
      });
      const cancel = () => layer.cancel();
      signal.addEventListener('abort', cancel, { once: true });
      try {
        await layer.render();
      } finally {
        signal.removeEventListener('abort', cancel);
      }
      groupTextLines(container);
    },
  };
}

/**
 * Wraps each printed line of a text layer (pdf.js's spans up to its line break) in a div
 * a screen reader reads as a paragraph, so that the page reaches it line by line rather than
 * as one run of thousands of characters broken mid-word. The wrappers are `display: contents`:
 * the spans stay where pdf.js placed them, and the layer's text (what selections and
 * annotations count in) is unchanged.
 */
export function groupTextLines(layer: HTMLElement): void {
  let line: HTMLElement | null = null;
  for (const node of [...layer.childNodes]) {
    const isText = node.nodeType === Node.TEXT_NODE || node.nodeName === 'SPAN' || node.nodeName === 'BR';
    if (!isText) {
      line = null;
      continue;
    }
    if (!line) {
      line = layer.ownerDocument.createElement('div');
      line.className = 'text-line';
      line.setAttribute('role', 'paragraph');
      layer.insertBefore(line, node);
    }
    line.append(node);
    if (node.nodeName === 'BR') line = null;
  }
}

