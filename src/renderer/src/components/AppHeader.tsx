import type { MouseEvent } from 'react';
import { AnnotationsLink } from '../annotations/AnnotationsLink';
import { useT } from '../i18n';
import { ImportButton } from '../import/ImportButton';
import { libraryHref } from '../route';
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
