import { homedir } from 'node:os';
import type { ApiArgs } from '../shared/api';
import { fromWireError, JianbaoError } from '../shared/errors';
import type { HitRange, SearchIndexStatus, SearchResults } from '../shared/search-types';
import { resolveArchiveDir } from '../main/core/archive/archive-location';
import { openCore, type Core } from '../main/core/open-core';

/** Where the search commands write, and the environment they read. */
export interface SearchCommandContext {
  env: Readonly<Record<string, string | undefined>>;
  out: (line: string) => void;
  err: (line: string) => void;
}

export const searchUsage = `  search QUERY [--json] [--limit N] [--offset N] [--paper P] [--section S]
         [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--sort relevance|date]
                      full-text search: 双循环 政协 (both), "国内 国际" (a phrase),
                      -防城港 (not), title:… author:… note:… (in one field)
  index [--rebuild]   bring the search index up to date, or build it anew`;

const valueOptions = new Set(['archive', 'limit', 'offset', 'paper', 'section', 'from', 'to', 'sort']);
const flagOptions = new Set(['json', 'rebuild', 'help']);

/** The options and query words of `search` / `index` arguments (after the command). */
export interface SearchCommandArgs {
  options: Map<string, string | true>;
  words: string[];
}

/**
 * Splits the arguments: `--name value`, `--name=value` and flags are options; everything
 * else (including `-word`, which excludes a word from the search) belongs to the query, as
 * does everything after `--`. node:util's strict parse would take `-防城港` for options.
 */
export function splitSearchArgs(args: readonly string[]): SearchCommandArgs {
  const options = new Map<string, string | true>();
  const words: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg.slice(2));
    if (flagOptions.has(name) && inline === undefined) {
      options.set(name, true);
    } else if (valueOptions.has(name)) {
      const value = inline ?? args[i + 1];
      if (value === undefined) throw new JianbaoError('INVALID_ARGUMENT', `--${name} 需要一个值 / --${name} needs a value`);
      if (inline === undefined) i += 1;
      options.set(name, value);
    } else {
      throw new JianbaoError('INVALID_ARGUMENT', `未知选项 / Unknown option: ${arg}`);
    }
  }
  return { options, words };
}

function splitOnce(text: string): [string, string | undefined] {
  const at = text.indexOf('=');
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** Runs `jianbao search …` or `jianbao index …` (argv starts with the command); resolves to the exit code. */
export async function runSearchCommand(argv: readonly string[], context: SearchCommandContext): Promise<number> {
  let core: Core | null = null;
  try {
    const [command, ...rest] = argv;
    const { options, words } = splitSearchArgs(rest);
    if (options.has('help')) {
      context.out(searchUsage);
      return 0;
    }
    const archive = options.get('archive');
    const archiveDir = resolveArchiveDir({
      flag: typeof archive === 'string' ? archive : undefined,
      env: context.env,
      platform: process.platform,
      homeDir: homedir(),
    });
    if (command === 'index') {
      if (words.length > 0) throw new JianbaoError('INVALID_ARGUMENT', `多余的参数 / Unexpected arguments: ${words.join(' ')}`);
      core = await openCore(archiveDir);
      const status = options.has('rebuild') ? await call(core, 'rebuildSearchIndex', {}) : await core.search.update();
      context.out(options.has('json') ? JSON.stringify(status, null, 2) : formatIndexStatus(status, options.has('rebuild')));
      return 0;
    }
    const query = words.join(' ').trim();
    if (query === '') {
      context.err(`jianbao: 请输入要查找的词 / Give a query: jianbao search QUERY\n${searchUsage}`);
      return 2;
    }
    core = await openCore(archiveDir);
    const args: ApiArgs<'search'> = { query, ...(await filtersOf(core, options)) };
    const results = await call(core, 'search', args);
    context.out(options.has('json') ? JSON.stringify(results, null, 2) : formatSearchResults(query, results));
    return 0;
  } catch (error) {
    context.err(`jianbao: ${(error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ')}`);
    return error instanceof JianbaoError && error.code === 'INVALID_ARGUMENT' ? 2 : 1;
  } finally {
    core?.search.close();
  }
}

/** Calls through the dispatcher, so the CLI's arguments are checked as every door's are. */
async function call<K extends 'search' | 'rebuildSearchIndex'>(
  core: Core,
  method: K,
  args: ApiArgs<K>,
): Promise<K extends 'search' ? SearchResults : SearchIndexStatus> {
  const result = await core.dispatch(method, args);
  if (!result.ok) throw fromWireError(result.error);
  return result.value as K extends 'search' ? SearchResults : SearchIndexStatus;
}

async function filtersOf(core: Core, options: Map<string, string | true>): Promise<Omit<ApiArgs<'search'>, 'query'>> {
  const text = (name: string): string | undefined => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const number = (name: string): number | undefined => {
    const value = text(name);
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed)) throw new JianbaoError('INVALID_ARGUMENT', `--${name} 需要整数 / --${name} needs a whole number: ${value}`);
    return parsed;
  };
  const filters: Omit<ApiArgs<'search'>, 'query'> = {};
  const limit = number('limit');
  const offset = number('offset');
  if (limit !== undefined) filters.limit = limit;
  if (offset !== undefined) filters.offset = offset;
  const paper = text('paper');
  if (paper !== undefined) filters.paperId = await paperIdOf(core, paper);
  for (const name of ['section', 'from', 'to'] as const) {
    const value = text(name);
    if (value !== undefined) filters[name] = value;
  }
  const sort = text('sort');
  if (sort !== undefined) {
    if (sort !== 'relevance' && sort !== 'date') {
      throw new JianbaoError('INVALID_ARGUMENT', `--sort 只能是 relevance 或 date / --sort is relevance or date, not ${sort}`);
    }
    filters.sort = sort;
  }
  return filters;
}

