import { useCallback, useEffect, useState } from 'react';
import type { CorrectionChange, CorrectedArticle, PageCorrections } from '../../../shared/layout-corrections';
import type { LayoutBlock } from '../../../shared/page-layout';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';

/** What a click on a block does: select it, or pick the article a merge or move goes to; or a drag redraws. */
export type CorrectionMode = 'select' | 'merge' | 'move' | 'draw';

/** What the correction mode of one page shares between its overlay on the replica and its panel. */
export interface CorrectionSession {
  /** null while loading */
  page: PageCorrections | null;
  isCorrecting: boolean;
  setIsCorrecting: (on: boolean) => void;
  selected: LayoutBlock | null;
  /** the article of the selected block, if it is in one */
  selectedArticle: CorrectedArticle | null;
  select: (blockId: string | null) => void;
  mode: CorrectionMode;
  setMode: (mode: CorrectionMode) => void;
  /** what the last correction or undo did, with the correction an undo would take back */
  notice: { message: string; undoId: string | null; isError?: boolean } | null;
  isSaving: boolean;
  /** saves one correction at once; `done` is what the notice says */
  apply: (change: CorrectionChange, done: string) => Promise<void>;
  undo: (correctionId: string, done: string) => Promise<void>;
  articleOf: (blockId: string) => CorrectedArticle | null;
}

/**
 * Loads a page's corrections and makes new ones through the API: each is saved the moment it
 * is made (the core rebuilds the page's articles and announces the change, so the page's
 * article list and areas follow), and the notice offers its undo.
 */
export function useCorrectionSession(issueId: string, pageNumber: number, failedMessage: (message: string) => string): CorrectionSession {
  const api = useApi();
  const [page, setPage] = useState<PageCorrections | null>(null);
  const [isCorrecting, setIsCorrecting] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<CorrectionMode>('select');
  const [notice, setNotice] = useState<CorrectionSession['notice']>(null);
  const [isSaving, setIsSaving] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    api.listPageCorrections({ issueId, pageNumber }).then(
      (loaded) => isCurrent && setPage(loaded),
      () => isCurrent && setPage(null),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, issueId, pageNumber]);

  const run = useCallback(
    async (work: () => Promise<PageCorrections>, notice: (saved: PageCorrections) => CorrectionSession['notice']) => {
      setIsSaving(true);
      try {
        const saved = await work();
        setPage(saved);
        setNotice(notice(saved));
      } catch (error) {
        setNotice({ message: failedMessage(errorMessage(error)), undoId: null, isError: true });
      } finally {
        setIsSaving(false);
        setMode('select');
      }
    },
    [failedMessage],
  );

  const apply = useCallback(
    (correction: CorrectionChange, done: string) =>
      run(
        () => api.applyPageCorrection({ issueId, pageNumber, correction }),
        (saved) => ({ message: done, undoId: saved.corrections.at(-1)?.id ?? null }),
      ),
    [api, issueId, pageNumber, run],
  );
  const undo = useCallback(
    (correctionId: string, done: string) =>
      run(() => api.undoPageCorrection({ issueId, pageNumber, correctionId }), () => ({ message: done, undoId: null })),
    [api, issueId, pageNumber, run],
  );

  const articleOf = useCallback(
    (blockId: string) => page?.articles.find((article) => article.blockIds.includes(blockId)) ?? null,
    [page],
  );
  const selected = page?.blocks.find((block) => block.id === selectedId) ?? null;
  return {
    page,
    isCorrecting,
    setIsCorrecting: (on) => {
      setIsCorrecting(on);
      if (!on) setMode('select');
    },
    selected,
    selectedArticle: selected ? articleOf(selected.id) : null,
    select: setSelectedId,
    mode,
    setMode,
    notice,
    isSaving,
    apply,
    undo,
    articleOf,
  };
}
