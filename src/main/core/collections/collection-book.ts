import type { Collection, CollectionDetail, CollectionEntry, CollectionItem, CollectionSummary } from '../../../shared/collection';
import { JianbaoError } from '../../../shared/errors';
import type { Archive } from '../archive/archive';
import type { JsonStore } from '../storage/json-store';
import { readArchiveAnnotations, type CitedAnnotation } from '../annotations/export-w3c';
import { gbtCitation, SourceCitations } from '../export/cite-sources';
import type { CollectionsFile } from './collections-file';

/** What a saved search needs of the search index: its public query for matching article ids. */
export interface ArticleMatcher {
  matchingArticleIds(query: string): Promise<string[]>;
}

export interface CollectionBookOptions {
  now: () => Date;
  newId: () => string;
}

/**
 * The reader's collections (专题) in collections.json: made, renamed, reordered, filled and
 * deleted here, each change one atomic update of the file. A saved search's matches are found
 * when the collection is opened, so an issue imported later adds its matching articles, marked
 * new until the reader has seen them.
 */
export class CollectionBook {
  constructor(
    private readonly archive: Archive,
    private readonly store: JsonStore<CollectionsFile>,
    private readonly matcher: ArticleMatcher,
    private readonly options: CollectionBookOptions,
  ) {}

  /** Every collection, in the order made. */
  async list(): Promise<CollectionSummary[]> {
    const { collections } = await this.store.read();
    return collections.map((c) => ({ id: c.id, name: c.name, note: c.note, itemCount: c.items.length, isSavedSearch: c.savedSearch !== null }));
  }

  /** The collection with this id, or null. */
  async get(collectionId: string): Promise<Collection | null> {
    return (await this.store.read()).collections.find((c) => c.id === collectionId) ?? null;
  }

  /** The collection named `name` (as the CLI names one), or null. */
  async byName(name: string): Promise<Collection | null> {
    const wanted = name.trim().normalize('NFC');
    return (await this.store.read()).collections.find((c) => c.name === wanted) ?? null;
  }

  /** A new collection; with `query`, a saved search whose present matches count as seen. */
  async create(args: { name: string; note?: string | undefined; query?: string | undefined }): Promise<Collection> {
    const seen = args.query === undefined ? null : await this.matches(args.query);
    const at = this.options.now().toISOString();
    const collection: Collection = {
      id: this.options.newId(),
      name: args.name.trim().normalize('NFC'),
      note: args.note ?? '',
      items: [],
      savedSearch: args.query === undefined || seen === null ? null : { query: args.query, seenArticleIds: seen },
      created: at,
      modified: at,
    };
    await this.store.update((file) => {
      assertNameFree(file, collection.name, null);
      file.collections.push(collection);
    });
    return collection;
  }

  /** Renames, re-notes or reorders; `items` replaces the list (duplicates dropped). */
  async update(args: { collectionId: string; name?: string | undefined; note?: string | undefined; items?: readonly CollectionItem[] | undefined }): Promise<Collection> {
    return this.change(args.collectionId, (collection, file) => {
      if (args.name !== undefined) {
        const name = args.name.trim().normalize('NFC');
        assertNameFree(file, name, collection.id);
        collection.name = name;
      }
      if (args.note !== undefined) collection.note = args.note;
      if (args.items !== undefined) collection.items = uniqueItems(args.items);
    });
  }

  /** Adds an item at the end, unless it is there already. */
  async add(collectionId: string, item: CollectionItem): Promise<Collection> {
    return this.change(collectionId, (collection) => {
      collection.items = uniqueItems([...collection.items, { kind: item.kind, id: item.id }]);
    });
  }

  /** Deletes the collection and returns it (for undo). */
  async delete(collectionId: string): Promise<Collection> {
    return this.store.update((file) => {
      const at = file.collections.findIndex((c) => c.id === collectionId);
      const [removed] = at === -1 ? [] : file.collections.splice(at, 1);
      if (!removed) throw notFound(collectionId);
      return removed;
    });
  }

  /** Puts a deleted collection back, as it was. */
  async restore(collection: Collection): Promise<Collection> {
    await this.store.update((file) => {
      if (file.collections.some((c) => c.id === collection.id)) return;
      assertNameFree(file, collection.name, null);
      file.collections.push(collection);
    });
    return collection;
  }

