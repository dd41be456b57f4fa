import type {
  ApiArgs,
  ApiEventName,
  ApiEventPayloads,
  ApiMethodName,
  ApiResults,
  EventSubscriber,
  JianbaoApi,
} from '../../../shared/api';
import { apiMethods } from '../../../shared/api';
import { articleIdOfTarget } from '../../../shared/annotation';
import { JianbaoError } from '../../../shared/errors';
import { pageOfTarget } from '../../../shared/page-annotation';
import type { ImportReport } from '../../../shared/import-types';
import type { SearchResults } from '../../../shared/search-types';
import type { RecoveredFile } from '../../../shared/recovery';
import type { LayoutCorrection, PageCorrections, PageToCorrect } from '../../../shared/layout-corrections';
import type {
  ArchiveInfo,
  ArticleDetail,
  ContinueReading,
  IssueDetail,
  IssueSummary,
  ReadingState,
  Settings,
} from '../../../shared/model';
import { FakeAnnotations } from './fake-annotations';
import type { Collection } from '../../../shared/collection';
import { emptyProposalFields, lengthOf, type Proposal, type ProposalFields } from '../../../shared/proposal';
import type { Digest } from '../../../shared/digest';
import type { AnnotationFileImportReport } from '../../../shared/export-api';
import { listAnnotationEntries, type AnnotationListEntry } from '../../../shared/annotation-list';
import { sampleArchive, type FakeArchive } from './sample-archive';

type Listeners = { [E in ApiEventName]: Set<(payload: ApiEventPayloads[E]) => void> };

/**
 * The API as the core answers it, over an archive held in memory. Results cross a JSON
 * round trip as they do at every real door. Tests can make the next call to a method fail,
 * and fire events.
 */
export class FakeJianbaoApi implements JianbaoApi {
  readonly calls: { method: ApiMethodName; args: unknown }[] = [];
  private readonly failures = new Map<ApiMethodName, Error[]>();
  private readonly listeners: Listeners = { onDidChangeLibrary: new Set(), onDidChangeSettings: new Set(), onDidImportProgress: new Set(), onDidChangeAnnotations: new Set(), onDidRecoverFile: new Set() };
  /** what getRecoveryReport answers */
  recoveries: RecoveredFile[] = [];

  constructor(public archive: FakeArchive = sampleArchive()) {}

  /** The next call to `method` rejects with `error`. */
  failNext(method: ApiMethodName, error: Error = new JianbaoError('INTERNAL', '读取失败 / Read failed')): void {
    const queue = this.failures.get(method) ?? [];
    queue.push(error);
    this.failures.set(method, queue);
  }

  emit<E extends ApiEventName>(event: E, payload: ApiEventPayloads[E]): void {
    for (const listener of [...this.listeners[event]]) listener(payload);
  }

