import { useState } from 'react';
import { createPortal } from 'react-dom';
import { errorMessage } from '../error-message';
import { useT } from '../i18n';
import { usePdfPage } from '../pdf/pdf-context';

/** The longest side of the printed page, in device pixels: sharp on paper, small enough to paint quickly. */
const printPixels = 3000;

/**
 * 下载本版 PDF and 打印本版: the page's original as it was imported, and the page alone,
 * painted large by pdf.js and printed through the browser's own dialog.
 */
export function PageFileActions({ url, pageIndex, fileName }: { url: string; pageIndex: number; fileName: string }) {
  const t = useT();
  const state = usePdfPage(url, pageIndex);
  const [sheet, setSheet] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPreparing, setIsPreparing] = useState(false);

  const print = async () => {
    if (state.status !== 'ready') return;
    setIsPreparing(true);
    setProblem(null);
    try {
      const { page } = state;
      const canvas = document.createElement('canvas');
      const scale = printPixels / Math.max(page.size.width, page.size.height);
      await page.render(canvas, scale, 1, new AbortController().signal);
      const image = canvas.toDataURL('image/png');
      setSheet(image);
      // The sheet must be in the document before the dialog opens; it goes once printing is done.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const done = () => {
        setSheet(null);
        window.removeEventListener('afterprint', done);
      };
      window.addEventListener('afterprint', done);
      window.print();
    } catch (failure) {
      setProblem(t('issue.printFailed', { message: errorMessage(failure) }));
    } finally {
      setIsPreparing(false);
    }
  };

  return (
    <>
      <a className="button" href={url} download={fileName}>
        {t('issue.downloadPage')}
      </a>
      <button type="button" className="button" disabled={state.status !== 'ready' || isPreparing} onClick={() => void print()}>
        {isPreparing ? t('issue.printing') : t('issue.printPage')}
      </button>
      {problem && (
        <span className="print-problem" role="alert">
          {problem}
        </span>
      )}
      {sheet &&
        createPortal(
          <div className="print-sheet">
            <img src={sheet} alt={fileName} />
          </div>,
          document.body,
        )}
    </>
  );
}
