import type { ReactNode } from 'react';
import { useLocale, useT } from '../i18n';
import { localizeMessage } from '../localize-message';
import { libraryHref } from '../route';
import type { QueryState } from '../use-api-query';

export function Loading() {
  const t = useT();
  return (
    <p className="state state-loading" role="status">
      {t('state.loading')}
    </p>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="state state-error" role="alert">
      <h2>{t('state.errorTitle')}</h2>
      <p className="state-message">{localizeMessage(message, locale)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export function NotFound({ message }: { message: string }) {
  const t = useT();
  return (
    <div className="state state-not-found">
      <p className="state-message">{message}</p>
      <a className="button" href={libraryHref()}>
        {t('state.backToLibrary')}
      </a>
    </div>
  );
}

/**
 * Shows a query's loading or error state, the not-found state when it answered `null`, and
 * otherwise what `children` makes of the value: never a blank screen.
 */
export function QueryStates<T>({
  state,
  retry,
  notFoundMessage,
  children,
}: {
  state: QueryState<T | null>;
  retry: () => void;
  notFoundMessage: string;
  children: (value: T) => ReactNode;
}) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={retry} />;
  if (state.value === null) return <NotFound message={notFoundMessage} />;
  return <>{children(state.value)}</>;
}