  callsTo(method: ApiMethodName): unknown[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  /** what getInfo says of the archive: the demo alone (the first start) or not */
  isDemoOnly = false;

  getInfo(args: ApiArgs<'getInfo'>): Promise<ArchiveInfo> {
    return this.answer('getInfo', args, () => ({
      archiveDir: '/fake/archive',
      isDemoOnly: this.isDemoOnly,
      counts: {
        papers: this.archive.papers.length,
        issues: this.archive.issues.length,
        pages: this.archive.issues.reduce((sum, issue) => sum + issue.pages.length, 0),
        articles: this.archive.articles.length,
        documents: 0,
        annotations: 0,
      },
    }));
  }

  listPapers(args: ApiArgs<'listPapers'>) {
    return this.answer('listPapers', args, () => this.archive.papers);
  }

  listIssues(args: ApiArgs<'listIssues'>) {
    return this.answer('listIssues', args, () =>
      this.archive.issues
        .filter((issue) => args.paperId === undefined || issue.paperId === args.paperId)
        .map((issue): IssueSummary => {
          const leadId = issue.pages.find((page) => page.number === 1)?.articleIds[0];
          const lead = this.archive.articles.find((candidate) => candidate.id === leadId);
          return {
            id: issue.id,
            paperId: issue.paperId,
            paperName: this.paper(issue.paperId).name,
            date: issue.date,
            number: issue.number,
            pageCount: issue.pages.length,
            articleCount: issue.pages.reduce((sum, page) => sum + page.articleIds.length, 0),
            leadTitle: lead?.title,
          };
        }),
    );
  }

  getIssue(args: ApiArgs<'getIssue'>) {
    return this.answer('getIssue', args, (): IssueDetail | null => {
      const issue = this.archive.issues.find((candidate) => candidate.id === args.issueId);
      if (!issue) return null;
      const articles = this.archive.articles
        .filter((candidate) => candidate.issueId === issue.id)
        .map(({ blocks: _blocks, text: _text, ...meta }) => meta);
      return { issue, paper: this.paper(issue.paperId), articles };
    });
  }

  getArticle(args: ApiArgs<'getArticle'>) {
    return this.answer('getArticle', args, (): ArticleDetail | null => {
      const article = this.archive.articles.find((candidate) => candidate.id === args.articleId);
      const issue = this.archive.issues.find((candidate) => candidate.id === article?.issueId);
      if (!article || !issue) return null;
      const page = issue.pages.find((candidate) => candidate.articleIds.includes(article.id));
      const readingOrder = [...issue.pages].sort((a, b) => a.number - b.number).flatMap((p) => p.articleIds);
      const index = readingOrder.indexOf(article.id);
      return {
        article,
        paper: this.paper(issue.paperId),
        issue: { id: issue.id, date: issue.date, number: issue.number },
        page: { number: page?.number ?? article.pageNumber, section: page?.section ?? '' },
        previousArticleId: readingOrder[index - 1] ?? null,
        nextArticleId: readingOrder[index + 1] ?? null,
      };
    });
  }

  getSettings(args: ApiArgs<'getSettings'>) {
    return this.answer('getSettings', args, () => this.archive.settings);
  }

  updateSettings(args: ApiArgs<'updateSettings'>) {
    return this.answer('updateSettings', args, (): Settings => {
      this.archive.settings = { ...this.archive.settings, ...args };
      this.emit('onDidChangeSettings', this.archive.settings);
      return this.archive.settings;
    });
  }

  listDocuments(args: ApiArgs<'listDocuments'>) {
    return this.answer('listDocuments', args, () => this.archive.documents);
  }

  getDocument(args: ApiArgs<'getDocument'>) {
    return this.answer('getDocument', args, () => {
      const meta = this.archive.documents.find((d) => d.id === args.documentId);
      return meta ? { ...meta, contentHash: meta.contentHash ?? '', blocks: [], text: '' } : null;
    });
  }

  getReadingState(args: ApiArgs<'getReadingState'>) {
    return this.answer('getReadingState', args, (): ReadingState => ({ continueReading: this.continueReading() }));
  }

  recordReading(args: ApiArgs<'recordReading'>) {
    return this.answer('recordReading', args, () => {
      this.archive.reading.last = args.place;
      if (args.place.kind === 'article' && args.position !== undefined) {
        this.archive.reading.positions[args.place.articleId] = args.position;
      }
      return null;
    });
  }

  getReadingPosition(args: ApiArgs<'getReadingPosition'>) {
    return this.answer('getReadingPosition', args, () => this.archive.reading.positions[args.articleId] ?? null);
  }

  /**
   * Imports nothing: answers `importReport` (by default every file unchanged). With
   * `holdImports()`, waits until the test calls `finishImport` (firing progress with `emit`
   * meanwhile) or the UI calls cancelImport.
   */
  importFiles(args: ApiArgs<'importFiles'>) {
    return this.answer('importFiles', args, () => {
      const report = this.importReport(args);
      if (!this.isHoldingImports) return report;
      return new Promise<ImportReport>((resolve) => {
        this.heldImports.push((finished) => resolve(finished ?? report));
      });
    });
  }

  /** Uploads are answered as importFiles answers their names (what a browser's picker or drop sends). */
  importUploads(args: ApiArgs<'importUploads'>) {
    this.uploads.push(...args.files);
    return this.answer('importUploads', args, () => {
      const report = this.importReport({ paths: args.files.map((file) => file.name) });
      if (!this.isHoldingImports) return report;
      return new Promise<ImportReport>((resolve) => {
        this.heldImports.push((finished) => resolve(finished ?? report));
      });
    });
  }

  /** Every file uploaded so far, as sent. */
  readonly uploads: ApiArgs<'importUploads'>['files'] = [];

  /** What importFiles answers; tests replace it. */
  importReport: (args: ApiArgs<'importFiles'>) => ImportReport = (args) => ({
    files: args.paths.map((path) => ({ path, status: 'unchanged' as const, warnings: [] })),
    issues: [],
    documents: [],
    changedArticleIds: [],
    cancelled: false,
  });

  private isHoldingImports = false;
  private heldImports: ((report?: ImportReport) => void)[] = [];

  /** From now on importFiles waits for finishImport or cancelImport. */
  holdImports(): void {
    this.isHoldingImports = true;
  }

  /** Lets the imports held so far answer, with `report` or what importReport gives. */
  finishImport(report?: ImportReport): void {
    for (const finish of this.heldImports.splice(0)) finish(report);
  }

  /** Ends the held imports as cancelled; answers how many there were. */
  cancelImport(args: ApiArgs<'cancelImport'>) {
    return this.answer('cancelImport', args, () => {
      const held = this.heldImports.splice(0);
      for (const finish of held) finish({ files: [], issues: [], documents: [], changedArticleIds: [], cancelled: true });
      return held.length;
    });
  }

  /** Answers what `searchAnswer` gives: by default, nothing found. */
  search(args: ApiArgs<'search'>) {
    return this.answer('search', args, () => this.searchAnswer(args));
  }

  /** What search answers; tests replace it. */
  searchAnswer: (args: ApiArgs<'search'>) => SearchResults = (args) => ({
    total: 0,
    offset: args.offset ?? 0,
    limit: args.limit ?? 50,
    hits: [],
    facets: { papers: [], years: [] },
  });

  rebuildSearchIndex(args: ApiArgs<'rebuildSearchIndex'>) {
    return this.answer('rebuildSearchIndex', args, () => ({ articles: 0, indexBytes: 0, buildMs: 0 }));
  }

  /** What listAllAnnotations lists, filtered and counted as the core does; tests seed it (test/annotation-list-fixtures.ts). */
  annotationList: AnnotationListEntry[] = [];

  listAllAnnotations(args: ApiArgs<'listAllAnnotations'>) {
    return this.answer('listAllAnnotations', args, () => listAnnotationEntries(this.annotationList, args));
  }

  /** Corrects the issue and its paper in the fake archive, and says the library changed. */
  correctIssue(args: ApiArgs<'correctIssue'>) {
    return this.answer('correctIssue', args, (): IssueDetail => {
      const issue = this.archive.issues.find((candidate) => candidate.id === args.issueId);
      if (!issue) throw new JianbaoError('NOT_FOUND', `没有这一期 / No issue ${args.issueId}`);
      const paper = this.paper(issue.paperId);
      if (args.paperName) paper.name = args.paperName;
      if (args.paperShortName) paper.shortName = args.paperShortName;
      if (args.number === null) delete issue.number;
      else if (args.number !== undefined) issue.number = args.number;
      for (const { pageNumber, section } of args.sections ?? []) {
        const page = issue.pages.find((p) => p.number === pageNumber);
        if (page) page.section = section;
      }
      this.emit('onDidChangeLibrary', { reason: 'metadata' });
      const articles = this.archive.articles.filter((a) => a.issueId === issue.id).map(({ blocks: _blocks, text: _text, ...meta }) => meta);
      return { issue, paper, articles };
    });
  }

  /** Annotations held in memory, anchored as the core anchors them; tests may seed `stored`. */
  readonly annotations = new FakeAnnotations(
    (textId) => this.archive.articles.find((a) => a.id === textId)?.text ?? this.documentTexts.get(textId) ?? null,
  );

  /** The text of the documents a test gives one (the fake archive's documents have none). */
  readonly documentTexts = new Map<string, string>();

  listAnnotations(args: ApiArgs<'listAnnotations'>) {
    return this.answer('listAnnotations', args, () => this.annotations.list(args));
  }

  createAnnotation(args: ApiArgs<'createAnnotation'>) {
    return this.answer('createAnnotation', args, () => this.changed(args.articleId, this.annotations.create(args)));
  }

  updateAnnotation(args: ApiArgs<'updateAnnotation'>) {
    return this.answer('updateAnnotation', args, () => this.changed(args.articleId, this.annotations.update(args)));
  }

  deleteAnnotation(args: ApiArgs<'deleteAnnotation'>) {
    return this.answer('deleteAnnotation', args, () => this.changed(args.articleId, this.annotations.remove(args)));
  }

  restoreAnnotation(args: ApiArgs<'restoreAnnotation'>) {
    return this.answer('restoreAnnotation', args, () =>
      this.changed(articleIdOfTarget(args.annotation.target.source) ?? '', this.annotations.restore(args)),
    );
  }

  listPageAnnotations(args: ApiArgs<'listPageAnnotations'>) {
    return this.answer('listPageAnnotations', args, () => this.annotations.listPage(args));
  }

  createPageAnnotation(args: ApiArgs<'createPageAnnotation'>) {
    return this.answer('createPageAnnotation', args, () => this.pageChanged(args, this.annotations.createOnPage(args)));
  }

  updatePageAnnotation(args: ApiArgs<'updatePageAnnotation'>) {
    return this.answer('updatePageAnnotation', args, () => this.pageChanged(args, this.annotations.updateOnPage(args)));
  }

  deletePageAnnotation(args: ApiArgs<'deletePageAnnotation'>) {
    return this.answer('deletePageAnnotation', args, () => this.pageChanged(args, this.annotations.removeFromPage(args)));
  }

  restorePageAnnotation(args: ApiArgs<'restorePageAnnotation'>) {
    return this.answer('restorePageAnnotation', args, () => {
      const restored = this.annotations.restoreOnPage(args);
      const page = pageOfTarget(restored.target.source);
      return page ? this.pageChanged(page, restored) : restored;
    });
  }

  /** Announces a change to a page's annotations. */
  private pageChanged<T extends { target: { source: string } }>(where: { issueId: string }, result: T): T {
    const page = pageOfTarget(result.target.source);
    this.emit('onDidChangeAnnotations', { articleId: null, issueId: where.issueId, ...(page ? { pageNumber: page.pageNumber } : {}) });
    return result;
  }

  /** Announces a change to an article's annotations, as the core does after each save. */
  private changed<T>(articleId: string, result: T): T {
    this.emit('onDidChangeAnnotations', { articleId });
    return result;
  }

  readonly onDidChangeAnnotations: EventSubscriber<ApiEventPayloads['onDidChangeAnnotations']> = (callback) =>
    this.subscribe('onDidChangeAnnotations', callback);

  /** What listPageCorrections answers per `issueId:pageNumber`; a page not here has no analysis. */
  readonly pageCorrections = new Map<string, PageCorrections>();
  /** What listPagesToCorrect answers */
  pagesToCorrect: PageToCorrect[] = [];

  listPageCorrections(args: ApiArgs<'listPageCorrections'>) {
    return this.answer('listPageCorrections', args, () => this.correctionsOf(args));
  }

  /** Records the correction on the seeded page (its analysis stays as seeded) and says the library changed. */
  applyPageCorrection(args: ApiArgs<'applyPageCorrection'>) {
    return this.answer('applyPageCorrection', args, () => {
      const page = this.correctionsOf(args);
      const next = { ...page, corrections: [...page.corrections, { ...args.correction, id: `corr-${page.corrections.length + 1}`, created: new Date(0).toISOString() } as LayoutCorrection] };
      this.pageCorrections.set(`${args.issueId}:${args.pageNumber}`, next);
      this.emit('onDidChangeLibrary', { reason: 'corrections' });
      return next;
    });
  }

  undoPageCorrection(args: ApiArgs<'undoPageCorrection'>) {
    return this.answer('undoPageCorrection', args, () => {
      const page = this.correctionsOf(args);
      if (!page.corrections.some((c) => c.id === args.correctionId)) throw new JianbaoError('NOT_FOUND', `没有这条校对 / No correction ${args.correctionId}`);
      const next = { ...page, corrections: page.corrections.filter((c) => c.id !== args.correctionId) };
      this.pageCorrections.set(`${args.issueId}:${args.pageNumber}`, next);
      this.emit('onDidChangeLibrary', { reason: 'corrections' });
      return next;
    });
  }

  listPagesToCorrect(args: ApiArgs<'listPagesToCorrect'>) {
    return this.answer('listPagesToCorrect', args, () => this.pagesToCorrect);
  }

  private correctionsOf({ issueId, pageNumber }: { issueId: string; pageNumber: number }): PageCorrections {
    return (
      this.pageCorrections.get(`${issueId}:${pageNumber}`) ?? {
        issueId, pageNumber, hasAnalysis: false, width: 0, height: 0, blocks: [], articles: [], corrections: [], unapplied: [], confidence: 1, isReviewed: false,
      }
    );
  }

  /** What exportAnnotations answers (its bytes: the format's name), getDigest and importAnnotationFile */
  digest: Digest = { title: '批注摘编', note: '', generated: new Date(0).toISOString(), count: 0, groups: [] };
  annotationImportReport: AnnotationFileImportReport = { added: 0, updated: 0, kept: 0, skipped: [] };
  /** the collections, held as made */
  collections: Collection[] = [];

  exportAnnotations(args: ApiArgs<'exportAnnotations'>) {
    return this.answer('exportAnnotations', args, () => ({ fileName: `批注.${args.format}`, mimeType: 'text/plain', data: btoa(args.format), count: this.digest.count }));
  }

  getDigest(args: ApiArgs<'getDigest'>) {
    return this.answer('getDigest', args, () => this.digest);
  }

  importAnnotationFile(args: ApiArgs<'importAnnotationFile'>) {
    return this.answer('importAnnotationFile', args, () => this.annotationImportReport);
  }

  listCollections(args: ApiArgs<'listCollections'>) {
    return this.answer('listCollections', args, () =>
      this.collections.map((c) => ({ id: c.id, name: c.name, note: c.note, itemCount: c.items.length, isSavedSearch: c.savedSearch !== null })),
    );
  }

  getCollection(args: ApiArgs<'getCollection'>) {
    return this.answer('getCollection', args, () => {
      const collection = this.collections.find((c) => c.id === args.collectionId);
      if (!collection) return null;
      const entries = collection.items.map((item) => ({
        ...item,
        title: this.archive.articles.find((a) => a.id === item.id)?.title ?? null,
        citation: '',
        sourceId: item.id,
        isFromSearch: false,
        isNew: false,
        isDocument: item.kind === 'document',
      }));
      return { collection, entries };
    });
  }

  createCollection(args: ApiArgs<'createCollection'>) {
    return this.answer('createCollection', args, () => {
      const at = new Date(0).toISOString();
      const collection: Collection = { id: `c-${this.collections.length + 1}`, name: args.name, note: args.note ?? '', items: [], savedSearch: args.query ? { query: args.query, seenArticleIds: [] } : null, created: at, modified: at };
      this.collections.push(collection);
      return collection;
    });
  }

  updateCollection(args: ApiArgs<'updateCollection'>) {
    return this.answer('updateCollection', args, () => {
      const collection = this.collectionOf(args.collectionId);
      Object.assign(collection, { ...(args.name ? { name: args.name } : {}), ...(args.note !== undefined ? { note: args.note } : {}), ...(args.items ? { items: args.items } : {}) });
      return collection;
    });
  }

  addToCollection(args: ApiArgs<'addToCollection'>) {
    return this.answer('addToCollection', args, () => {
      const collection = this.collectionOf(args.collectionId);
      if (!collection.items.some((i) => i.kind === args.item.kind && i.id === args.item.id)) collection.items.push(args.item);
      return collection;
    });
  }

  deleteCollection(args: ApiArgs<'deleteCollection'>) {
    return this.answer('deleteCollection', args, () => {
      const collection = this.collectionOf(args.collectionId);
      this.collections = this.collections.filter((c) => c !== collection);
      return collection;
    });
  }

  restoreCollection(args: ApiArgs<'restoreCollection'>) {
    return this.answer('restoreCollection', args, () => {
      this.collections.push(args.collection);
      return args.collection;
    });
  }

  markCollectionSeen(args: ApiArgs<'markCollectionSeen'>) {
    return this.answer('markCollectionSeen', args, () => this.collectionOf(args.collectionId));
  }

  /** The proposals, each with its saves (oldest first); the real desk is tested on the core (tests/e2e/proposal.test.ts). */
  readonly proposals = new Map<string, { proposal: Proposal; saves: ProposalFields[] }>();

  listProposals(args: ApiArgs<'listProposals'>) {
    return this.answer('listProposals', args, () =>
      [...this.proposals.values()]
        .filter(({ proposal }) => !args.text || JSON.stringify(proposal.fields).includes(args.text))
        .map(({ proposal }) => ({ id: proposal.id, title: proposal.fields.title, proposer: proposal.fields.proposer, status: proposal.fields.status, length: lengthOf(proposal.fields), modified: proposal.modified })),
    );
  }

  getProposal(args: ApiArgs<'getProposal'>) {
    return this.answer('getProposal', args, () => {
      const held = this.proposals.get(args.proposalId);
      if (!held) return null;
      const versions = held.saves.map((fields, index) => ({ index, at: new Date(index * 1000).toISOString(), title: fields.title, length: lengthOf(fields) })).reverse();
      return { proposal: held.proposal, versions };
    });
  }

  listProposalsCiting(args: ApiArgs<'listProposalsCiting'>) {
    return this.answer('listProposalsCiting', args, () =>
      [...this.proposals.values()].filter(({ proposal }) => proposal.fields.quotes.some((q) => q.sourceId === args.sourceId)).map(({ proposal }) => ({ id: proposal.id, title: proposal.fields.title })),
    );
  }

  createProposal(args: ApiArgs<'createProposal'>) {
    return this.answer('createProposal', args, () => {
      const proposal: Proposal = { id: `p-${this.proposals.size + 1}`, fields: { ...emptyProposalFields(), title: args.title ?? '' }, created: new Date(0).toISOString(), modified: new Date(0).toISOString() };
      this.proposals.set(proposal.id, { proposal, saves: [proposal.fields] });
      return proposal;
    });
  }

  saveProposal(args: ApiArgs<'saveProposal'>) {
    return this.answer('saveProposal', args, () => this.saveFields(args.proposalId, args.fields as ProposalFields));
  }

  restoreProposalVersion(args: ApiArgs<'restoreProposalVersion'>) {
    return this.answer('restoreProposalVersion', args, () => {
      const fields = this.proposals.get(args.proposalId)?.saves[args.index];
      if (!fields) throw new JianbaoError('NOT_FOUND', '没有这个版本 / No such version');
      return this.saveFields(args.proposalId, fields);
    });
  }

  /** What quoteAnnotation answers per annotation id; one not here is not found. */
  readonly quotes = new Map<string, ApiResults['quoteAnnotation']>();

  quoteAnnotation(args: ApiArgs<'quoteAnnotation'>) {
    return this.answer('quoteAnnotation', args, () => {
      const quote = this.quotes.get(args.annotationId);
      if (!quote) throw new JianbaoError('NOT_FOUND', '找不到批注 / No such annotation');
      return quote;
    });
  }

  exportProposal(args: ApiArgs<'exportProposal'>) {
    return this.answer('exportProposal', args, () => ({ fileName: `提案.${args.format}`, mimeType: 'text/plain', data: btoa(args.format), count: 0 }));
  }

  private saveFields(proposalId: string, fields: ProposalFields): Proposal {
    const held = this.proposals.get(proposalId);
    if (!held) throw new JianbaoError('NOT_FOUND', '找不到提案 / No such proposal');
    held.proposal = { ...held.proposal, fields, modified: new Date(held.saves.length * 1000).toISOString() };
    held.saves.push(fields);
    return held.proposal;
  }

  private collectionOf(collectionId: string): Collection {
    const collection = this.collections.find((c) => c.id === collectionId);
    if (!collection) throw new JianbaoError('NOT_FOUND', `找不到专题 / No collection ${collectionId}`);
    return collection;
  }

  getRecoveryReport(args: ApiArgs<'getRecoveryReport'>) {
    return this.answer('getRecoveryReport', args, () => this.recoveries);
  }

  readonly onDidRecoverFile: EventSubscriber<ApiEventPayloads['onDidRecoverFile']> = (callback) =>
    this.subscribe('onDidRecoverFile', callback);

  readonly onDidChangeLibrary: EventSubscriber<ApiEventPayloads['onDidChangeLibrary']> = (callback) =>
    this.subscribe('onDidChangeLibrary', callback);

  readonly onDidChangeSettings: EventSubscriber<ApiEventPayloads['onDidChangeSettings']> = (callback) =>
    this.subscribe('onDidChangeSettings', callback);

  readonly onDidImportProgress: EventSubscriber<ApiEventPayloads['onDidImportProgress']> = (callback) =>
    this.subscribe('onDidImportProgress', callback);

  private subscribe<E extends ApiEventName>(event: E, callback: (payload: ApiEventPayloads[E]) => void) {
    const set = this.listeners[event] as Set<(payload: ApiEventPayloads[E]) => void>;
    set.add(callback);
    return () => {
      set.delete(callback);
    };
  }

  private continueReading(): ContinueReading | null {
    const place = this.archive.reading.last;
    if (!place) return null;
    const article = place.kind === 'article' ? this.archive.articles.find((a) => a.id === place.articleId) : undefined;
    const issueId = place.kind === 'article' ? article?.issueId : place.issueId;
    const issue = this.archive.issues.find((candidate) => candidate.id === issueId);
    const pageNumber = place.kind === 'article' ? (article?.pageNumber ?? 1) : place.pageNumber;
    const page = issue?.pages.find((candidate) => candidate.number === pageNumber);
    if (!issue || !page) return null;
    return {
      place,
      openedAt: '2024-03-06T08:00:00.000Z',
      issueId: issue.id,
      paperName: this.paper(issue.paperId).name,
      date: issue.date,
      pageNumber,
      section: page.section,
      ...(article ? { title: article.title } : {}),
    };
  }

  private paper(paperId: string) {
    const paper = this.archive.papers.find((candidate) => candidate.id === paperId);
    if (!paper) throw new JianbaoError('CORRUPT_FILE', `fake archive has no paper ${paperId}`);
    return paper;
  }

  private async answer<K extends ApiMethodName>(
    method: K,
    args: ApiArgs<K>,
    compute: () => ApiResults[K] | Promise<ApiResults[K]>,
  ): Promise<ApiResults[K]> {
    this.calls.push({ method, args });
    await Promise.resolve();
    const failure = this.failures.get(method)?.shift();
    if (failure) throw failure;
    // Arguments are checked as every real door checks them, so a view cannot pass what the core refuses.
    const checked = apiMethods[method].safeParse(JSON.parse(JSON.stringify(args ?? {})));
    if (!checked.success) throw new JianbaoError('INVALID_ARGUMENT', `参数无效 / Invalid arguments for ${method}: ${checked.error.message}`);
    const computed = compute();
    // Only a held import waits; every other answer keeps the timing it always had.
    const result = computed instanceof Promise ? await computed : computed;
    return JSON.parse(JSON.stringify(result ?? null)) as ApiResults[K];
  }
}
