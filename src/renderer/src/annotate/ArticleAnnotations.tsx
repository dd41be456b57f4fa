import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AnnotationColor, AnnotationStyle } from '../../../shared/annotation';
import { quoteWithCitation, type CitedArticle } from '../../../shared/citation';
import { errorMessage } from '../error-message';
import { useT } from '../i18n';
import { useShortcuts } from '../keyboard';
import { AnnotationEditor, type AnnotationEdit, type EditorFocus } from './AnnotationEditor';
import { AnnotationSidebar } from './AnnotationSidebar';
import { AnnotationNotices } from './OrphanedList';
import { SelectionToolbar } from './SelectionToolbar';
import { annotationAt, annotationHighlights, caretPointAt, paintHighlights } from './annotation-paint';
import { copyText } from './clipboard';
import { anchorOf } from './floating';
import { blockElements, offsetsToRange, pointToOffset, rangeToOffsets, type TextRange } from './text-offsets';
import { useArticleAnnotations } from './use-article-annotations';
import { useUndoKey } from './use-undo-key';
import './annotate.css';

interface OpenEditor {
  id: string;
  focus: EditorFocus;
}

/**
 * Everything the reader does with annotations in an article (or a document): the toolbar over selected text,
 * highlights painted over the body (`getBody`, whose blocks carry their text offsets), the
 * editor a click on a highlight opens, the sidebar with orphans, undo of a delete. With
 * `focusId` (from the all-annotations view), that annotation is brought into view and opened.
 */
