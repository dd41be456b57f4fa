import { useT } from '../i18n';
import { useShortcuts } from '../keyboard';
import { useHashRoute } from '../use-hash-route';
import { annotationsHref } from './annotations-params';
import './annotations.css';

/** The header's way to every annotation in the archive; Ctrl+B (⌘B) goes there from any view. */
export function AnnotationsLink() {
  const t = useT();
  const route = useHashRoute();
  const isHere = route.kind === 'annotations';
  useShortcuts({
    'mod+b': () => {
      if (!isHere) window.location.hash = annotationsHref();
    },
  });
  return (
    <a
      className="app-nav-link"
      href={annotationsHref()}
      aria-current={isHere ? 'page' : undefined}
      aria-keyshortcuts="Control+B"
      title={t('annotations.navTitle')}
    >
      {t('annotations.nav')}
    </a>
  );
}
