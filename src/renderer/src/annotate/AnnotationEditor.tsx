import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  annotationColors,
  commentOf,
  tagsOf,
  type Annotation,
  type AnnotationColor,
  type AnnotationStyle,
} from '../../../shared/annotation';
import { useT } from '../i18n';
import { floatingStyle, type FloatingAnchor } from './floating';
import { isComposingKey } from '../keyboard';
import { AddToCollection } from '../collections/AddToCollection';
import { AddToProposal } from '../proposals/AddToProposal';

export interface AnnotationEdit {
  color?: AnnotationColor;
  style?: AnnotationStyle;
  comment?: string;
  tags?: string[];
}

/** What the editor shows and changes of an annotation, on an article or on a page. */
export type EditableAnnotation = Pick<Annotation, 'id' | 'color' | 'style' | 'body'>;

/** How long after the last keystroke a comment is saved. */
const autosaveDelayMs = 800;

/** What part of the editor takes the focus when it opens. */
export type EditorFocus = 'comment' | 'tags' | 'colour';

/**
 * The editor of one annotation, floating under its text: colour, highlight or underline,
 * comment (Markdown), tags, copy with citation, delete. A colour, style or tag is saved the
 * moment it changes; the comment shortly after typing stops, and at once when it loses the
 * focus, on Ctrl+Enter, with its button, or when the editor closes. Esc closes it.
 */
