import { useCallback, useEffect, useMemo, useState } from 'react';
import { TextAnchorer } from '../../../shared/anchoring/anchor';
import { describeRange } from '../../../shared/anchoring/selectors';
import type { AnnotationColor, AnnotationStyle } from '../../../shared/annotation';
import { pageCitation, quoteWithCitation } from '../../../shared/citation';
import type { Page, Rect } from '../../../shared/model';
import { pageTextOf, regionsOf, type PageAnnotation } from '../../../shared/page-annotation';
import { errorMessage } from '../error-message';
import { useT } from '../i18n';
import type { EditorFocus } from './AnnotationEditor';
import { copyText } from './clipboard';
import { findInArticles, placeArticleAnnotation, placeOnPage } from './page-anchoring';
import { layerRangeToOffsets, readLayerText, type LayerText } from './text-layer-offsets';
import type { TextRange } from './text-offsets';
import { usePageAnnotations, type AnnotationRef } from './use-page-annotations';

/** One annotation as the replica shows it: where its text is in the layer, its regions. */
export interface PlacedAnnotation {
  ref: AnnotationRef;
  id: string;
  color: AnnotationColor;
  style: AnnotationStyle;
  body: PageAnnotation['body'];
  quote: string;
  /** where its text is printed on the page; null for a region only, or text not found */
  range: TextRange | null;
  regions: Rect[];
  /** text it should mark but which the page's text no longer has (re-attach it) */
  isLost: boolean;
}

export interface OpenEditor {
  id: string;
  focus: EditorFocus;
}

/**
 * The state of annotating one page replica, shared by the overlay on the page, the draw
 * button of its toolbar and the panel beside it.
 */
export function useReplicaAnnotator(issue: { id: string; date: string; paperName: string }, page: Page) {
  const t = useT();
  const notes = usePageAnnotations(issue.id, page.number, page.articleIds);
  const [layer, setLayer] = useState<{ element: HTMLElement; text: LayerText; scale: number } | null>(null);
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [isDrawing, setIsDrawing] = useState(false);
  const [open, setOpen] = useState<OpenEditor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Opening an annotation, selecting or drawing starts the next action: the undo of a delete ends.
  const { endUndo } = notes;
  useEffect(() => {
    if (open !== null || selection !== null || isDrawing) endUndo();
  }, [open, selection, isDrawing, endUndo]);

  const anchorer = useMemo(() => (layer ? new TextAnchorer(layer.text.text) : null), [layer]);
  const placed = useMemo<PlacedAnnotation[]>(() => {
    const own = (notes.onPage ?? []).map((annotation): PlacedAnnotation => {
      const text = pageTextOf(annotation);
      const range = text && anchorer ? placeOnPage(anchorer, annotation) : null;
      return {
        ref: { kind: 'page', id: annotation.id },
        id: annotation.id,
        color: annotation.color,
        style: annotation.style,
        body: annotation.body,
        quote: text?.[0].exact ?? '',
        range,
        regions: regionsOf(annotation),
        isLost: text !== null && anchorer !== null && range === null,
      };
    });
    const printed = notes.onArticles.flatMap((entry): PlacedAnnotation[] => {
      const range = anchorer ? placeArticleAnnotation(anchorer, entry) : null;
      if (!range) return [];
      const { annotation } = entry;
      return [{ ref: { kind: 'article', articleId: entry.articleId, id: annotation.id }, id: annotation.id, color: annotation.color, style: annotation.style, body: annotation.body, quote: annotation.target.selector[0].exact, range, regions: [], isLost: false }];
    });
    return [...own, ...printed];
  }, [anchorer, notes.onArticles, notes.onPage]);

  // The selection in the text layer, as offsets of the page's text.
  useEffect(() => {
    const onSelectionChange = () => {
      const current = window.getSelection();
      const range = layer && current && current.rangeCount > 0 && !current.isCollapsed ? current.getRangeAt(0) : null;
      const offsets = range && layer ? layerRangeToOffsets(layer.element, range) : null;
      setSelection((previous) => (previous?.start === offsets?.start && previous?.end === offsets?.end ? previous : offsets));
    };
    // A selection made while the layer was (re)painted counts too.
    onSelectionChange();
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [layer]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  /** The text layer was painted (again), at `scale` pixels per point: read its text. */
  const onLayerPainted = useCallback((element: HTMLElement | null, scale: number) => {
    setLayer(element ? { element, text: readLayerText(element), scale } : null);
  }, []);

  const clearSelection = () => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  };

  /** Annotates the selected text: on its article when it belongs to one, else on the page. */
  const annotateSelection = async (look: { color?: AnnotationColor; style?: AnnotationStyle }, focus?: EditorFocus) => {
    // Until the page's article texts are in, a selection could not be told from page text.
    if (!selection || !layer || notes.articleTexts === null) return;
    const inArticle = findInArticles(layer.text.text, selection, notes.articleTexts ?? [], areasUnderSelection(layer, page));
    let createdId: string | null = null;
    if (inArticle) {
      createdId = (await notes.createOnArticle({ ...inArticle, ...look }))?.annotation.id ?? null;
    } else {
      createdId = (await notes.createOnPage({ text: selectedPageText(layer.text.text, selection), ...look }))?.id ?? null;
    }
    clearSelection();
    if (createdId && focus) setOpen({ id: createdId, focus });
  };

  const annotateRegion = async (region: Rect) => {
    setIsDrawing(false);
    const created = await notes.createOnPage({ regions: [region] });
    if (created) setOpen({ id: created.id, focus: 'comment' });
  };

  /** Attaches a page annotation whose text was lost to the selected text. */
  const attachToSelection = async (id: string) => {
    if (!selection || !layer) return;
    await notes.attach(id, selectedPageText(layer.text.text, selection));
    clearSelection();
  };

  const copyCited = async (quote: string) => {
    try {
      await copyText(quoteWithCitation(quote, pageCitation({ paper: issue.paperName, date: issue.date, page: page.number })));
      setNotice(t('annotate.copied'));
    } catch (failure) {
      setNotice(t('annotate.copyFailed', { message: errorMessage(failure) }));
    }
  };

  return {
    notes,
    placed,
    layer,
    selection,
    selectedText: selection && layer ? layer.text.text.slice(selection.start, selection.end) : '',
    isDrawing,
    setIsDrawing,
    open,
    setOpen,
    notice,
    onLayerPainted,
    annotateSelection,
    annotateRegion,
    attachToSelection,
    copyCited,
  };
}

export type ReplicaAnnotator = ReturnType<typeof useReplicaAnnotator>;

/** The selected text of a page as the API takes it: the quote with its context, and its offsets. */
function selectedPageText(text: string, selection: TextRange) {
  const [{ exact, prefix, suffix }, { start, end }] = describeRange(text, selection.start, selection.end);
  return { exact, start, end, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/** The articles whose areas on the page hold the middle of the current selection. */
function areasUnderSelection(layer: { element: HTMLElement; scale: number }, page: Page): Set<string> {
  const range = window.getSelection()?.rangeCount ? window.getSelection()?.getRangeAt(0) : null;
  if (!range || typeof range.getBoundingClientRect !== 'function' || !page.areas?.length) return new Set();
  const box = range.getBoundingClientRect();
  const origin = layer.element.getBoundingClientRect();
  const x = (box.left + box.width / 2 - origin.left) / layer.scale;
  const y = (box.top + box.height / 2 - origin.top) / layer.scale;
  return new Set(page.areas.filter(({ rect }) => x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height).map((a) => a.articleId));
}
