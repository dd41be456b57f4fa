import { useEffect, useRef, useState } from 'react';
import { isCancelled } from '../pdf/pdf-engine';
import { usePdfPage } from '../pdf/pdf-context';
import { useIsNearViewport } from '../use-element-size';

/**
 * A small picture of a replica page, painted by the PDF engine only once it scrolls near the
 * screen. Decorative: the button it sits in carries the page's name.
 */
export function PageThumbnail({ url, pageIndex }: { url: string; pageIndex: number }) {
  const frameRef = useRef<HTMLSpanElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const isNear = useIsNearViewport(frameRef);
  const state = usePdfPage(url, pageIndex, isNear);
  const [isPainted, setIsPainted] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    const frame = frameRef.current;
    if (state.status !== 'ready' || !canvas || !frame) return;
    const controller = new AbortController();
    const width = frame.clientWidth || 96;
    const scale = width / state.page.size.width;
    state.page.render(canvas, scale, window.devicePixelRatio || 1, controller.signal).then(
      () => setIsPainted(true),
      (error: unknown) => {
        if (!isCancelled(error)) setIsPainted(false);
      },
    );
    return () => controller.abort();
  }, [state]);

  const ratio = state.status === 'ready' ? state.page.size.height / state.page.size.width : 1.414;
  return (
    <span
      ref={frameRef}
      className="page-thumb"
      style={{ aspectRatio: `1 / ${ratio}` }}
      data-state={isPainted ? 'painted' : state.status}
      aria-hidden="true"
    >
      <canvas ref={canvasRef} className="page-thumb-canvas" />
    </span>
  );
}
