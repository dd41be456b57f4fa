import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProposalFields, ProposalRecord } from '../../../shared/proposal';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** How long typing pauses before a save; each save is kept as a version. */
const saveDelayMs = 500;
const retryDelayMs = 3000;

const draftKey = (proposalId: string) => `jianbao:proposal-draft:${proposalId}`;

/**
 * A proposal being written, never lost: every change goes at once into this machine's local
 * storage (synchronously, so a reload or a crash mid-sentence keeps it) and, after a short
 * pause, to the archive, where each save is kept as a version. A draft found on opening that
 * the archive does not have yet is taken up and saved.
 */
export function useProposalDraft(proposalId: string) {
  const api = useApi();
  const [record, setRecord] = useState<ProposalRecord | null | undefined>(undefined);
  const [fields, setFields] = useState<ProposalFields | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [wasRecovered, setWasRecovered] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const pending = useRef<ProposalFields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    queue.current = queue.current.then(async () => {
      const next = pending.current;
      if (next === null) return;
      pending.current = null;
      setSaveState({ kind: 'saving' });
      try {
        await api.saveProposal({ proposalId, fields: next });
        if (pending.current === null) localStorage.removeItem(draftKey(proposalId));
        setSaveState({ kind: 'saved' });
        setRecord(await api.getProposal({ proposalId }));
      } catch (error) {
        pending.current ??= next;
        setSaveState({ kind: 'error', message: errorMessage(error) });
        timer.current = setTimeout(() => void flush(), retryDelayMs);
      }
    });
    return queue.current;
  }, [api, proposalId]);

  useEffect(() => {
    let isCurrent = true;
    api.getProposal({ proposalId }).then(
      (loaded) => {
        if (!isCurrent) return;
        setRecord(loaded);
        if (!loaded) return;
        const draft = readDraft(proposalId);
        if (draft && JSON.stringify(draft) !== JSON.stringify(loaded.proposal.fields)) {
          setFields(draft);
          setWasRecovered(true);
          pending.current = draft;
          void flush();
        } else {
          setFields(loaded.proposal.fields);
        }
      },
      (error: unknown) => isCurrent && setLoadError(errorMessage(error)),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, proposalId, flush]);

  // Leaving the desk (another view, closing the window) saves what is waiting.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const update = useCallback(
    (next: ProposalFields) => {
      setFields(next);
      localStorage.setItem(draftKey(proposalId), JSON.stringify(next));
      pending.current = next;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), saveDelayMs);
    },
    [flush, proposalId],
  );

  /** Makes an earlier version current (what is waiting is saved first, so it is a version too). */
  const restore = useCallback(
    async (index: number) => {
      await flush();
      const restored = await api.restoreProposalVersion({ proposalId, index });
      localStorage.removeItem(draftKey(proposalId));
      setFields(restored.fields);
      setRecord(await api.getProposal({ proposalId }));
    },
    [api, flush, proposalId],
  );

  return { record, fields, update, flush, restore, saveState, wasRecovered, loadError };
}

function readDraft(proposalId: string): ProposalFields | null {
  try {
    const text = localStorage.getItem(draftKey(proposalId));
    return text ? (JSON.parse(text) as ProposalFields) : null;
  } catch {
    return null;
  }
}
