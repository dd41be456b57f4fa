import { commentOf, tagsOf, type Annotation } from '../../../shared/annotation';
import { CommentText } from './CommentText';

/** An annotation in a list: the text it marks (clamped), its comment and its tags. */
export function AnnotationSummary({ quote, annotation }: { quote: string; annotation: Pick<Annotation, 'body'> }) {
  const comment = commentOf(annotation);
  const tags = tagsOf(annotation);
  return (
    <>
      <span className="annotation-quote" lang="zh-CN">
        {quote}
      </span>
      {comment && <CommentText className="annotation-comment" text={comment} />}
      {tags.length > 0 && (
        <span className="annotation-tags">
          {tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </span>
      )}
    </>
  );
}
