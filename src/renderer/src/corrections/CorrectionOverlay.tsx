import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Rect } from '../../../shared/model';
import type { LayoutBlock } from '../../../shared/page-layout';
import { useT } from '../i18n';
import { isComposingKey, useShortcuts } from '../keyboard';
import { bandRect, useDragBand } from '../replica/drag-band';
import { roleLabel } from './correction-labels';
import type { CorrectionSession } from './use-correction-session';
import './corrections.css';

/** The smallest area worth keeping, in PDF points: anything less was a click. */
const minArea = 8;

function boxStyle(rect: Rect, scale: number): CSSProperties {
  return { left: `${rect.x * scale}px`, top: `${rect.y * scale}px`, width: `${rect.width * scale}px`, height: `${rect.height * scale}px` };
}

/** The rectangle around all of `rects`; null for none. */
function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y };
}

/** A hue per article, so neighbouring articles are told apart on the page. */
function hueOf(index: number): number {
  return (index * 137) % 360;
}

/**
 * The correction mode over a painted replica: every block of the page's analysis as a button
 * outlined in its article's colour (dashed: in no article), the selected block's article's
 * areas, and while redrawing, the band that draws the new area. A click (or Enter on a
 * focused block) selects a block, or picks the article a merge or move goes to.
 */
export function CorrectionOverlay({ session, scale }: { session: CorrectionSession; scale: number }) {
  const t = useT();
  const { page, selected, selectedArticle, mode } = session;
  useShortcuts({ Escape: () => (mode === 'select' ? session.select(null) : session.setMode('select')) });
  const groupRef = useRef<HTMLDivElement>(null);
  // Picking the other article from the keyboard starts at the first block that can be picked.
  useEffect(() => {
    if (mode === 'merge' || mode === 'move') groupRef.current?.querySelector<HTMLButtonElement>('.correction-block:not(:disabled)')?.focus({ preventScroll: true });
  }, [mode]);
  if (!page) return null;
  const indexOf = new Map(page.articles.map((article, index) => [article, index]));

  const pick = (block: LayoutBlock) => {
    if (mode === 'merge' && selected) {
      void session.apply({ kind: 'merge', blockId: selected.id, otherBlockId: block.id }, t('correct.done.merge'));
    } else if (mode === 'move' && selected) {
      void session.apply({ kind: 'move', blockId: selected.id, toBlockId: block.id }, t('correct.done.move'));
    } else {
      session.select(block.id);
    }
  };

  return (
    // Clicks here belong to the correction mode: none reaches the replica, which would open an article.
    <div className={`correction-layer mode-${mode}`} onClick={(event) => event.stopPropagation()}>
      {selectedArticle?.areas.map((rect, index) => <div key={index} className="correction-area" style={boxStyle(rect, scale)} aria-hidden="true" />)}
      <div role="group" aria-label={t('correct.blocks')} ref={groupRef}>
        {page.blocks.map((block) => {
          const article = session.articleOf(block.id);
          const index = article ? (indexOf.get(article) ?? 0) : -1;
          const text = block.text.slice(0, 40);
          const role = roleLabel(t, block.role);
          const isPickable = mode === 'merge' || mode === 'move';
          const isOwn = article !== null && article === selectedArticle;
          return (
            <button
              key={block.id}
              type="button"
              className={[
                'correction-block',
                article ? '' : 'is-outside',
                block.id === selected?.id ? 'is-selected' : '',
                isOwn ? 'is-in-selected' : '',
                isPickable && (isOwn || !article) ? 'is-unpickable' : '',
              ].join(' ')}
              style={{ ...boxStyle(block.rect, scale), '--article-hue': hueOf(index) } as CSSProperties}
              aria-pressed={block.id === selected?.id}
              aria-label={
                article ? t('correct.blockInArticle', { role, article: article.title, text }) : t('correct.block', { role, text: `${text}（${t('correct.noArticle')}）` })
              }
              disabled={session.isSaving || (isPickable && (isOwn || !article))}
              onClick={() => pick(block)}
            >
              <span className="correction-role" aria-hidden="true">
                {role}
              </span>
            </button>
          );
        })}
      </div>
      {mode === 'draw' && selectedArticle && selected && (
        <AreaDrawer
          scale={scale}
          label={t('correct.drawHint')}
          start={boundsOf(selectedArticle.areas) ?? selected.rect}
          onDrawn={(rect) => void session.apply({ kind: 'redraw', blockId: selected.id, areas: [rect] }, t('correct.done.redraw'))}
        />
      )}
    </div>
  );
}

/** How far one arrow key moves or resizes the area, in PDF points (with Shift: resizes). */
const keyStep = 5;

/**
 * Draws an article's new area: press, drag, release; or from the keyboard, starting from the
 * article's area as it is: arrows move it, Shift+arrows resize it, Enter saves it.
 */
function AreaDrawer({ scale, label, start, onDrawn }: { scale: number; label: string; start: Rect; onDrawn: (rect: Rect) => void }) {
  const { band, handlers } = useDragBand(
    scale,
    (drawn) => {
      if (drawn.width >= minArea && drawn.height >= minArea) onDrawn(drawn);
    },
    true,
  );
  const [keyed, setKeyed] = useState<Rect>(start);
  const drawerRef = useRef<HTMLDivElement>(null);
  useEffect(() => drawerRef.current?.focus({ preventScroll: true }), []);
  const dragged = band && bandRect(band);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isComposingKey(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onDrawn(keyed);
      return;
    }
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const [dx, dy] = move;
    setKeyed((rect) =>
      event.shiftKey
        ? { ...rect, width: Math.max(minArea, rect.width + dx * keyStep), height: Math.max(minArea, rect.height + dy * keyStep) }
        : { ...rect, x: Math.max(0, rect.x + dx * keyStep), y: Math.max(0, rect.y + dy * keyStep) },
    );
  };
  return (
    <div
      className="correction-drawer"
      role="application"
      aria-label={label}
      tabIndex={0}
      ref={drawerRef}
      onKeyDown={onKeyDown}
      {...handlers}
    >
      <div className="correction-band" style={boxStyle(dragged ?? keyed, scale)} />
    </div>
  );
}
