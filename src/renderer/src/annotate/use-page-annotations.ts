import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs } from '../../../shared/api';
import type { AnchoredAnnotation, Annotation } from '../../../shared/annotation';
import type { PageAnnotation } from '../../../shared/page-annotation';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';
import { useSaveQueue } from './save-queue';
import { useUndoWindow } from './undo-window';
import type { ArticleText } from './page-anchoring';

/** Which annotation an action is on: one of the page's own, or one on an article printed on it. */
export type AnnotationRef = { kind: 'page'; id: string } | { kind: 'article'; articleId: string; id: string };

type PageDraft = Omit<ApiArgs<'createPageAnnotation'>, 'issueId' | 'pageNumber'>;
type ArticleDraft = ApiArgs<'createAnnotation'>;
type Changes = Omit<ApiArgs<'updatePageAnnotation'>, 'issueId' | 'id' | 'text'>;

type Deleted = { kind: 'page'; annotation: PageAnnotation } | { kind: 'article'; annotation: Annotation };

export interface PageAnnotations {
  /** null until the first list arrives */
  onPage: PageAnnotation[] | null;
  /** the annotations on the page's articles, with the article each is on */
  onArticles: (AnchoredAnnotation & { articleId: string })[];
  /** the text of the page's articles, to tell which one a selection on the replica belongs to; null until loaded */
  articleTexts: ArticleText[] | null;
  error: string | null;
  /** the last delete, while its undo is offered (see undo-window.ts) */
  deleted: Deleted[];
  /** ends the offer to undo: the reader has moved on to something else */
  endUndo: () => void;
  createOnPage: (draft: PageDraft) => Promise<PageAnnotation | null>;
  createOnArticle: (draft: ArticleDraft) => Promise<AnchoredAnnotation | null>;
  update: (ref: AnnotationRef, changes: Changes) => Promise<void>;
  /** attaches a page annotation to newly selected text of the page */
  attach: (id: string, text: NonNullable<ApiArgs<'updatePageAnnotation'>['text']>) => Promise<void>;
  remove: (ref: AnnotationRef) => Promise<void>;
  undo: () => Promise<void>;
}

/**
 * The annotations of one page replica, kept current: the page's own (text of its text layer,
 * regions) and those on the articles printed on it, which show on the replica too.
 */
export function usePageAnnotations(issueId: string, pageNumber: number, articleIds: readonly string[]): PageAnnotations {
  const api = useApi();
  const [onPage, setOnPage] = useState<PageAnnotation[] | null>(null);
  const [onArticles, setOnArticles] = useState<PageAnnotations['onArticles']>([]);
  const [articleTexts, setArticleTexts] = useState<ArticleText[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { offered: deleted, offer: offerUndo, close: endUndo } = useUndoWindow<Deleted>();
  const generation = useRef(0);
  const articleKey = articleIds.join('\n');

  const reload = useCallback(async () => {
    const asked = ++generation.current;
    const ids = articleKey ? articleKey.split('\n') : [];
    try {
      const [pageList, perArticle] = await Promise.all([
        api.listPageAnnotations({ issueId, pageNumber }),
        Promise.all(ids.map(async (articleId) => (await api.listAnnotations({ articleId })).map((a) => ({ ...a, articleId })))),
      ]);
      if (asked !== generation.current) return;
      setOnPage(pageList);
      setOnArticles(perArticle.flat());
    } catch (failure) {
      if (asked === generation.current) setError(errorMessage(failure));
    }
  }, [api, issueId, pageNumber, articleKey]);

  useEffect(() => {
    setOnPage(null);
    void reload();
    const ids = new Set(articleKey ? articleKey.split('\n') : []);
    return api.onDidChangeAnnotations((change) => {
      const isThisPage = change.articleId === null && change.issueId === issueId && change.pageNumber === pageNumber;
      if (isThisPage || (change.articleId !== null && ids.has(change.articleId))) void reload();
    });
  }, [api, issueId, pageNumber, articleKey, reload]);

  useEffect(() => {
    let isCurrent = true;
    const ids = articleKey ? articleKey.split('\n') : [];
    Promise.all(ids.map((articleId) => api.getArticle({ articleId }))).then(
      (details) => {
        if (isCurrent) setArticleTexts(details.flatMap((d) => (d ? [{ articleId: d.article.id, text: d.article.text }] : [])));
      },
      () => {
        if (isCurrent) setArticleTexts([]);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api, articleKey]);

  const save = useCallback(async <T,>(run: () => Promise<T>): Promise<T | null> => {
    try {
      const result = await run();
      setError(null);
      return result;
    } catch (failure) {
      setError(errorMessage(failure));
      return null;
    } finally {
      void reload();
    }
  }, [reload]);

  const createOnPage = useCallback(
    (draft: PageDraft) => {
      endUndo();
      return save(() => api.createPageAnnotation({ issueId, pageNumber, ...draft }));
    },
    [api, endUndo, issueId, pageNumber, save],
  );
  const createOnArticle = useCallback(
    (draft: ArticleDraft) => {
      endUndo();
      return save(() => api.createAnnotation(draft));
    },
    [api, endUndo, save],
  );
  const inOrder = useSaveQueue();
  const update = useCallback(
    async (ref: AnnotationRef, changes: Changes) => {
      endUndo();
      await save<unknown>(() =>
        inOrder<unknown>(ref.id, () =>
          ref.kind === 'page'
            ? api.updatePageAnnotation({ issueId, id: ref.id, ...changes })
            : api.updateAnnotation({ articleId: ref.articleId, id: ref.id, ...changes }),
        ),
      );
    },
    [api, endUndo, inOrder, issueId, save],
  );
  const attach = useCallback(
    async (id: string, text: NonNullable<ApiArgs<'updatePageAnnotation'>['text']>) => {
      await save(() => api.updatePageAnnotation({ issueId, id, text }));
    },
    [api, issueId, save],
  );
  const remove = useCallback(
    async (ref: AnnotationRef) => {
      const removed: Deleted | null =
        ref.kind === 'page'
          ? await save(async () => ({ kind: 'page' as const, annotation: await inOrder(ref.id, () => api.deletePageAnnotation({ issueId, id: ref.id })) }))
          : await save(async () => ({ kind: 'article' as const, annotation: await inOrder(ref.id, () => api.deleteAnnotation({ articleId: ref.articleId, id: ref.id })) }));
      if (removed) offerUndo(removed);
    },
    [api, inOrder, issueId, offerUndo, save],
  );
  const undo = useCallback(async () => {
    const last = deleted[deleted.length - 1];
    if (!last) return;
    const restored = await save<unknown>(() =>
      last.kind === 'page' ? api.restorePageAnnotation({ annotation: last.annotation }) : api.restoreAnnotation({ annotation: last.annotation }),
    );
    if (restored) endUndo();
  }, [api, deleted, endUndo, save]);

  return { onPage, onArticles, articleTexts, error, deleted, endUndo, createOnPage, createOnArticle, update, attach, remove, undo };
}
