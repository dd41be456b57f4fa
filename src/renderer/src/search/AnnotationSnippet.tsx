import { useEffect, useState } from 'react';
import { commentOf, tagsOf, type AnchoredAnnotation } from '../../../shared/annotation';
import type { SearchSnippet } from '../../../shared/search-types';
import { useApi } from '../api-context';
import { CommentText } from '../annotate/CommentText';
import { useT } from '../i18n';
import { HitText } from './HitText';

/**
 * A hit found in an article's annotations: the one annotation that holds the words, its
 * comment rendered (Markdown, as the sidebar shows it) under the text it marks, rather than
 * the raw text of every comment on the article. Until the annotations arrive, or when none
 * holds the words any more, the snippet the index gave.
 */
export function AnnotationSnippet({ articleId, snippet }: { articleId: string; snippet: SearchSnippet }) {
  const t = useT();
  const api = useApi();
  const [found, setFound] = useState<AnchoredAnnotation | null>(null);
  const words = [...new Set(snippet.hits.map(([start, end]) => snippet.text.slice(start, end)))];
  const wordsKey = words.join('\n');

  useEffect(() => {
    let isCurrent = true;
    api.listAnnotations({ articleId }).then(
      (list) => isCurrent && setFound(bestMatch(list, wordsKey ? wordsKey.split('\n') : [])),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [api, articleId, wordsKey]);

  if (!found) {
    return (
      <>
        <span className="search-hit-source">{t('search.inAnnotation')}</span>
        {snippet.hasMoreBefore && '…'}
        <HitText text={snippet.text} hits={snippet.hits} />
        {snippet.hasMoreAfter && '…'}
      </>
    );
  }
  const quote = found.annotation.target.selector[0].exact;
  const tags = tagsOf(found.annotation);
  return (
    <span className="search-hit-annotation">
      <span className="search-hit-source">{t('search.annotationOn', { quote: quote.length > 24 ? `${quote.slice(0, 24)}…` : quote })}</span>
      <CommentText className="search-hit-comment" text={commentOf(found.annotation)} />
      {tags.length > 0 && <span className="search-hit-tags">{tags.map((tag) => `#${tag}`).join(' ')}</span>}
    </span>
  );
}

/** The annotation whose comment and tags hold the most of `words` (the first on a tie); null when none holds any. */
function bestMatch(list: readonly AnchoredAnnotation[], words: readonly string[]): AnchoredAnnotation | null {
  let best: { entry: AnchoredAnnotation; score: number } | null = null;
  for (const entry of list) {
    const text = `${commentOf(entry.annotation)}\n${tagsOf(entry.annotation).join('\n')}`.normalize('NFC').toLowerCase();
    const score = words.filter((word) => text.includes(word.normalize('NFC').toLowerCase())).length;
    if (score > 0 && (!best || score > best.score)) best = { entry, score };
  }
  return best?.entry ?? null;
}
