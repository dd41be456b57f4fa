import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs } from '../../../shared/api';
import type { AnchoredAnnotation, Annotation } from '../../../shared/annotation';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';
import { useSaveQueue } from './save-queue';
import { useUndoWindow } from './undo-window';

type Draft = Omit<ApiArgs<'createAnnotation'>, 'articleId'>;
type Changes = Omit<ApiArgs<'updateAnnotation'>, 'articleId' | 'id'>;

export interface ArticleAnnotations {
  /** null until the first list arrives */
  annotations: AnchoredAnnotation[] | null;
  /** the last failure to load or save, to show until the next success */
  error: string | null;
  /** the last delete, while its undo is offered (a short while, until the next action): what undo puts back */
  deleted: Annotation[];
  /** ends the offer to undo: the reader has moved on to something else */
  endUndo: () => void;
  create: (draft: Draft) => Promise<AnchoredAnnotation | null>;
  update: (id: string, changes: Changes) => Promise<AnchoredAnnotation | null>;
  remove: (id: string) => Promise<void>;
  /** puts the last deleted annotation back */
  undo: () => Promise<void>;
}

/**
 * The annotations on one article, kept current: re-listed whenever anything (this window,
 * another window, the CLI through the app) changes them. Every change is saved by the core
 * the moment it is made; a delete keeps the annotation here so it can be undone.
 */
export function useArticleAnnotations(articleId: string): ArticleAnnotations {
  const api = useApi();
  const [annotations, setAnnotations] = useState<AnchoredAnnotation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { offered: deleted, offer: offerUndo, close: endUndo } = useUndoWindow<Annotation>();
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const asked = ++generation.current;
    try {
      const listed = await api.listAnnotations({ articleId });
      if (asked === generation.current) setAnnotations(listed);
    } catch (failure) {
      if (asked === generation.current) setError(errorMessage(failure));
    }
  }, [api, articleId]);

  useEffect(() => {
    void reload();
    return api.onDidChangeAnnotations((change) => {
      if (change.articleId === articleId) void reload();
    });
  }, [api, articleId, reload]);

  /** Runs a save; on failure says why and answers null, leaving the list as the core has it. */
  const save = useCallback(async <T,>(run: () => Promise<T>): Promise<T | null> => {
    try {
      const result = await run();
      setError(null);
      return result;
    } catch (failure) {
      setError(errorMessage(failure));
      void reload();
      return null;
    }
  }, [reload]);

  // Each answer is shown at once; the re-list the change event brings confirms it.
  const put = useCallback((saved: AnchoredAnnotation | null) => {
    if (saved) setAnnotations((previous) => upsert(previous ?? [], saved));
    return saved;
  }, []);

  const create = useCallback(
    async (draft: Draft) => {
      endUndo();
      return put(await save(() => api.createAnnotation({ articleId, ...draft })));
    },
    [api, articleId, endUndo, put, save],
  );
  const inOrder = useSaveQueue();
  const update = useCallback(
    async (id: string, changes: Changes) => {
      endUndo();
      return put(await save(() => inOrder(id, () => api.updateAnnotation({ articleId, id, ...changes }))));
    },
    [api, articleId, endUndo, inOrder, put, save],
  );
  const remove = useCallback(
    async (id: string) => {
      const removed = await save(() => inOrder(id, () => api.deleteAnnotation({ articleId, id })));
      if (!removed) return;
      setAnnotations((previous) => (previous ?? []).filter((a) => a.annotation.id !== id));
      offerUndo(removed);
    },
    [api, articleId, inOrder, offerUndo, save],
  );
  const undo = useCallback(async () => {
    const last = deleted[deleted.length - 1];
    if (!last) return;
    const restored = put(await save(() => inOrder(last.id, () => api.restoreAnnotation({ annotation: last }))));
    if (restored) endUndo();
  }, [api, deleted, endUndo, inOrder, put, save]);

  return { annotations, error, deleted, endUndo, create, update, remove, undo };
}

/** The list with `saved` in it (replacing its older self), in text order, orphans last. */
function upsert(list: readonly AnchoredAnnotation[], saved: AnchoredAnnotation): AnchoredAnnotation[] {
  return [...list.filter((a) => a.annotation.id !== saved.annotation.id), saved].sort(
    (a, b) => (a.anchor?.start ?? Infinity) - (b.anchor?.start ?? Infinity),
  );
}