/** A paper named by id, name or short name. */
async function paperIdOf(core: Core, paper: string): Promise<string> {
  const papers = await core.handlers.listPapers({});
  const found = papers.find((p) => p.id === paper || p.name === paper || p.shortName === paper);
  if (found) return found.id;
  const known = papers.map((p) => `${p.name} (${p.id})`).join(', ') || '—';
  throw new JianbaoError('INVALID_ARGUMENT', `没有这份报纸 / No paper "${paper}" in the archive; known: ${known}`);
}

/** Text with its hits in 【…】. */
export function markHits(text: string, hits: readonly HitRange[]): string {
  let marked = '';
  let at = 0;
  for (const [start, end] of hits) {
    marked += `${text.slice(at, start)}【${text.slice(start, end)}】`;
    at = end;
  }
  return marked + text.slice(at);
}

/** Results for people: one block per hit (title, where it appeared, snippet), then the counts. */
export function formatSearchResults(query: string, results: SearchResults): string {
  const lines = [`${query}: ${results.total} 篇 / ${results.total} result${results.total === 1 ? '' : 's'}`];
  for (const hit of results.hits) {
    const { snippet } = hit;
    const text = `${snippet.hasMoreBefore ? '…' : ''}${markHits(snippet.text, snippet.hits)}${snippet.hasMoreAfter ? '…' : ''}`;
    lines.push(
      '',
      hit.kind === 'page' ? '版面文字 Text on the page (in no recognised article)' : markHits(hit.title, hit.titleHits),
      hit.kind === 'document'
        ? `  文档 Document${hit.date ? ` ${hit.date}` : ''}`
        : `  ${hit.paperName} ${hit.date} 第${hit.pageNumber}版${hit.section ? ` · ${hit.section}` : ''}${hit.byline ? `  ${markHits(hit.byline, hit.bylineHits ?? [])}` : ''}`,
      `  ${snippet.source === 'annotation' ? '批注 Note: ' : ''}${text}`,
      `  [${hit.articleId}]`,
    );
  }
  if (results.total > 0) {
    const shownTo = results.offset + results.hits.length;
    lines.push('', `显示 Showing ${results.offset + 1}–${shownTo} / ${results.total}${shownTo < results.total ? ` (--offset ${shownTo} for more)` : ''}`);
    if (results.rankedWithin !== undefined) {
      lines.push(`按相关度排序的是最近的 ${results.rankedWithin} 篇 / Ranked by relevance among the newest ${results.rankedWithin}`);
    }
    lines.push(
      `按报纸 By paper: ${results.facets.papers.map((f) => `${f.label} ${f.count}`).join(' · ')}`,
      `按年份 By year: ${results.facets.years.map((f) => `${f.label} ${f.count}`).join(' · ')}`,
    );
  }
  return lines.join('\n');
}

function formatIndexStatus(status: SearchIndexStatus, isRebuilt: boolean): string {
  const size = `${(status.indexBytes / 2 ** 20).toFixed(1)} MB`;
  const verb = isRebuilt ? '已重建索引 / Index rebuilt' : '索引已是最新 / Index up to date';
  return `${verb}: ${status.articles} 篇 articles, ${size}, ${(status.buildMs / 1000).toFixed(1)} s`;
}