export function ArticleAnnotations({
  getBody,
  textId,
  text,
  citation,
  focusId,
}: {
  getBody: () => HTMLElement | null;
  /** the article's id, or a standalone document's */
  textId: string;
  /** its canonical text */
  text: string;
  /** how a copied passage is cited */
  citation: CitedArticle;
  focusId?: string | undefined;
}) {
  const t = useT();
  const { annotations, error, deleted, endUndo, create, update, remove, undo } = useArticleAnnotations(textId);
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [open, setOpen] = useState<OpenEditor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dismissedId, setDismissedId] = useState<string | null>(null);
  const [, setLayoutTick] = useState(0);
  const list = useMemo(() => annotations ?? [], [annotations]);

  // A notice (copied, or why not) goes away by itself.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);
  const opened = open ? (list.find((a) => a.annotation.id === open.id) ?? null) : null;
  // Opening an annotation or selecting text starts the next action: the undo of a delete ends,
  // and its notice never lies over the editor or the toolbar.
  const openedId = opened?.annotation.id ?? null;
  const hasSelection = selection !== null;
  useEffect(() => {
    if (openedId !== null || hasSelection) endUndo();
  }, [openedId, hasSelection, endUndo]);

  const rangeOf = useCallback((range: TextRange) => {
    const body = getBody();
    return body ? offsetsToRange(body, range) : null;
  }, [getBody]);

  // Highlights, painted over the text without touching the DOM.
  useEffect(() => paintHighlights(annotationHighlights(list, opened?.anchor ? opened.annotation.id : null, rangeOf)), [list, opened, rangeOf]);

  // The selection in the body, as offsets: what the toolbar acts on.
  useEffect(() => {
    const onSelectionChange = () => {
      const body = getBody();
      const current = window.getSelection();
      const range = body && current && current.rangeCount > 0 && !current.isCollapsed ? current.getRangeAt(0) : null;
      const offsets = range && body ? rangeToOffsets(body, range) : null;
      setSelection((previous) => (previous?.start === offsets?.start && previous?.end === offsets?.end ? previous : offsets));
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [getBody]);

  // Floating things follow the text as the page scrolls or resizes.
  useEffect(() => {
    let frame = 0;
    const relayout = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setLayoutTick((n) => n + 1));
    };
    window.addEventListener('scroll', relayout, { passive: true });
    window.addEventListener('resize', relayout);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', relayout);
      window.removeEventListener('resize', relayout);
    };
  }, []);

  // A click on a highlight opens it.
  useEffect(() => {
    const body = getBody();
    if (!body) return;
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const point = caretPointAt(document, event.clientX, event.clientY);
      if (!point || !body.contains(point.node)) return;
      const hit = annotationAt(list, pointToOffset(blockElements(body), point.node, point.offset, 'start'));
      if (hit) setOpen({ id: hit.annotation.id, focus: 'colour' });
    };
    body.addEventListener('click', onClick);
    return () => body.removeEventListener('click', onClick);
  }, [getBody, list]);

  // Arriving from the all-annotations view: bring the annotation into view and open it.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId || focusedId === focusId || !annotations) return;
    const target = annotations.find((a) => a.annotation.id === focusId);
    if (!target) return;
    setFocusedId(focusId);
    const range = target.anchor && rangeOf(target.anchor);
    range?.startContainer.parentElement?.scrollIntoView?.({ block: 'center' });
    if (target.anchor) setOpen({ id: focusId, focus: 'colour' });
  }, [annotations, focusId, focusedId, rangeOf]);

  const clearSelection = () => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  };

  const annotateSelection = async (look: { color?: AnnotationColor; style?: AnnotationStyle }, focus?: EditorFocus) => {
    if (!selection) return;
    const created = await create({ ...selection, ...look });
    clearSelection();
    if (created && focus) setOpen({ id: created.annotation.id, focus });
  };

  const copyCited = async (quote: string) => {
    try {
      await copyText(quoteWithCitation(quote, citation));
      setNotice(t('annotate.copied'));
    } catch (failure) {
      setNotice(t('annotate.copyFailed', { message: errorMessage(failure) }));
    }
  };

  const removeAndOfferUndo = async (id: string) => {
    setOpen(null);
    await remove(id);
    setNotice(null);
  };

  useShortcuts({
    h: () => void annotateSelection({ color: 'yellow' }),
    u: () => void annotateSelection({ style: 'underline' }),
    n: () => void annotateSelection({}, 'comment'),
  });

  useUndoKey(deleted.length > 0, () => void undo());

  const selectionRange = selection && rangeOf(selection);
  const lastDeleted = deleted[deleted.length - 1];

  return (
    <>
      <AnnotationSidebar
        annotations={list}
        activeId={opened?.annotation.id ?? null}
        hasSelection={selection !== null}
        onOpen={(id) => {
          const target = list.find((a) => a.annotation.id === id);
          const range = target?.anchor && rangeOf(target.anchor);
          range?.startContainer.parentElement?.scrollIntoView?.({ block: 'center' });
          setOpen({ id, focus: 'comment' });
        }}
        onReattach={(id) => {
          if (!selection) return;
          void update(id, { range: selection }).then(clearSelection);
        }}
        onDelete={(id) => void removeAndOfferUndo(id)}
      />
      {selection && !opened && (
        <SelectionToolbar
          at={anchorOf(selectionRange) ?? { top: 0, bottom: 0, left: 0, right: 0 }}
          onHighlight={(color) => void annotateSelection({ color })}
          onUnderline={() => void annotateSelection({ style: 'underline' })}
          onComment={() => void annotateSelection({}, 'comment')}
          onTag={() => void annotateSelection({}, 'tags')}
          onCopy={() => void copyCited(text.slice(selection.start, selection.end))}
          // Quoting needs an annotation to link back to: highlight, then choose the proposal in its editor.
          onQuote={() => void annotateSelection({ color: 'yellow' }, 'colour')}
        />
      )}
      {opened && (
        <AnnotationEditor
          key={opened.annotation.id}
          annotation={opened.annotation}
          quote={opened.annotation.target.selector[0].exact}
          at={anchorOf(opened.anchor && rangeOf(opened.anchor))}
          focus={open?.focus ?? 'colour'}
          onChange={(edit: AnnotationEdit) => void update(opened.annotation.id, edit)}
          onDelete={() => void removeAndOfferUndo(opened.annotation.id)}
          onCopy={() => void copyCited(opened.annotation.target.selector[0].exact)}
          onClose={() => setOpen(null)}
        />
      )}
      <AnnotationNotices
        error={error}
        canUndo={lastDeleted !== undefined && lastDeleted.id !== dismissedId}
        onUndo={() => void undo()}
        onDismiss={() => setDismissedId(lastDeleted?.id ?? null)}
        notice={notice}
      />
    </>
  );
}

