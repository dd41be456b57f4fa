import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleMeta, Issue, Page, Paper } from '../../src/shared/model';

/**
 * A synthetic Chinese archive for the search benchmark: articles of about 1,500 characters
 * made of words drawn from a generated vocabulary of a few thousand Han words by a Zipf law
 * (as word frequencies in real text are), with punctuation and paragraph breaks. Seeded, so
 * every run with the same arguments writes the same archive. Written straight in the
 * archive's file format (one library.json at the end rather than one update per issue).
 */

/** A seeded PRNG (mulberry32): numbers in [0, 1). */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Vocabulary {
  words: string[];
  /** cumulative Zipf weights, for sampling by rank */
  cumulative: Float64Array;
}

/** `size` distinct Han words of 1–4 characters from a pool of common-looking ideographs. */
export function makeVocabulary(random: () => number, size: number): Vocabulary {
  const pool: string[] = [];
  const seen = new Set<string>();
  while (pool.length < 2500) {
    const char = String.fromCodePoint(0x4e00 + Math.floor(random() * (0x9fa5 - 0x4e00)));
    if (seen.has(char)) continue;
    pool.push(char);
    seen.add(char);
  }
  const words: string[] = [];
  const known = new Set<string>();
  while (words.length < size) {
    const roll = random();
    const length = roll < 0.08 ? 1 : roll < 0.63 ? 2 : roll < 0.88 ? 3 : 4;
    let word = '';
    for (let i = 0; i < length; i += 1) word += pool[Math.floor(random() * pool.length)];
    if (known.has(word)) continue;
    words.push(word);
    known.add(word);
  }
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let rank = 0; rank < size; rank += 1) {
    sum += 1 / (rank + 2.7);
    cumulative[rank] = sum;
  }
  return { words, cumulative };
}

/** One word, by the Zipf law of the vocabulary. */
export function zipfWord(vocabulary: Vocabulary, random: () => number): string {
  const { cumulative, words } = vocabulary;
  const target = random() * (cumulative[cumulative.length - 1] as number);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cumulative[mid] as number) < target) low = mid + 1;
    else high = mid;
  }
  return words[low] as string;
}

function sentence(vocabulary: Vocabulary, random: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    text += zipfWord(vocabulary, random);
    const roll = random();
    if (roll < 0.09) text += '，';
    else if (roll < 0.12) text += '。';
    else if (roll < 0.125) text += `${Math.floor(random() * 3000)}年`;
  }
  return text.replace(/[，]$/, '') + '。';
}

export interface SyntheticArchive {
  articles: number;
  issues: number;
  /** a few stretches of Han text taken from the articles, for queries that cross word boundaries */
  samples: string[];
}

const papers: Paper[] = [
  { id: 'syn-daily', name: '合成日报', shortName: '合成' },
  { id: 'syn-cppcc', name: '合成政协报', shortName: '合成政协' },
  { id: 'syn-evening', name: '合成晚报', shortName: '晚报' },
];
const sections = ['要闻', '综合', '关注', '精选', '专题', '视点', '文史', '副刊'];
const articlesPerIssue = 12;

/** Writes an archive of `count` articles into `dir` (which must be empty). */
export async function writeSyntheticArchive(dir: string, count: number, seed: number): Promise<SyntheticArchive> {
  const random = randomSource(seed);
  const vocabulary = makeVocabulary(random, 5000);
  await mkdir(join(dir, 'articles'), { recursive: true });
  await mkdir(join(dir, 'annotations'), { recursive: true });
  await mkdir(join(dir, 'index'), { recursive: true });
  const issues: Issue[] = [];
  const metas: ArticleMeta[] = [];
  const samples: string[] = [];
  const start = Date.UTC(1990, 0, 1);
  for (let made = 0, issueNumber = 0; made < count; issueNumber += 1) {
    const paper = papers[issueNumber % papers.length] as Paper;
    const date = new Date(start + Math.floor(issueNumber / papers.length) * 86_400_000).toISOString().slice(0, 10);
    const issueId = `${paper.id}-${date}`;
    const pages: Page[] = sections.map((section, i) => ({ number: i + 1, section, articleIds: [] }));
    const articles: Article[] = [];
    for (let i = 0; i < articlesPerIssue && made < count; i += 1, made += 1) {
      const page = pages[Math.min(pages.length - 1, Math.floor(i / 1.5))] as Page;
      const paragraphs: string[] = [];
      let length = 0;
      const target = 1350 + Math.floor(random() * 300);
      while (length < target) {
        const paragraph = sentence(vocabulary, random, 80 + Math.floor(random() * 220));
        paragraphs.push(paragraph);
        length += paragraph.length + 1;
      }
      const text = paragraphs.join('\n');
      const id = `a-${made.toString(16).padStart(16, '0')}`;
      const meta: ArticleMeta = {
        id,
        issueId,
        pageNumber: page.number,
        ...(random() < 0.2 ? { kicker: sentence(vocabulary, random, 8).slice(0, -1) } : {}),
        title: sentence(vocabulary, random, 6 + Math.floor(random() * 10)).slice(0, -1),
        byline: `□ 本报记者 ${zipfWord(vocabulary, random)}${zipfWord(vocabulary, random)}`.slice(0, 12),
        contentHash: createHash('sha256').update(text).digest('hex'),
      };
      page.articleIds.push(id);
      metas.push(meta);
      articles.push({ ...meta, blocks: paragraphs.map((p) => ({ kind: 'paragraph', text: p })), text });
      if (samples.length < 400 && random() < 0.05) samples.push(text);
    }
    issues.push({ id: issueId, paperId: paper.id, date, number: issueNumber + 1, pages, sources: [] });
    await writeFile(join(dir, 'articles', `${issueId}.json`), JSON.stringify({ schemaVersion: 1, issueId, articles }));
  }
  const library = { schemaVersion: 1, papers, issues, articles: metas, documents: [] };
  await writeFile(join(dir, 'library.json'), JSON.stringify(library));
  return { articles: metas.length, issues: issues.length, samples };
}

/**
 * The benchmark's queries: mostly single terms of 2–4 characters, each a word of the
 * vocabulary picked uniformly (a term someone looks up, of any frequency); some stretches of
 * article text of 2–4 characters, which cross word boundaries (and, picked from running text,
 * are often the commonest words); and some two-term queries.
 */
export function makeQueries(count: number, seed: number, samples: readonly string[]): string[] {
  const random = randomSource(seed);
  const vocabulary = makeVocabulary(randomSource(seed), 5000);
  const multi = vocabulary.words.filter((word) => word.length >= 2);
  const uniform = (): string => multi[Math.floor(random() * multi.length)] as string;
  const stretch = (): string => {
    for (;;) {
      const text = samples[Math.floor(random() * samples.length)] as string;
      const length = 2 + Math.floor(random() * 3);
      const at = Math.floor(random() * (text.length - length));
      const piece = text.slice(at, at + length);
      if (/^[\u4e00-\u9fff]+$/.test(piece)) return piece;
    }
  };
  const queries: string[] = [];
  while (queries.length < count) {
    const roll = random();
    if (roll < 0.8 || samples.length === 0) queries.push(uniform());
    else if (roll < 0.9) queries.push(stretch());
    else queries.push(`${uniform()} ${uniform()}`);
  }
  return queries;
}