  /** Every present match of the saved search counts as seen: none is marked new any more. */
  async markSeen(collectionId: string): Promise<Collection> {
    const collection = await this.get(collectionId);
    if (!collection) throw notFound(collectionId);
    if (collection.savedSearch === null) return collection;
    const matches = await this.matches(collection.savedSearch.query);
    return this.change(collectionId, (c) => {
      if (c.savedSearch) c.savedSearch.seenArticleIds = [...new Set([...c.savedSearch.seenArticleIds, ...matches])];
    });
  }

  /**
   * The collection's entries in the reader's order, each cited; then a saved search's matches
   * not listed by hand, newest issue first, those not yet seen marked new.
   */
  async detail(collectionId: string): Promise<CollectionDetail | null> {
    const collection = await this.get(collectionId);
    if (!collection) return null;
    const library = await this.archive.library.read();
    const sources = new SourceCitations(library);
    const annotations = collection.items.some((i) => i.kind === 'annotation') ? await annotationsById(this.archive) : new Map<string, CitedAnnotation>();
    const entries: CollectionEntry[] = collection.items.map((item) => entryOf(item, sources, annotations));
    if (collection.savedSearch !== null) {
      const listed = new Set(collection.items.filter((i) => i.kind === 'article').map((i) => i.id));
      const seen = new Set(collection.savedSearch.seenArticleIds);
      const dates = new Map(library.issues.map((i) => [i.id, i.date]));
      const issueOf = new Map(library.articles.map((a) => [a.id, a.issueId]));
      const dateOf = (articleId: string) => dates.get(issueOf.get(articleId) ?? '') ?? '';
      const matches = (await this.matches(collection.savedSearch.query)).filter((articleId) => !listed.has(articleId));
      matches.sort((a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : a < b ? -1 : 1));
      for (const articleId of matches) {
        entries.push({ ...entryOf({ kind: 'article', id: articleId }, sources, annotations), isFromSearch: true, isNew: !seen.has(articleId) });
      }
    }
    return { collection, entries };
  }

  /** The articles of the archive that the query matches now. */
  private async matches(query: string): Promise<string[]> {
    const library = await this.archive.library.read();
    const articles = new Set(library.articles.map((a) => a.id));
    return (await this.matcher.matchingArticleIds(query)).filter((id) => articles.has(id));
  }

  private async change(collectionId: string, edit: (collection: Collection, file: CollectionsFile) => void): Promise<Collection> {
    return this.store.update((file) => {
      const collection = file.collections.find((c) => c.id === collectionId);
      if (!collection) throw notFound(collectionId);
      edit(collection, file);
      collection.modified = this.options.now().toISOString();
      return collection;
    });
  }
}

/** Every text annotation of the archive by id, cited. */
export async function annotationsById(archive: Archive): Promise<Map<string, CitedAnnotation>> {
  const { annotations } = await readArchiveAnnotations(archive);
  return new Map(annotations.map((cited) => [cited.annotation.id, cited]));
}

function entryOf(item: CollectionItem, sources: SourceCitations, annotations: ReadonlyMap<string, CitedAnnotation>): CollectionEntry {
  const base = { kind: item.kind, id: item.id, isFromSearch: false, isNew: false };
  if (item.kind === 'annotation') {
    const cited = annotations.get(item.id);
    return {
      ...base,
      title: cited ? cited.annotation.target.selector[0].exact : null,
      citation: cited ? gbtCitation(cited.article) : '',
      sourceId: cited?.article.articleId ?? '',
      isDocument: cited ? cited.article.paperId.startsWith('document:') : false,
    };
  }
  const cited = item.kind === 'article' ? sources.article(item.id) : sources.document(item.id);
  return { ...base, title: cited?.title ?? null, citation: cited ? gbtCitation(cited) : '', sourceId: item.id, isDocument: item.kind === 'document' };
}

function uniqueItems(items: readonly CollectionItem[]): CollectionItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((item) => ({ kind: item.kind, id: item.id }));
}

function assertNameFree(file: CollectionsFile, name: string, exceptId: string | null): void {
  if (file.collections.some((c) => c.name === name && c.id !== exceptId)) {
    throw new JianbaoError('INVALID_ARGUMENT', `已有名为“${name}”的专题 / A collection named "${name}" exists already: choose another name.`);
  }
}

function notFound(collectionId: string): JianbaoError {
  return new JianbaoError('NOT_FOUND', `找不到专题 ${collectionId} / No collection ${collectionId} in this archive.`);
}
