import { useEffect, useRef } from 'react';
import { useApi } from './api-context';

/** How long scrolling must rest before the position is saved. */
const saveDelayMs = 600;

function scrollFraction(): number {
  const element = document.scrollingElement ?? document.documentElement;
  const room = element.scrollHeight - element.clientHeight;
  return room > 0 ? Math.min(1, Math.max(0, element.scrollTop / room)) : 0;
}

/**
 * Remembers how far down an article the reader got: records the article as opened, scrolls
 * back to where they left it (unless `shouldRestore` is false: opened at a search hit), and
 * saves the position once scrolling rests.
 */
export function useReadingPosition(articleId: string, shouldRestore = true): void {
  const api = useApi();
  const isRestoring = useRef(true);

  useEffect(() => {
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let hasScrolledMeanwhile = false;
    isRestoring.current = true;
    const place = { kind: 'article', articleId } as const;
    api.recordReading({ place }).catch(() => {});
    api.getReadingPosition({ articleId }).then(
      (fraction) => {
        if (!isCurrent) return;
        isRestoring.current = false;
        // The reader scrolled before the saved place arrived: theirs wins, and is saved.
        if (hasScrolledMeanwhile) return scheduleSave();
        const element = document.scrollingElement ?? document.documentElement;
        if (shouldRestore && fraction !== null && fraction > 0) element.scrollTop = fraction * (element.scrollHeight - element.clientHeight);
      },
      () => {
        isRestoring.current = false;
      },
    );
    const scheduleSave = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        api.recordReading({ place, position: scrollFraction() }).catch(() => {});
      }, saveDelayMs);
    };
    const onScroll = () => {
      if (isRestoring.current) {
        hasScrolledMeanwhile = true;
        return;
      }
      scheduleSave();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      isCurrent = false;
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [api, articleId, shouldRestore]);
}
