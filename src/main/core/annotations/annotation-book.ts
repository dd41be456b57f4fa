import { TextAnchorer } from '../../../shared/anchoring/anchor';
import { describeRange } from '../../../shared/anchoring/selectors';
import {
  articleUrn,
  documentUrn,
  editedAnnotation,
  newAnnotation,
  textIdOfTarget,
  type AnchoredAnnotation,
  type Annotation,
  type AnnotationLook,
} from '../../../shared/annotation';
import { JianbaoError } from '../../../shared/errors';
import type { StoredAnnotation } from '../archive/archive-files';
import type { Archive } from '../archive/archive';
import { AnchorStates } from './anchor-states';
import { notFound, putBack, takeOut } from './annotation-file-edits';

/** A new annotation on a range of an article's canonical text (UTF-16 offsets). */
export interface AnnotationDraft extends AnnotationLook {
  articleId: string;
  start: number;
  end: number;
}

/** What an edit may change; `range` re-attaches an orphaned (or moved) annotation. */
export interface AnnotationChanges extends AnnotationLook {
  range?: { start: number; end: number } | undefined;
}

export interface AnnotationBookOptions {
  now: () => Date;
  newId: () => string;
  /** the local profile name, shown as creator */
  creatorName: () => Promise<string>;
}

/**
 * The annotations of the archive, kept per issue in annotations/<issue>.json. Each change is
 * written when it is made, under the file's lock and after re-reading it, so the app and the
 * CLI editing at once lose neither change. Anchors are computed against the article's
 * current text on every read: an annotation that no longer anchors is returned with a null
 * anchor (orphaned) and kept, never dropped.
 */
export class AnnotationBook {
  constructor(
    private readonly archive: Archive,
    private readonly options: AnnotationBookOptions,
  ) {}

  /** The annotations on one article, in text order, orphans last. */
  async list(articleId: string): Promise<AnchoredAnnotation[]> {
    const article = await this.article(articleId);
    const stored = (await this.archive.annotations(article.fileKey).read()).annotations;
    const anchors = AnchorStates.over([{ id: articleId, text: article.text }]);
    return stored
      .filter(isAnnotationOn(article.urn))
      .map((annotation) => ({ annotation, anchor: anchors.ofText(articleId, annotation) }))
      .sort((a, b) => (a.anchor?.start ?? Infinity) - (b.anchor?.start ?? Infinity));
  }

  /** Creates an annotation on a range of the article and saves it at once. */
  async create(draft: AnnotationDraft): Promise<AnchoredAnnotation> {
    const article = await this.article(draft.articleId);
    const selector = selectorsFor(article, draft.start, draft.end);
    const annotation: Annotation = newAnnotation({
      id: `urn:uuid:${this.options.newId()}`,
      at: this.options.now().toISOString(),
      creator: await this.options.creatorName(),
      target: { source: article.urn, selector },
      ...draft,
    });
    await this.archive.annotations(article.fileKey).update((file) => {
      file.annotations.push(annotation);
    });
    return { annotation, anchor: { start: selector[1].start, end: selector[1].end } };
  }

  /** Changes an annotation and saves it at once. */
  async update(articleId: string, id: string, changes: AnnotationChanges): Promise<AnchoredAnnotation> {
    const article = await this.article(articleId);
    const range = changes.range ? selectorsFor(article, changes.range.start, changes.range.end) : null;
    const updated = await this.archive.annotations(article.fileKey).update((file) => {
      const at = file.annotations.findIndex((a) => a.id === id);
      const current = file.annotations[at];
      // Only an annotation of the text named: another article's, a document's or a page's
      // annotation in the same file is not this text's to change.
      if (!current || !isAnnotationOn(article.urn)(current)) throw notFound(id);
      const next: Annotation = editedAnnotation(current, changes, this.options.now().toISOString(), range ? { ...current.target, selector: range } : current.target);
      file.annotations[at] = next;
      return next;
    });
    return { annotation: updated, anchor: toRange(new TextAnchorer(article.text).anchor(updated.target.selector)) };
  }

  /** Deletes an annotation; returns it, so that the delete can be undone with `restore`. */
  async remove(articleId: string, id: string): Promise<Annotation> {
    const article = await this.article(articleId);
    return this.archive.annotations(article.fileKey).update((file) => {
      return takeOut(file, id, isAnnotationOn(article.urn));
    });
  }

  /** Puts a deleted annotation back as it was (undo). Restoring one that exists changes nothing. */
  async restore(annotation: Annotation): Promise<AnchoredAnnotation> {
    const articleId = textIdOfTarget(annotation.target.source);
    if (!articleId) throw new JianbaoError('INVALID_ARGUMENT', `无法恢复该批注 / Cannot restore annotation ${annotation.id}: it targets no article or document.`);
    const article = await this.article(articleId);
    await this.archive.annotations(article.fileKey).update((file) => {
      putBack(file, annotation);
    });
    return { annotation, anchor: toRange(new TextAnchorer(article.text).anchor(annotation.target.selector)) };
  }

  /** The text an id names: an article's, kept with its issue's annotations, or a document's, kept with its own. */
  private async article(articleId: string): Promise<AnnotatedText> {
    const library = await this.archive.library.read();
    const meta = library.articles.find((a) => a.id === articleId);
    const article = meta && (await this.archive.articles(meta.issueId).read()).articles.find((a) => a.id === articleId);
    if (article) return { text: article.text, fileKey: article.issueId, urn: articleUrn(article.id) };
    const document = library.documents.some((d) => d.id === articleId) ? (await this.archive.documentBody(articleId).read()).document : null;
    if (document) return { text: document.text, fileKey: document.id, urn: documentUrn(document.id) };
    throw new JianbaoError('NOT_FOUND', `找不到文章 ${articleId} / No article or document ${articleId} in this archive.`);
  }
}

/** A text annotations are made on: its canonical text, the annotation file it goes in, its target URN. */
interface AnnotatedText {
  text: string;
  /** the issue's id for an article, the document's own for a document */
  fileKey: string;
  urn: string;
}

function selectorsFor(article: AnnotatedText, start: number, end: number) {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= article.text.length)) {
    throw new JianbaoError(
      'INVALID_ARGUMENT',
      `所选范围不在文章中 / The range ${start}–${end} is not within the article (length ${article.text.length}).`,
    );
  }
  return describeRange(article.text, start, end);
}

function toRange(anchor: { start: number; end: number } | null): { start: number; end: number } | null {
  return anchor ? { start: anchor.start, end: anchor.end } : null;
}

/** Whether a stored entry is an annotation on text as this version writes them. */
function isAnnotation(stored: StoredAnnotation): stored is StoredAnnotation & Annotation {
  const target = stored.target as Annotation['target'] | undefined;
  return stored.type === 'Annotation' && typeof target?.source === 'string' && Array.isArray(target.selector) && Array.isArray(stored.body);
}

/** Whether a stored entry is an annotation on the text `urn` names (and on no other target). */
function isAnnotationOn(urn: string): (stored: StoredAnnotation) => stored is StoredAnnotation & Annotation {
  return (stored): stored is StoredAnnotation & Annotation => isAnnotation(stored) && stored.target.source === urn;
}
