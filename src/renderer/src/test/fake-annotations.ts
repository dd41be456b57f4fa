import type { ApiArgs, ApiResults } from '../../../shared/api';
import { TextAnchorer } from '../../../shared/anchoring/anchor';
import { describeRange } from '../../../shared/anchoring/selectors';
import { articleIdOfTarget, articleUrn, editedAnnotation, newAnnotation, type Annotation } from '../../../shared/annotation';
import { JianbaoError } from '../../../shared/errors';
import { pageTextSelectors, pageUrn, regionSelector, withPageText, type PageAnnotation } from '../../../shared/page-annotation';

/**
 * The annotation methods as the core answers them (anchored on every read, orphans kept),
 * over annotations held in memory: what the annotation UI's tests run against.
 */
export class FakeAnnotations {
  readonly stored: Annotation[] = [];
  readonly onPages: PageAnnotation[] = [];
  private nextId = 1;
  private clock = Date.parse('2026-03-06T08:00:00.000Z');

  constructor(private readonly textOf: (articleId: string) => string | null) {}

  list({ articleId }: ApiArgs<'listAnnotations'>): ApiResults['listAnnotations'] {
    const anchorer = new TextAnchorer(this.text(articleId));
    return this.stored
      .filter((a) => a.target.source === articleUrn(articleId))
      .map((annotation) => ({ annotation, anchor: range(anchorer.anchor(annotation.target.selector)) }))
      .sort((a, b) => (a.anchor?.start ?? Infinity) - (b.anchor?.start ?? Infinity));
  }

  create({ articleId, start, end, color, style, comment, tags }: ApiArgs<'createAnnotation'>): ApiResults['createAnnotation'] {
    const selector = this.selectors(articleId, start, end);
    const annotation: Annotation = newAnnotation({
      id: `urn:uuid:00000000-0000-4000-8000-${String(this.nextId++).padStart(12, '0')}`,
      at: this.tick(),
      creator: '测试读者',
      target: { source: articleUrn(articleId), selector },
      color,
      style,
      comment,
      tags,
    });
    this.stored.push(annotation);
    return { annotation, anchor: { start: selector[1].start, end: selector[1].end } };
  }

  update({ articleId, id, range: newRange, ...changes }: ApiArgs<'updateAnnotation'>): ApiResults['updateAnnotation'] {
    const at = this.stored.findIndex((a) => a.id === id);
    const current = this.stored[at];
    if (!current) throw new JianbaoError('NOT_FOUND', `找不到批注 / No annotation ${id}`);
    const target = newRange ? { ...current.target, selector: this.selectors(articleId, newRange.start, newRange.end) } : current.target;
    const next: Annotation = editedAnnotation(current, changes, this.tick(), target);
    this.stored[at] = next;
    return { annotation: next, anchor: range(new TextAnchorer(this.text(articleId)).anchor(next.target.selector)) };
  }

  remove({ id }: ApiArgs<'deleteAnnotation'>): ApiResults['deleteAnnotation'] {
    const at = this.stored.findIndex((a) => a.id === id);
    const [removed] = at === -1 ? [] : this.stored.splice(at, 1);
    if (!removed) throw new JianbaoError('NOT_FOUND', `找不到批注 / No annotation ${id}`);
    return removed;
  }

  restore({ annotation }: ApiArgs<'restoreAnnotation'>): ApiResults['restoreAnnotation'] {
    if (!this.stored.some((a) => a.id === annotation.id)) this.stored.push(annotation);
    const articleId = articleIdOfTarget(annotation.target.source) ?? '';
    return { annotation, anchor: range(new TextAnchorer(this.text(articleId)).anchor(annotation.target.selector)) };
  }

  listPage({ issueId, pageNumber }: ApiArgs<'listPageAnnotations'>): ApiResults['listPageAnnotations'] {
    return this.onPages.filter((a) => a.target.source === pageUrn(issueId, pageNumber));
  }

  createOnPage({ issueId, pageNumber, text, regions, color, style, comment, tags }: ApiArgs<'createPageAnnotation'>): ApiResults['createPageAnnotation'] {
    const annotation: PageAnnotation = newAnnotation({
      id: `urn:uuid:00000000-0000-4000-9000-${String(this.nextId++).padStart(12, '0')}`,
      at: this.tick(),
      creator: '测试读者',
      target: { source: pageUrn(issueId, pageNumber), selector: [...(text ? pageTextSelectors(text) : []), ...(regions ?? []).map(regionSelector)] },
      color,
      style,
      comment,
      tags,
    });
    this.onPages.push(annotation);
    return annotation;
  }

  updateOnPage({ id, text, ...changes }: ApiArgs<'updatePageAnnotation'>): ApiResults['updatePageAnnotation'] {
    const at = this.onPages.findIndex((a) => a.id === id);
    const current = this.onPages[at];
    if (!current) throw new JianbaoError('NOT_FOUND', `找不到批注 / No annotation ${id}`);
    const selector = text ? withPageText(current.target.selector, text) : current.target.selector;
    const next: PageAnnotation = editedAnnotation(current, changes, this.tick(), { ...current.target, selector });
    this.onPages[at] = next;
    return next;
  }

  removeFromPage({ id }: ApiArgs<'deletePageAnnotation'>): ApiResults['deletePageAnnotation'] {
    const at = this.onPages.findIndex((a) => a.id === id);
    const [removed] = at === -1 ? [] : this.onPages.splice(at, 1);
    if (!removed) throw new JianbaoError('NOT_FOUND', `找不到批注 / No annotation ${id}`);
    return removed;
  }

  restoreOnPage({ annotation }: ApiArgs<'restorePageAnnotation'>): ApiResults['restorePageAnnotation'] {
    if (!this.onPages.some((a) => a.id === annotation.id)) this.onPages.push(annotation as PageAnnotation);
    return annotation as PageAnnotation;
  }

  private text(articleId: string): string {
    const text = this.textOf(articleId);
    if (text === null) throw new JianbaoError('NOT_FOUND', `找不到文章 / No article ${articleId}`);
    return text;
  }

  private selectors(articleId: string, start: number, end: number) {
    const text = this.text(articleId);
    if (!(start >= 0 && start < end && end <= text.length)) {
      throw new JianbaoError('INVALID_ARGUMENT', `所选范围不在文章中 / The range ${start}–${end} is not within the article`);
    }
    return describeRange(text, start, end);
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }
}

function range(anchor: { start: number; end: number } | null): { start: number; end: number } | null {
  return anchor ? { start: anchor.start, end: anchor.end } : null;
}
