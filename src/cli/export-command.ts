import { parseArgs } from 'node:util';
import { deliverExport, oneLine } from './format';
import { JianbaoError } from '../shared/errors';
import { exportFile } from '../main/core/export/export-handlers';
import { openCore } from '../main/core/open-core';
import { collectionBookOf } from '../main/core/service';

/** Where `jianbao export` works and writes. */
export interface ExportCommandOptions {
  archiveDir: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** where a Word file goes without -o */
  cwd: string;
}

const usage = `Usage: jianbao export --collection NAME --format docx|md|w3c [-o FILE] [--archive DIR]

  A collection (专题) as a Word 批注摘编 (GB/T 7714 citations), Markdown, or a W3C Web
  Annotation collection. Markdown and W3C go to stdout without -o; Word to NAME.docx here.`;

/**
 * `jianbao export --collection NAME --format docx|md|w3c [-o FILE]`. Resolves to the exit
 * code: 0 written, 1 failed (no such collection, cannot write), 2 a mistake in the command line.
 */
export async function runExportCommand(args: readonly string[], { archiveDir, out, err, cwd }: ExportCommandOptions): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...(args[0] === 'export' ? args.slice(1) : args)],
      options: {
        archive: { type: 'string' },
        collection: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    err(`jianbao export: 无效的参数 / Invalid arguments: ${(error as Error).message.replace(/\. To specify .*$/s, '')} (jianbao export --help)`);
    return 2;
  }
  if (values.help) {
    out(usage);
    return 0;
  }
  const { format, collection: name } = values;
  if (format !== 'docx' && format !== 'md' && format !== 'w3c') {
    err(`jianbao export: ${format === undefined ? '缺少 --format / --format docx, md or w3c is needed' : `无效的格式 ${format} / Invalid format "${format}": use docx, md or w3c`}`);
    return 2;
  }
  if (!name?.trim()) {
    err('jianbao export: 缺少 --collection / --collection NAME is needed (the collection as the app names it)');
    return 2;
  }
  try {
    const core = await openCore(archiveDir);
    const collections = collectionBookOf(core.archive, core.search);
    const collection = await collections.byName(name);
    if (!collection) {
      const names = (await collections.list()).map((c) => `“${c.name}”`).join('、') || '（无 / none）';
      throw new JianbaoError('NOT_FOUND', `没有名为“${name}”的专题 / No collection named "${name}". Collections: ${names}`);
    }
    const file = await exportFile(core.archive, collections, { kind: 'collection', collectionId: collection.id }, format, new Date());
    const path = await deliverExport(file, values.output ?? (format === 'docx' ? file.fileName : null), cwd, out);
    if (path === null) return 0;
    out(`已导出专题“${collection.name}”的 ${file.count} 条批注到 ${path} / Exported ${file.count} annotations of "${collection.name}" to ${path}`);
    return 0;
  } catch (error) {
    err(`jianbao export: ${oneLine(error)}`);
    return 1;
  }
}
