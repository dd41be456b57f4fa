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

/** The reader's settings (settings.json). */
export interface Settings {
  locale: Locale;
  /** shown as the creator of annotations */
  profileName: string;
  articleFontSize: number;
}

/** A standalone report, proposal or other document (no paper or date required). */
export interface DocumentMeta {
  id: string;
  title: string;
  kind: 'report' | 'proposal' | 'other';
  pageCount: number;
  sources: string[];
}
