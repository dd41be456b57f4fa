/**
 * The records of the archive (see DESIGN.md, "What is in the archive"). Plain JSON: these
 * cross every door unchanged.
 */

/** A newspaper, e.g. a CPPCC daily. */
export interface Paper {
  id: string;
  name: string;
  shortName: string;
}

/** One block of an article's body. Its `text` is part of the article's canonical text. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'caption';
  text: string;
}

/** What the library keeps of an article; its blocks live in `articles/<issue>.json`. */
export interface ArticleMeta {
  id: string;
  issueId: string;
  pageNumber: number;
  /** 引题 */
  kicker?: string;
  title: string;
  /** 副题 */
  subtitle?: string;
  /** e.g. "□ 本报记者 林晓" */
  byline?: string;
  /** 责任编辑, where the source names one */
  editor?: string;
  /** 来源: where a reprinted or web article comes from */
  source?: string;
  /** sha256 of the canonical text, hex */
  contentHash: string;
}

/** An area of a page replica, in PDF points from the page's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The replica of a page: page `pageIndex` (0-based) of an original file in `originals/`. */
export interface Replica {
  sha256: string;
  ext: 'pdf' | 'png' | 'jpg';
  pageIndex: number;
}

/** A page (版) of an issue. */
export interface Page {
  number: number;
  /** 栏目, e.g. 要闻 */
  section: string;
  replica?: Replica;
  /** article areas on the replica (热区), where known */
  areas?: { articleId: string; rect: Rect }[];
  articleIds: string[];
  /** the headline of the page's lead article, as an issue's page list gives it */
  leadTitle?: string;
  /**
   * How sure the layout analysis of the page's replica was (0..1, issue 13), for the 待校对
   * list without reading every page's text; absent on a page that was not analysed.
   */
  analysisConfidence?: number;
}

/** One issue (期) of a paper. */
export interface Issue {
  id: string;
  paperId: string;
  /** YYYY-MM-DD */
  date: string;
  /** 总第N期, where known */
  number?: number;
  pages: Page[];
  /** sha256 of the original files this issue was imported from */
  sources: string[];
}

/** An article with its body. */
export interface Article extends ArticleMeta {
  blocks: Block[];
  /** The canonical plain text: the blocks' text joined with "\n", NFC (see canonical-text.ts). */
  text: string;
}

/** Counts and location of an archive, as `jianbao info` prints them. */
export interface ArchiveInfo {
  archiveDir: string;
  counts: {
    papers: number;
    issues: number;
    pages: number;
    articles: number;
    documents: number;
    annotations: number;
  };
  /** true while the archive holds the demo and nothing the reader brought in */
  isDemoOnly: boolean;
}

/** An issue as listed in the library. */
export interface IssueSummary {
  id: string;
  paperId: string;
  paperName: string;
  date: string;
  number?: number;
  pageCount: number;
  articleCount: number;
  /** the lead headline of page 1, where there is one */
  leadTitle?: string;
}

/** An issue with its paper and the metadata of every article, page by page. */
export interface IssueDetail {
  issue: Issue;
  paper: Paper;
  articles: ArticleMeta[];
}

/** An article with where it stands: paper, issue date, page and section. */
export interface ArticleDetail {
  article: Article;
  paper: Paper;
  issue: { id: string; date: string; number?: number };
  page: { number: number; section: string };
  /** neighbours in reading order within the issue, for previous/next */
  previousArticleId: string | null;
  nextArticleId: string | null;
}

export type Locale = 'zh-CN' | 'en';

/** The colours articles are read in. */
export type ReadingTheme = 'light' | 'sepia' | 'dark';

/** How wide a column of article text runs. */
export type ArticleWidth = 'narrow' | 'normal' | 'wide';

/** The reader's settings (settings.json). */
export interface Settings {
  locale: Locale;
  /** shown as the creator of annotations */
  profileName: string;
  articleFontSize: number;
  readingTheme: ReadingTheme;
  articleWidth: ArticleWidth;
}

/** A place a reader opened: an article, or one page (版) of an issue. */
export type ReadingPlace =
  | { kind: 'article'; articleId: string }
  | { kind: 'page'; issueId: string; pageNumber: number };

/** "Continue reading": the last place opened, with what the library shows of it. */
export interface ContinueReading {
  place: ReadingPlace;
  /** ISO time it was opened */
  openedAt: string;
  issueId: string;
  paperName: string;
  date: string;
  pageNumber: number;
  section: string;
  /** the article's title, when the place is an article */
  title?: string;
}

/** Where the reader stands in the archive (reading.json). */
export interface ReadingState {
  /** null when nothing was opened yet, or what was opened has left the archive */
  continueReading: ContinueReading | null;
}

/** A standalone report, proposal or other document (no paper or date required). */
export interface DocumentMeta {
  id: string;
  title: string;
  kind: 'report' | 'proposal' | 'other';
  pageCount: number;
  sources: string[];
  /** sha256 of the canonical text, hex (its blocks live in `documents/<id>.json`) */
  contentHash?: string;
  /** the original the pages show, where it has pages (a PDF) */
  replica?: { sha256: string; ext: 'pdf' };
  /** YYYY-MM-DD, where the document says */
  date?: string;
}
