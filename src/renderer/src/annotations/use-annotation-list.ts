import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationList } from '../../../shared/annotation-list';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';
import type { QueryState } from '../use-api-query';
import { annotationsHref, requestOf, type AnnotationsParams } from './annotations-params';

/** Annotations listed at most; past that the reader narrows the filters. */
export const annotationListCap = 500;

export interface AnnotationListState {
  state: QueryState<AnnotationList>;
  /** the list shown is for other filters than the ones chosen now: the new answer is on its way */
  isUpdating: boolean;
  retry: () => void;
}

/**
 * The archive's annotations for the chosen filters. A change of filters keeps the old list
 * on screen until the new one arrives; an annotation made, changed or deleted anywhere (this
 * window, another, the CLI) and a change to the library refresh it quietly.
 */
export function useAnnotationList(params: AnnotationsParams): AnnotationListState {
  const api = useApi();
  const key = annotationsHref(params);
  const paramsRef = useRef(params);
  paramsRef.current = params;
  const [result, setResult] = useState<{ key: string; state: QueryState<AnnotationList> } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    api.listAllAnnotations(requestOf(paramsRef.current, annotationListCap)).then(
      (value) => {
        if (isCurrent) setResult({ key, state: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (isCurrent) setResult({ key, state: { status: 'error', message: errorMessage(error) } });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api, key, attempt]);

  useEffect(() => {
    const refresh = () => setAttempt((n) => n + 1);
    const unsubscribers = [api.onDidChangeAnnotations(refresh), api.onDidChangeLibrary(refresh)];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [api]);

  const retry = useCallback(() => {
    setResult(null);
    setAttempt((n) => n + 1);
  }, []);

  // An error for other filters says nothing about these: show them loading instead.
  const isStale = result !== null && result.key !== key;
  return {
    state: result === null || (isStale && result.state.status === 'error') ? { status: 'loading' } : result.state,
    isUpdating: isStale,
    retry,
  };
}
