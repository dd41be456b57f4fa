import { TextAnchorer } from '../../../shared/anchoring/anchor';
import type { Annotation } from '../../../shared/annotation';
import type { PageText } from '../../../shared/import-types';
import { pageTextOf, type PageAnnotation } from '../../../shared/page-annotation';
import type { Archive } from '../archive/archive';

/** Where an annotation lands in its target's current text; null when it is orphaned. */
export type AnchorRange = { start: number; end: number } | null;

/**
 * The one place the core decides whether an annotation still anchors, for every kind of
 * target: an article's or a document's canonical text, and a page replica's text as the
 * import stored it (pages/<issue>.json). The all-annotations view, `jianbao annotations list`
 * and the annotation books all ask here, so they cannot disagree.
 *
 * Each text is folded once (a TextAnchorer per text, on first need); an annotation whose stored
 * position still holds its quote is anchored without folding anything.
 */
export class AnchorStates {
  private readonly anchorers = new Map<string, TextAnchorer>();

  /**
   * @param textOf the current text of an article or document by id, undefined when it has left the archive
   * @param pageTextOf the stored text of a page of an issue, undefined when the page has none
   */
  constructor(
    private readonly textOf: (textId: string) => string | undefined,
    private readonly pageTextOf: (pageNumber: number) => PageText | undefined = () => undefined,
  ) {}

  /** Builds the states over one issue's article texts and stored page texts (or a document's text). */
  static over(texts: readonly { id: string; text: string }[], pageTexts: readonly PageText[] = []): AnchorStates {
    const byId = new Map(texts.map((t) => [t.id, t.text]));
    const byPage = new Map(pageTexts.map((p) => [p.pageNumber, p]));
    return new AnchorStates((id) => byId.get(id), (n) => byPage.get(n));
  }

  /** Where an annotation on the text `textId` (an article or a document) lands now. */
  ofText(textId: string, annotation: Annotation): AnchorRange {
    const text = this.textOf(textId);
    if (text === undefined) return null;
    const [quote, position] = annotation.target.selector;
    if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
    return toRange(this.anchorer(`t:${textId}`, text).anchor(annotation.target.selector));
  }

  /**
   * Whether a page annotation still anchors: a region alone always does (it marks the picture);
   * text anchors against the page's stored text, so a re-import that lost the words orphans it
   * here as it does on the replica's text layer.
   */
  isPageAnchored(pageNumber: number, annotation: PageAnnotation): boolean {
    const selectors = pageTextOf(annotation);
    if (!selectors) return true;
    const page = this.pageTextOf(pageNumber);
    if (!page) return false;
    return this.anchorer(`p:${pageNumber}`, page.text).anchor(selectors) !== null;
  }

  private anchorer(key: string, text: string): TextAnchorer {
    let anchorer = this.anchorers.get(key);
    if (!anchorer) this.anchorers.set(key, (anchorer = new TextAnchorer(text)));
    return anchorer;
  }
}

function toRange(anchor: { start: number; end: number } | null): AnchorRange {
  return anchor ? { start: anchor.start, end: anchor.end } : null;
}

/**
 * The anchor states of an archive's annotations, read lazily: the texts of one issue (its
 * articles and its stored page texts) or of one document, the first time one of its
 * annotations is asked about.
 */
export function archiveAnchorStates(archive: Archive): (ownerId: string) => Promise<AnchorStates> {
  const loaded = new Map<string, Promise<AnchorStates>>();
  const load = async (ownerId: string): Promise<AnchorStates> => {
    const library = await archive.library.read();
    if (library.documents.some((d) => d.id === ownerId)) {
      const document = (await archive.documentBody(ownerId).read()).document;
      return AnchorStates.over(document ? [{ id: document.id, text: document.text }] : []);
    }
    if (!library.issues.some((i) => i.id === ownerId)) return AnchorStates.over([]);
    const [articles, pages] = await Promise.all([archive.articles(ownerId).read(), archive.pageTexts(ownerId).read()]);
    return AnchorStates.over(articles.articles, pages.pages);
  };
  return (ownerId) => {
    let states = loaded.get(ownerId);
    if (!states) loaded.set(ownerId, (states = load(ownerId)));
    return states;
  };
}
