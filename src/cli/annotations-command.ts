import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { annotationColors, commentOf, tagsOf, type AnnotationColor } from '../shared/annotation';
import { JianbaoError } from '../shared/errors';
import { AnnotationBook } from '../main/core/annotations/annotation-book';
import { archiveAnchorStates } from '../main/core/annotations/anchor-states';
import { toMarkdown } from '../main/core/annotations/export-markdown';
import type { CitedPageAnnotation } from '../main/core/annotations/export-pages';
import { readArchiveAnnotations, toW3cCollection, type AnnotationFilter, type CitedAnnotation } from '../main/core/annotations/export-w3c';
import { pageTextOf } from '../shared/page-annotation';
import { importW3cFile } from '../main/core/annotations/import-w3c';
import { openCore, type Core } from '../main/core/open-core';
import { oneLine } from './format';

/** Where `jianbao annotations` works and writes. */
export interface AnnotationsCommandOptions {
  /** the archive, resolved by the caller from --archive, $JIANBAO_ARCHIVE or the default */
  archiveDir: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** One annotation as `annotations list --json` prints it. */
export interface ListedAnnotation {
  id: string;
  state: 'anchored' | 'orphaned';
  quote: string;
  /** where it anchors in the article's current text; null when orphaned (and on a page) */
  start: number | null;
  end: number | null;
  /** null for an annotation on a page replica (its text, or a region: quote '') */
  articleId: string | null;
  title: string | null;
  paper: string;
  date: string;
  page: number | null;
  color: AnnotationColor;
  comment: string;
  tags: string[];
  creator: string;
  created: string;
  modified: string;
}

const usage = `Usage: jianbao annotations <command> [--archive DIR] [options]

  list [--json]                       every annotation, anchored or orphaned, with its quote
  add --article ID --exact TEXT [--prefix P] [--color ${annotationColors.join('|')}] [--comment C] [--tag T]…
                                      annotate the first occurrence of TEXT (or the one after P)
  export --format md|w3c [--tag T]… [--from YYYY-MM-DD] [--to YYYY-MM-DD] [-o FILE]
                                      Markdown, or a W3C Web Annotation collection (JSON-LD)
  import FILE                         merge a W3C annotation file: new ones added, newer edits win`;

const options = {
  archive: { type: 'string' },
  json: { type: 'boolean' },
  article: { type: 'string' },
  exact: { type: 'string' },
  prefix: { type: 'string' },
  color: { type: 'string' },
  comment: { type: 'string' },
  tag: { type: 'string', multiple: true },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

const subcommands: Readonly<Record<string, readonly (keyof Values)[]>> = {
  list: ['json'],
  add: ['article', 'exact', 'prefix', 'color', 'comment', 'tag'],
  export: ['format', 'tag', 'from', 'to', 'output'],
  import: [],
};

/** A mistake in the command line: printed with a hint, exit code 2. */
class UsageError extends JianbaoError {
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
  }
}

/**
 * `jianbao annotations list|add|export|import`. `args` are the words after `annotations` (a
 * leading `annotations` is skipped too; `--archive DIR` may stay in them, the caller has
 * resolved it into `archiveDir`). Resolves to the exit code: 0 done, 1 failed (or, for
 * import, some annotations skipped, each named on stderr), 2 a mistake in the command line.
 */
export async function runAnnotationsCommand(args: string[], { archiveDir, out, err }: AnnotationsCommandOptions): Promise<number> {
  try {
    const words = args[0] === 'annotations' ? args.slice(1) : args;
    let parsed;
    try {
      parsed = parseArgs({ args: words, options, allowPositionals: true, strict: true });
    } catch (error) {
      // node's message goes on with a hint about '--' that does not help here
      throw new UsageError(`无效的参数 / Invalid arguments: ${(error as Error).message.replace(/\. To specify .*$/s, '')}`);
    }
    const { values, positionals } = parsed;
    const [command, ...rest] = positionals;
    if (values.help || command === 'help') {
      out(usage);
      return 0;
    }
    const allowed = command === undefined ? undefined : subcommands[command];
    if (!allowed) {
      throw new UsageError(
        command === undefined ? '缺少子命令 / Missing command: list, add, export or import' : `未知的子命令 ${command} / Unknown command "${command}": use list, add, export or import`,
      );
    }
    const stray = Object.keys(values).find((key) => key !== 'archive' && !allowed.includes(key as keyof Values));
    if (stray) throw new UsageError(`选项 --${stray} 不适用于 ${command} / Option --${stray} does not apply to "annotations ${command}"`);
    if (command !== 'import' && rest.length > 0) throw new UsageError(`多余的参数 ${rest[0]} / Unexpected argument "${rest[0]}"`);

    // Each command checks its arguments before it opens the archive.
    const open = () => openCore(archiveDir);
    switch (command) {
      case 'list':
        return await list(open, values.json === true, out);
      case 'add':
        return await add(open, values, out);
      case 'export':
        return await exportAnnotations(open, values, out, err);
      default:
        return await importFile(open, rest, out, err);
    }
  } catch (error) {
    const hint = error instanceof UsageError ? ' (jianbao annotations help)' : '';
    err(`jianbao annotations: ${oneLine(error)}${hint}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

type OpenCore = () => Promise<Core>;

async function list(open: OpenCore, json: boolean, out: (line: string) => void): Promise<number> {
  const core = await open();
  const { annotations, pages } = await readArchiveAnnotations(core.archive);
  const statesOf = archiveAnchorStates(core.archive);
  const listed: ListedAnnotation[] = [];
  for (const cited of annotations) {
    const states = await statesOf(cited.article.issueId);
    listed.push(toListed(cited, cited.article.title === null ? null : states.ofText(cited.article.articleId, cited.annotation)));
  }
  for (const cited of pages) {
    const states = await statesOf(cited.page.issueId);
    listed.push(toListedOnPage(cited, states.isPageAnchored(cited.page.page, cited.annotation)));
  }
  if (json) out(JSON.stringify(listed, null, 2));
  else if (listed.length === 0) out('（没有批注） / No annotations in this archive.');
  else for (const entry of listed) out(formatListed(entry));
  return 0;
}

function toListed({ annotation, article }: CitedAnnotation, anchor: { start: number; end: number } | null): ListedAnnotation {
  return {
    id: annotation.id,
    state: anchor ? 'anchored' : 'orphaned',
    quote: annotation.target.selector[0].exact,
    start: anchor?.start ?? null,
    end: anchor?.end ?? null,
    articleId: article.articleId,
    title: article.title,
    paper: article.paper,
    date: article.date,
    page: article.page,
    color: annotation.color,
    comment: commentOf(annotation),
    tags: tagsOf(annotation),
    creator: annotation.creator.name,
    created: annotation.created,
    modified: annotation.modified,
  };
}

/** An annotation on a page replica: the core reads no PDF text, so it lists as anchored, like the app's list. */
function toListedOnPage({ annotation, page }: CitedPageAnnotation, isAnchored: boolean): ListedAnnotation {
  return {
    id: annotation.id,
    state: isAnchored ? 'anchored' : 'orphaned',
    quote: pageTextOf(annotation)?.[0].exact ?? '',
    start: null,
    end: null,
    articleId: null,
    title: null,
    paper: page.paper,
    date: page.date,
    page: page.page,
    color: annotation.color,
    comment: commentOf(annotation),
    tags: tagsOf(annotation),
    creator: annotation.creator.name,
    created: annotation.created,
    modified: annotation.modified,
  };
}

function formatListed(entry: ListedAnnotation): string {
  const state = entry.state === 'anchored' ? '已定位 anchored' : '未定位 orphaned';
  const what = entry.articleId === null ? '（版面 page）' : ` 《${entry.title ?? entry.articleId}》`;
  const where = `${entry.paper} ${entry.date}${entry.page === null ? '' : ` 第${entry.page}版`}${what}`;
  const comment = entry.comment ? ` — ${short(entry.comment, 40)}` : '';
  const tags = entry.tags.map((t) => ` #${t}`).join('');
  const quote = entry.quote ? `“${short(entry.quote, 40)}”` : '（区域 region）';
  return `[${state}] ${where} ${quote}${comment}${tags}  ${entry.id}`;
}

async function add(open: OpenCore, values: Values, out: (line: string) => void): Promise<number> {
  if (!values.article) throw new UsageError('缺少 --article / add needs --article ID (see "jianbao list")');
  if (!values.exact) throw new UsageError('缺少 --exact / add needs --exact TEXT, the text to annotate');
  const color = values.color === undefined ? undefined : annotationColors.find((c) => c === values.color);
  if (values.color !== undefined && !color) {
    throw new UsageError(`无效的颜色 ${values.color} / Invalid colour "${values.color}": use ${annotationColors.join(', ')}`);
  }
  const core = await open();
  const detail = await core.handlers.getArticle({ articleId: values.article });
  if (!detail) throw new JianbaoError('NOT_FOUND', `找不到文章 ${values.article} / No article ${values.article} in this archive (see "jianbao list").`);
  const { text, title } = detail.article;
  const exact = values.exact.normalize('NFC');
  const prefix = values.prefix?.normalize('NFC');
  const occurrences: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) occurrences.push(at);
  if (occurrences.length === 0) {
    throw new JianbaoError('NOT_FOUND', `文章《${title}》中没有“${exact}” / "${exact}" is not in the article "${title}"; copy it exactly as the article has it.`);
  }
  const start = prefix === undefined ? occurrences[0] : occurrences.find((at) => text.slice(0, at).endsWith(prefix));
  if (start === undefined) {
    throw new JianbaoError(
      'NOT_FOUND',
      `“${exact}”在文章中出现 ${occurrences.length} 次，但都不在“${prefix}”之后 / "${exact}" occurs ${occurrences.length} times in the article, never right after "${prefix}".`,
    );
  }
  const { annotation } = await bookOf(core).create({
    articleId: detail.article.id,
    start,
    end: start + exact.length,
    color,
    comment: values.comment,
    tags: values.tag,
  });
  out(`已添加批注 / Added annotation ${annotation.id}: 《${title}》 “${short(exact, 40)}” (${start}–${start + exact.length})`);
  return 0;
}

async function exportAnnotations(open: OpenCore, values: Values, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const format = values.format;
  if (format !== 'md' && format !== 'w3c') {
    throw new UsageError(format === undefined ? '缺少 --format / export needs --format md or --format w3c' : `无效的格式 ${format} / Invalid format "${format}": use md or w3c`);
  }
  const filter: AnnotationFilter = { tags: values.tag, from: dateOption('from', values.from), to: dateOption('to', values.to) };
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new UsageError(`--from ${filter.from} 晚于 --to ${filter.to} / --from ${filter.from} is after --to ${filter.to}`);
  }
  const { annotations, pages, unreadable } = await readArchiveAnnotations((await open()).archive, filter);
  const content =
    format === 'md'
      ? toMarkdown(annotations, { filter, pages })
      : `${JSON.stringify(toW3cCollection(annotations, { id: `urn:jianbao:export:${randomUUID()}`, generated: new Date(), pages }), null, 2)}\n`;
  if (unreadable > 0) {
    err(`注意：${unreadable} 条记录不是文字批注，未导出 / Note: ${unreadable} stored entries are not annotations on article text and were not exported.`);
  }
  if (values.output === undefined) {
    out(content.replace(/\n$/, ''));
    return 0;
  }
  const file = resolve(values.output);
  try {
    await writeFile(file, content, 'utf8');
  } catch (error) {
    throw new JianbaoError('WRITE_FAILED', `无法写入 ${file} / Cannot write ${file}: ${(error as Error).message}`, { cause: error });
  }
  out(`已导出 ${annotations.length} 条批注到 ${file} / Exported ${annotations.length} annotations to ${file}`);
  return 0;
}

async function importFile(open: OpenCore, paths: readonly string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  if (paths.length !== 1) throw new UsageError('import 需要一个文件 / import needs exactly one FILE');
  const file = resolve(paths[0] ?? '');
  const report = await importW3cFile((await open()).archive, file, { now: () => new Date() });
  out(
    `已导入 ${file} / Imported ${file}: 新增 added ${report.added}, 更新 updated ${report.updated}, ` +
      `保留本地较新 kept ${report.kept}, 跳过 skipped ${report.skipped.length}`,
  );
  for (const { id, reason } of report.skipped) err(`跳过 / skipped ${id}: ${reason}`);
  return report.skipped.length > 0 ? 1 : 0;
}

function dateOption(name: 'from' | 'to', value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`无效的日期 --${name} ${value} / Invalid date for --${name}: "${value}" (use YYYY-MM-DD)`);
  }
  return value;
}

function bookOf(core: Core): AnnotationBook {
  return new AnnotationBook(core.archive, {
    now: () => new Date(),
    newId: () => randomUUID(),
    creatorName: async () => (await core.archive.settings.read()).profileName,
  });
}

function short(text: string, length: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ');
  const chars = [...flat];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : flat;
}

