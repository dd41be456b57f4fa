import type { MouseEvent } from 'react';
import { AnnotationsLink } from '../annotations/AnnotationsLink';
import { useT } from '../i18n';
import { ImportButton } from '../import/ImportButton';
import { libraryHref } from '../route';
import { collectionsHref } from '../collections/collection-routes';
import { proposalsHref } from '../proposals/proposal-routes';
import { useHashRoute } from '../use-hash-route';
import { SearchBox } from '../search/SearchBox';
import { useSettings } from '../settings-context';
import { LanguageToggle } from './LanguageToggle';

/** The masthead: the app's name (a way home), search, the annotations, import and the language switch. */
export function AppHeader() {
  const t = useT();
  const { saveError } = useSettings();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <div className="app-header-inner">
        <a className="app-name" href={libraryHref()}>
          <span className="app-name-zh" lang="zh-CN">
            剪报
          </span>{' '}
          <span className="app-name-en" lang="en">
            Jianbao
          </span>
        </a>
        <SearchBox />
        <AnnotationsLink />
        <CollectionsLink />
        <ProposalsLink />
        <ImportButton />
        <LanguageToggle />
      </div>
      {saveError && (
        <p className="app-header-alert" role="alert">
          {t('settings.saveFailed', { message: saveError })}
        </p>
      )}
    </header>
  );
}

/** `#main` would be read as a route, so the skip link moves focus itself. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The header's way to the reader's collections (专题). */
function CollectionsLink() {
  const t = useT();
  const route = useHashRoute();
  const isHere = route.kind === 'collections' || route.kind === 'collection';
  return (
    <a className="app-nav-link" href={collectionsHref()} aria-current={isHere ? 'page' : undefined}>
      {t('collections.nav')}
    </a>
  );
}

/** The header's way to the proposal desk. */
function ProposalsLink() {
  const t = useT();
  const route = useHashRoute();
  const isHere = route.kind === 'proposals' || route.kind === 'proposal';
  return (
    <a className="app-nav-link" href={proposalsHref()} aria-current={isHere ? 'page' : undefined}>
      {t('proposals.nav')}
    </a>
  );
}
