import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { maxScale, minScale, zoomIn, zoomOut, type Zoom } from './zoom';

/** Fit width, fit page, zoom out, the scale shown, zoom in; then whatever the view adds (`extra`). */
export function ReplicaToolbar({
  zoom,
  scale,
  onZoom,
  extra,
}: {
  zoom: Zoom;
  scale: number;
  onZoom: (zoom: Zoom) => void;
  extra?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="replica-toolbar" role="toolbar" aria-label={t('replica.toolbar')}>
      <button
        type="button"
        className="button"
        aria-pressed={zoom.mode === 'fit-width'}
        onClick={() => onZoom({ mode: 'fit-width' })}
      >
        {t('replica.fitWidth')}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={zoom.mode === 'fit-page'}
        onClick={() => onZoom({ mode: 'fit-page' })}
      >
        {t('replica.fitPage')}
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('replica.zoomOut')}
        aria-keyshortcuts="-"
        disabled={scale <= minScale}
        onClick={() => onZoom(zoomOut(scale))}
      >
        −
      </button>
      <output className="replica-scale" aria-live="polite" aria-label={t('replica.scale')}>
        {Math.round(scale * 100)}%
      </output>
      <button
        type="button"
        className="button"
        aria-label={t('replica.zoomIn')}
        aria-keyshortcuts="+"
        disabled={scale >= maxScale}
        onClick={() => onZoom(zoomIn(scale))}
      >
        +
      </button>
      {extra}
    </div>
  );
}
