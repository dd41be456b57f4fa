import { useCallback, useEffect, useRef, useState, type CSSProperties, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import type { Rect } from '../../../shared/model';
import { useT } from '../i18n';
import { useShortcuts } from '../keyboard';
import { isCancelled, type PdfPageHandle } from '../pdf/pdf-engine';
import { usePdfPage } from '../pdf/pdf-context';
import { articleHref } from '../route';
import { useElementSize } from '../use-element-size';
import { pageHitRanges } from '../search/query-hit-ranges';
import { useQueryHighlights } from '../search/use-query-highlights';
import { ReplicaToolbar } from './ReplicaToolbar';
import { scaleFor, zoomIn, zoomOut, type Zoom } from './zoom';

/** An article's area (热区) on the replica, in PDF points from the page's top-left corner. */
export interface ReplicaArea {
  articleId: string;
  title: string;
  rect: Rect;
}

export interface PageReplicaProps {
  /** the original PDF */
  url: string;
  /** 0-based page of that PDF */
  pageIndex: number;
  /** what the page is called, e.g. 第 2 版 · 精选 */
  label: string;
  areas: readonly ReplicaArea[];
  /** the article whose area is marked ("show on page") */
  markedArticleId?: string | null;
  /** a search whose hits are marked in the page's text */
  query?: string | undefined;
  /** what is laid over the painted page (annotations), told where its text layer is */
  overlay?: (painted: PaintedLayer) => ReactNode;
  /** buttons the view adds to the toolbar */
  toolbarExtra?: ReactNode;
  /** an article the page's list points at: its area is shown as if hovered */
  highlightedArticleId?: string | null;
  /** the article whose area the pointer is over, or null when it leaves them */
  onHoverArticle?: (articleId: string | null) => void;
}

/** The page as painted, for what is laid over it. */
export interface PaintedLayer {
  textLayer: HTMLElement | null;
  scale: number;
  /** the scale the text layer was last painted at; null until it is */
  paintedScale: number | null;
}

/**
 * A page as printed: the PDF page painted by the engine, its text laid over it to select and
 * copy, and its article areas outlined on hover or focus and opening the article on click.
 * Zoom: fit width, fit page, in and out (+/-).
 */
export function PageReplica({
  url,
  pageIndex,
  label,
  areas,
  markedArticleId = null,
  query,
  overlay,
  toolbarExtra,
  highlightedArticleId = null,
  onHoverArticle,
}: PageReplicaProps) {
  const t = useT();
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit-width' });
  const viewerRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const box = useElementSize(viewerRef);
  const state = usePdfPage(url, pageIndex);
  const page = state.status === 'ready' ? state.page : null;
  // 整版: the whole page in the window, not only in the viewer (which may reach below it).
  const scale = page ? scaleFor(zoom, page.size, zoom.mode === 'fit-page' ? { width: box.width, height: Math.min(box.height, roomInWindow(rootRef.current, viewerRef.current)) } : box) : 1;
  useEffect(() => {
    if (zoom.mode === 'fit-page') rootRef.current?.scrollIntoView?.({ block: 'start' });
  }, [zoom.mode]);
  // Paint once the viewer has a size, or at once where none can be measured (jsdom).
  const isMeasured = box.width > 0 || typeof ResizeObserver === 'undefined';

  useShortcuts({
    '+': () => setZoom(zoomIn(scale)),
    '-': () => setZoom(zoomOut(scale)),
  });

  return (
    <div className="replica" ref={rootRef}>
      <ReplicaToolbar zoom={zoom} scale={scale} onZoom={setZoom} extra={toolbarExtra} />
      <div className="replica-viewer" ref={viewerRef} role="region" aria-label={t('replica.region', { label })}>
        {state.status === 'error' && (
          <p className="state-message" role="alert">
            {t('replica.failed', { message: state.message })}
          </p>
        )}
        {state.status === 'loading' && (
          <p className="state-message" role="status">
            {t('replica.loading')}
          </p>
        )}
        {page && isMeasured && (
          <PaintedPage
            key={`${url}#${pageIndex}`}
            page={page}
            pageIndex={pageIndex}
            scale={scale}
            areas={areas}
            markedArticleId={markedArticleId}
            query={query}
            overlay={overlay}
            highlightedArticleId={highlightedArticleId}
            onHoverArticle={onHoverArticle}
          />
        )}
        {page && !isMeasured && <span className="replica-page" data-state="waiting" />}
      </div>
    </div>
  );
}

/** The height the viewer's content gets once the replica's top is at the window's top: the window less the toolbar and the viewer's padding. */
function roomInWindow(root: HTMLElement | null, viewer: HTMLElement | null): number {
  if (!root || !viewer || typeof window === 'undefined') return Infinity;
  const style = getComputedStyle(viewer);
  const padding = parseFloat(style.paddingTop || '0') + parseFloat(style.paddingBottom || '0');
  const above = viewer.getBoundingClientRect().top - root.getBoundingClientRect().top;
  const room = window.innerHeight - above - padding;
  return room > 0 ? room : Infinity;
}

interface PaintedPageProps {
  page: PdfPageHandle;
  pageIndex: number;
  scale: number;
  areas: readonly ReplicaArea[];
  markedArticleId: string | null;
  query: string | undefined;
  overlay: ((painted: PaintedLayer) => ReactNode) | undefined;
  highlightedArticleId: string | null;
  onHoverArticle: ((articleId: string | null) => void) | undefined;
}

function PaintedPage({ page, pageIndex, scale, areas, markedArticleId, query, overlay, highlightedArticleId, onHoverArticle }: PaintedPageProps) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const markedRef = useRef<HTMLAnchorElement>(null);
  const [paintedScale, setPaintedScale] = useState<number | null>(null);
  const [pointedAt, setPointedAt] = useState<string | null>(null);
  const hovered = pointedAt ?? highlightedArticleId;
  const point = (articleId: string | null) => {
    if (articleId === pointedAt) return;
    setPointedAt(articleId);
    onHoverArticle?.(articleId);
  };
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const text = textRef.current;
    if (!canvas || !text) return;
    const controller = new AbortController();
    const ratio = window.devicePixelRatio || 1;
    page
      .render(canvas, scale, ratio, controller.signal)
      .then(() => page.renderTextLayer(text, scale, controller.signal))
      .then(
        () => setPaintedScale(scale),
        (error: unknown) => {
          if (!isCancelled(error) && !controller.signal.aborted) setFailure(String(error));
        },
      );
    return () => controller.abort();
  }, [page, scale]);

  const isPainted = paintedScale !== null;
  const getTextLayer = useCallback(() => (isPainted ? textRef.current : null), [isPainted]);
  useQueryHighlights(getTextLayer, query, pageHitRanges, paintedScale);
  useEffect(() => {
    if (isPainted) markedRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [isPainted, markedArticleId]);

  const width = page.size.width * scale;
  const height = page.size.height * scale;
  const style = {
    width: `${width}px`,
    height: `${height}px`,
    '--scale-factor': scale,
    '--total-scale-factor': scale,
  } as CSSProperties;

  const areaAt = (event: PointerEvent<HTMLElement> | MouseEvent<HTMLElement>): ReplicaArea | undefined => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - bounds.left) / scale;
    const y = (event.clientY - bounds.top) / scale;
    return areas.find(({ rect }) => x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // A click that ends a text selection selects; only a plain click opens the article.
    if (window.getSelection()?.isCollapsed === false) return;
    if (event.target instanceof HTMLAnchorElement) return;
    const area = areaAt(event);
    if (area) window.location.hash = articleHref(area.articleId);
  };

  return (
    <div
      className={`replica-page${pointedAt ? ' has-hover' : ''}`}
      style={style}
      data-page-index={pageIndex}
      data-state={failure ? 'failed' : paintedScale === scale ? 'painted' : 'painting'}
      onPointerMove={(event) => point(areaAt(event)?.articleId ?? null)}
      onPointerLeave={() => point(null)}
      onClick={onClick}
    >
      <canvas ref={canvasRef} className="replica-canvas" aria-hidden="true" />
      <nav className="replica-areas" aria-label={t('replica.areas')}>
        {areas.map((area) => (
          <a
            key={area.articleId}
            ref={area.articleId === markedArticleId ? markedRef : undefined}
            className={[
              'replica-area',
              area.articleId === hovered ? 'is-hovered' : '',
              area.articleId === markedArticleId ? 'is-marked' : '',
            ].join(' ')}
            href={articleHref(area.articleId)}
            aria-label={area.title}
            title={area.title}
            aria-current={area.articleId === markedArticleId ? 'true' : undefined}
            onFocus={() => onHoverArticle?.(area.articleId)}
            onBlur={() => onHoverArticle?.(null)}
            style={{
              left: `${area.rect.x * scale}px`,
              top: `${area.rect.y * scale}px`,
              width: `${area.rect.width * scale}px`,
              height: `${area.rect.height * scale}px`,
            }}
          >
            {area.title && (
              <span className="replica-area-label" aria-hidden="true" lang="zh-CN">
                {area.title}
              </span>
            )}
          </a>
        ))}
      </nav>
      <div ref={textRef} className="textLayer" lang="zh-CN" />
      {overlay?.({ textLayer: textRef.current, scale, paintedScale })}
      {failure && (
        <p className="replica-failure" role="alert">
          {t('replica.failed', { message: failure })}
        </p>
      )}
    </div>
  );
}
