/**
 * The 批注摘编 (annotation digest): annotations grouped by the article (or document, or page)
 * they are on, each group cited in GB/T 7714-2015 form. One plain-JSON shape that the Word
 * export writes and the print view shows, so both say the same.
 */

/** One quote of a digest, with what the reader wrote about it. */
export interface DigestEntry {
  annotationId: string;
  /** the marked text; '' for a region drawn on a page */
  quote: string;
  /** Markdown, as written */
  comment: string;
  tags: string[];
}

/** The quotes from one source, under its title and citation. */
export interface DigestGroup {
  kind: 'article' | 'document' | 'page';
  /** the article's or document's id; the id for a page */
  sourceId: string;
  /** the title as the digest heads the group */
  heading: string;
  /** GB/T 7714-2015: `作者. 题名[N]. 报纸名, 2026-03-04(1).` */
  citation: string;
  /** YYYY-MM-DD; '' when undated */
  date: string;
  entries: DigestEntry[];
}

export interface Digest {
  title: string;
  /** the collection's note; '' when none */
  note: string;
  /** ISO time of writing */
  generated: string;
  /** how many annotations the groups hold */
  count: number;
  groups: DigestGroup[];
}