export function AnnotationEditor({
  annotation,
  quote,
  at,
  focus,
  onChange,
  onDelete,
  onCopy,
  onClose,
}: {
  annotation: EditableAnnotation;
  /** the text it marks; empty for a region of a page */
  quote: string;
  at: FloatingAnchor | null;
  focus: EditorFocus;
  onChange: (edit: AnnotationEdit) => void;
  onDelete: () => void;
  onCopy: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const saved = commentOf(annotation);
  const [comment, setComment] = useState(saved);
  const [tagDraft, setTagDraft] = useState('');
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const tagRef = useRef<HTMLInputElement>(null);
  const colourRef = useRef<HTMLFieldSetElement>(null);
  const ids = useId();
  const savedTags = tagsOf(annotation);
  // The tags as last sent, until the annotation comes back with them: a second tag entered
  // before the first save returns is added to both, not to the list from before the first.
  const [sentTags, setSentTags] = useState<string[] | null>(null);
  const tags = sentTags ?? savedTags;
  if (sentTags !== null && sameTags(sentTags, savedTags)) setSentTags(null);
  const saveTags = (next: string[]) => {
    setSentTags(next);
    onChange({ tags: next });
  };
  const isDirty = comment !== saved;
  // What the latest render holds, for the saves made from timers and on the way out.
  const pending = useRef({ comment, isDirty, onChange });
  pending.current = { comment, isDirty, onChange };
  const flushComment = useCallback(() => {
    const { comment: unsaved, isDirty: isUnsaved, onChange: save } = pending.current;
    if (!isUnsaved) return;
    pending.current.isDirty = false;
    save({ comment: unsaved });
  }, []);

  // Another window may change the comment; take it unless the reader is editing it.
  useEffect(() => {
    if (document.activeElement !== commentRef.current) setComment(saved);
  }, [saved]);

  useEffect(() => {
    if (focus === 'comment') commentRef.current?.focus();
    else if (focus === 'tags') tagRef.current?.focus();
    else colourRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [annotation.id, focus]);

  const saveComment = flushComment;

  // Nothing typed is lost: the comment is saved a moment after typing stops, when the editor
  // goes away (another view, another annotation) and when the window is closed or reloaded.
  useEffect(() => {
    if (!isDirty) return;
    const timer = setTimeout(flushComment, autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [comment, isDirty]);
  useEffect(() => {
    window.addEventListener('pagehide', flushComment);
    return () => {
      window.removeEventListener('pagehide', flushComment);
      flushComment();
    };
  }, []);
  const addTag = () => {
    const tag = tagDraft.trim().replace(/[,，]$/u, '').trim();
    setTagDraft('');
    if (tag && !tags.includes(tag)) saveTags([...tags, tag]);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !isComposingKey(event)) {
      event.preventDefault();
      event.stopPropagation();
      saveComment();
      onClose();
    }
  };

  return (
    <div
      className="annotation-editor"
      role="dialog"
      aria-label={t('annotate.editor')}
      style={at ? floatingStyle(at, 'below') : undefined}
      onKeyDown={onKeyDown}
      data-annotation-id={annotation.id}
    >
      {quote && (
        <blockquote className="annotation-editor-quote" lang="zh-CN">
          {quote}
        </blockquote>
      )}
      <div className="annotation-editor-row">
        <fieldset className="swatches" ref={colourRef}>
          <legend className="visually-hidden">{t('annotate.colour')}</legend>
          {annotationColors.map((color) => (
            <label key={color} className={`swatch swatch-${color}`} title={t(`annotate.color.${color}`)}>
              <input
                type="radio"
                name={`${ids}-colour`}
                value={color}
                checked={annotation.color === color}
                onChange={() => onChange({ color })}
                aria-label={t(`annotate.color.${color}`)}
              />
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('annotate.style')}</legend>
          {(['highlight', 'underline'] as const).map((style) => (
            <label key={style} className={`segmented-item${annotation.style === style ? ' is-active' : ''}`}>
              <input
                type="radio"
                className="visually-hidden"
                name={`${ids}-style`}
                value={style}
                checked={annotation.style === style}
                onChange={() => onChange({ style })}
              />
              {t(style === 'highlight' ? 'annotate.styleHighlight' : 'annotate.styleUnderline')}
            </label>
          ))}
        </fieldset>
      </div>
      <label className="annotation-editor-label" htmlFor={`${ids}-comment`}>
        {t('annotate.commentLabel')}
      </label>
      <textarea
        id={`${ids}-comment`}
        ref={commentRef}
        className="annotation-editor-comment"
        rows={3}
        value={comment}
        placeholder={t('annotate.commentPlaceholder')}
        onChange={(event) => setComment(event.target.value)}
        onBlur={saveComment}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !isComposingKey(event)) {
            event.preventDefault();
            saveComment();
          }
        }}
      />
      <div className="annotation-editor-row">
        <button type="button" className="button" disabled={!isDirty} onClick={saveComment} aria-keyshortcuts="Control+Enter">
          {t('annotate.save')}
        </button>
        <span className="annotation-editor-state" role="status">
          {isDirty ? t('annotate.unsaved') : t('annotate.saved')}
        </span>
      </div>
      <div className="annotation-editor-tags" role="group" aria-label={t('annotate.tagsLabel')}>
        {tags.map((tag) => (
          <span key={tag} className="tag">
            #{tag}
            <button type="button" className="tag-remove" aria-label={t('annotate.removeTag', { tag })} onClick={() => saveTags(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          ref={tagRef}
          className="tag-input"
          value={tagDraft}
          aria-label={t('annotate.addTag')}
          placeholder={t('annotate.addTag')}
          maxLength={64}
          onChange={(event) => setTagDraft(event.target.value)}
          onKeyDown={(event) => {
            if (isComposingKey(event)) return;
            if (event.key === 'Enter' || event.key === ',' || event.key === '，') {
              event.preventDefault();
              addTag();
            }
          }}
          onBlur={addTag}
        />
      </div>
      <div className="annotation-editor-actions">
        <button type="button" className="button" onClick={onCopy}>
          {t('annotate.copyCited')}
        </button>
        <AddToCollection item={{ kind: 'annotation', id: annotation.id }} />
        <AddToProposal annotationId={annotation.id} />
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            // What was typed is saved first, so that undoing the delete brings it back.
            flushComment();
            onDelete();
          }}
        >
          {t('annotate.delete')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            saveComment();
            onClose();
          }}
        >
          {t('annotate.close')}
        </button>
      </div>
    </div>
  );
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}
