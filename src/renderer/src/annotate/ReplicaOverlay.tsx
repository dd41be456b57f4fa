import { useEffect, useRef, type KeyboardEvent } from 'react';
import { commentOf } from '../../../shared/annotation';
import type { Rect } from '../../../shared/model';
import { useT } from '../i18n';
import { isComposingKey, useShortcuts } from '../keyboard';
import { AnnotationEditor } from './AnnotationEditor';
import { SelectionToolbar } from './SelectionToolbar';
import { activeHighlightName, caretPointAt, highlightName, paintHighlights } from './annotation-paint';
import { anchorOf, type FloatingAnchor } from './floating';
import { layerOffsetsToRange } from './text-layer-offsets';
import type { ReplicaAnnotator } from './use-replica-annotator';
import { useUndoKey } from './use-undo-key';
import { bandRect, useDragBand } from '../replica/drag-band';
import './annotate.css';

/** The smallest region worth keeping, in PDF points: anything less was a click. */
const minRegion = 4;

/**
 * Annotations over a painted page replica: text highlights painted on the pdf.js text layer
 * (CSS highlights, as in articles), regions as outlined boxes, the rubber band that draws a
 * new region, and the toolbar and editor floating over the page.
 */
export function ReplicaOverlay({
  annotator,
  textLayer,
  scale,
  paintedScale,
}: {
  annotator: ReplicaAnnotator;
  textLayer: HTMLElement | null;
  scale: number;
  /** the scale the text layer was last painted at (null: not yet) */
  paintedScale: number | null;
}) {
  const t = useT();
  const { placed, layer, selection, open, setOpen, notes } = annotator;
  const opened = open ? (placed.find((p) => p.id === open.id) ?? null) : null;
  const { onLayerPainted } = annotator;

  // Each time the text layer is painted, its text is read again.
  useEffect(() => {
    onLayerPainted(paintedScale === null ? null : textLayer, paintedScale ?? scale);
  }, [onLayerPainted, paintedScale, scale, textLayer]);

  useEffect(() => {
    if (!layer) return;
    const painted = new Map<string, Range[]>();
    for (const entry of placed) {
      const range = entry.range && layerOffsetsToRange(layer.text, entry.range);
      if (!range) continue;
      const names = [highlightName(entry.color, entry.style), ...(entry.id === opened?.id ? [activeHighlightName] : [])];
      for (const name of names) painted.set(name, [...(painted.get(name) ?? []), range]);
    }
    return paintHighlights(painted);
  }, [layer, placed, opened?.id]);

  // A click on highlighted text opens its annotation.
  useEffect(() => {
    if (!layer) return;
    const element = layer.element;
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const point = caretPointAt(document, event.clientX, event.clientY);
      if (!point || !element.contains(point.node)) return;
      const before = document.createRange();
      before.setStart(element, 0);
      before.setEnd(point.node, point.offset);
      const at = before.toString().length;
      const hits = placed.filter((p) => p.range && at >= p.range.start && at < p.range.end);
      const hit = hits.sort((a, b) => (a.range?.end ?? 0) - (a.range?.start ?? 0) - ((b.range?.end ?? 0) - (b.range?.start ?? 0)))[0];
      if (hit) {
        event.stopPropagation();
        setOpen({ id: hit.id, focus: 'colour' });
      }
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, [layer, placed, setOpen]);

  useShortcuts({
    h: () => void annotator.annotateSelection({ color: 'yellow' }),
    u: () => void annotator.annotateSelection({ style: 'underline' }),
    n: () => void annotator.annotateSelection({}, 'comment'),
    r: () => annotator.setIsDrawing(!annotator.isDrawing),
  });
  useUndoKey(notes.deleted.length > 0, () => void notes.undo());

  const selectionAnchor = selection && layer ? anchorOf(layerOffsetsToRange(layer.text, selection)) : null;
  const openedAnchor = opened ? anchorOfPlaced(opened.range && layer ? layerOffsetsToRange(layer.text, opened.range) : null, opened.regions[0], textLayer, scale) : null;

  return (
    <>
      <div className="replica-annotations" aria-label={t('annotate.regions')}>
        {placed.flatMap((entry) =>
          entry.regions.map((region, index) => (
            <div
              key={`${entry.id}-${index}`}
              className={`region-annotation region-${entry.color}${entry.id === opened?.id ? ' is-active' : ''}`}
              style={boxStyle(region, scale)}
            >
              <button
                type="button"
                className="region-tab"
                aria-label={t('annotate.openRegion', { comment: commentOf(entry).slice(0, 40) || t('annotate.region') })}
                onClick={(event) => {
                  event.stopPropagation();
                  setOpen({ id: entry.id, focus: 'comment' });
                }}
              />
            </div>
          )),
        )}
      </div>
      {annotator.isDrawing && <RegionDrawer scale={scale} onDrawn={(region) => void annotator.annotateRegion(region)} onCancel={() => annotator.setIsDrawing(false)} />}
      {selection && !opened && notes.articleTexts !== null && (
        <SelectionToolbar
          at={selectionAnchor ?? { top: 0, bottom: 0, left: 0, right: 0 }}
          onHighlight={(color) => void annotator.annotateSelection({ color })}
          onUnderline={() => void annotator.annotateSelection({ style: 'underline' })}
          onComment={() => void annotator.annotateSelection({}, 'comment')}
          onTag={() => void annotator.annotateSelection({}, 'tags')}
          onCopy={() => void annotator.copyCited(annotator.selectedText)}
        />
      )}
      {opened && (
        <AnnotationEditor
          key={opened.id}
          annotation={opened}
          quote={opened.quote}
          at={openedAnchor}
          focus={open?.focus ?? 'colour'}
          onChange={(edit) => void notes.update(opened.ref, edit)}
          onDelete={() => {
            setOpen(null);
            void notes.remove(opened.ref);
          }}
          onCopy={() => void annotator.copyCited(opened.quote)}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

/**
 * Draws a region: press, drag, release; or from the keyboard, a box in the middle of the page
 * that arrows move and Shift+arrows resize, Enter keeps. A hint says so while drawing. Esc
 * leaves drawing.
 */
function RegionDrawer({ scale, onDrawn, onCancel }: { scale: number; onDrawn: (region: Rect) => void; onCancel: () => void }) {
  const t = useT();
  const { band, setBand, handlers } = useDragBand(scale, (drawn) => {
    if (drawn.width >= minRegion && drawn.height >= minRegion) onDrawn(drawn);
  });
  const drawerRef = useRef<HTMLDivElement>(null);
  useShortcuts({ Escape: onCancel });
  useEffect(() => drawerRef.current?.focus({ preventScroll: true }), []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isComposingKey(event)) return;
    const element = event.currentTarget;
    const page = { width: element.clientWidth / scale, height: element.clientHeight / scale };
    const step = (event.ctrlKey ? 2 : 10) * Math.max(1, page.width / 600);
    const current = band ?? {
      x0: page.width * 0.35,
      y0: page.height * 0.35,
      x1: page.width * 0.65,
      y1: page.height * 0.55,
    };
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      event.stopPropagation();
      const [dx, dy] = move;
      const next = event.shiftKey
        ? { ...current, x1: Math.max(current.x0 + minRegion, current.x1 + dx), y1: Math.max(current.y0 + minRegion, current.y1 + dy) }
        : { x0: current.x0 + dx, y0: current.y0 + dy, x1: current.x1 + dx, y1: current.y1 + dy };
      const inside = {
        x0: Math.max(0, Math.min(next.x0, page.width - minRegion)),
        y0: Math.max(0, Math.min(next.y0, page.height - minRegion)),
        x1: Math.min(page.width, next.x1),
        y1: Math.min(page.height, next.y1),
      };
      setBand(inside);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      event.stopPropagation();
      if (!band) {
        setBand(current);
        return;
      }
      setBand(null);
      const kept = bandRect(band);
      if (kept.width >= minRegion && kept.height >= minRegion) onDrawn(kept);
    }
  };
  const rect = band && bandRect(band);
  return (
    <div
      ref={drawerRef}
      className="region-drawer"
      role="application"
      tabIndex={0}
      aria-label={t('annotate.drawHint')}
      aria-describedby="region-drawer-keys"
      onKeyDown={onKeyDown}
      {...handlers}
      onClick={(event) => event.stopPropagation()}
    >
      <p id="region-drawer-keys" className="region-drawer-hint">
        {t('annotate.drawKeys')}
      </p>
      {rect && <div className="region-band" style={boxStyle(rect, scale)} />}
    </div>
  );
}

function boxStyle(rect: Rect, scale: number) {
  return { left: `${rect.x * scale}px`, top: `${rect.y * scale}px`, width: `${rect.width * scale}px`, height: `${rect.height * scale}px` };
}

/** Where the editor of a page annotation floats: under its text, or under its region. */
function anchorOfPlaced(range: Range | null, region: Rect | undefined, textLayer: HTMLElement | null, scale: number): FloatingAnchor | null {
  const fromText = anchorOf(range);
  if (fromText) return fromText;
  if (!region || !textLayer) return null;
  const page = textLayer.getBoundingClientRect();
  return { top: page.top + region.y * scale, bottom: page.top + (region.y + region.height) * scale, left: page.left + region.x * scale, right: page.left + (region.x + region.width) * scale };
}
