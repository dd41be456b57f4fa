import { access } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromWireError, JianbaoError } from '../shared/errors';
import type { IssueDetail } from '../shared/model';
import { resolveArchiveDir } from '../main/core/archive/archive-location';
import { installDemo } from '../main/core/demo/install-demo';
import { openCore, type Core } from '../main/core/open-core';
import { createHttpDoor } from './http-server';
import { createDoorToken, validateDoorToken } from './door-auth';
import { resolveImportRoots } from './import-roots';
import { formatInfo, formatList, listArchive, oneLine } from './format';
import { runImportCommand } from './import-command';
import { runAnnotationsCommand } from './annotations-command';
import { runExportCommand } from './export-command';
import { runProposalsCommand } from './proposals-command';
import { runSearchCommand, searchUsage } from './search-command';
import { formatShown, showRecord } from './show-command';
import { describeRecovery, runCheckCommand } from './check-command';
import { runBackupCommand, runRestoreCommand } from './backup-command';

/** Where a command writes, and what it reads from the environment: passed in for tests. */
export interface CliContext {
  env: Readonly<Record<string, string | undefined>>;
  out: (line: string) => void;
  err: (line: string) => void;
  /** the built renderer, for `serve` */
  rendererDir: string;
}

const usage = `Usage: jianbao <command> [--archive DIR] [options]

Commands:
  serve [--port N] [--token SECRET] [--import-root DIR]…
                      serve the app on 127.0.0.1 (port 0: a free one) to whoever opens the
                      printed URL: it holds a secret, new at each start unless --token fixes it.
                      Browsers upload files; --import-root lets them import paths inside DIR
  info [--json]       archive path and counts of papers, issues, articles, annotations
  list [--json]       issues with their pages and articles
  demo                reinstall the demo archive (annotations are kept)
  import <files|folders…> [--paper NAME] [--date YYYY-MM-DD] [--json]
                      import article text, saved news pages (HTML), PDFs, OFD and Word files
  annotations list [--json] | add --article ID --exact TEXT [--prefix P] [--color C] [--comment C] [--tag T]…
              | export --format md|w3c [--tag T] [--from D --to D] [-o FILE] | import FILE
                      list, add, export and import annotations
  export --collection NAME --format docx|md|w3c [-o FILE]
                      a collection (专题) as a Word 批注摘编, Markdown or W3C annotations
  proposals list [--json] | export ID --format docx|md [-o FILE]
                      the proposals written in the app; one as Word or Markdown
${searchUsage}
  show ID [--json]    an article or a document as imported: its fields, blocks and text
  correct ISSUE [--number N|none] [--section N=栏目]… [--paper-name NAME]
                      correct an issue's running number, page sections, paper name
  check [--json]      read every file, restore damaged ones from the backups, rebuild a damaged index
  backup [DIR]        write the whole archive into one file in DIR (default: here)
  restore FILE        merge a backup in: adds what is missing, newer annotations win, deletes nothing
  help                this text

Every command takes --archive DIR (else $JIANBAO_ARCHIVE, else the app's user-data folder).`;

/**
 * Runs one command line; resolves to the exit code, or never resolves for `serve`, which
 * runs until the process is stopped. Errors print one line and exit non-zero.
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  if (argv[0] === 'annotations') {
    // its own options (--exact, --tag, -o …) would trip the strict parse below
    const { values } = parseArgs({ args: [...argv], options: { archive: { type: 'string' } }, strict: false, allowPositionals: true });
    const archiveDir = resolveArchiveDir({
      flag: typeof values.archive === 'string' ? values.archive : undefined,
      env: context.env,
      platform: process.platform,
      homeDir: homedir(),
    });
    return runAnnotationsCommand(argv.slice(1), { archiveDir, out: context.out, err: context.err });
  }
  if (argv[0] === 'export' || argv[0] === 'proposals') {
    const { values } = parseArgs({ args: [...argv], options: { archive: { type: 'string' } }, strict: false, allowPositionals: true });
    const archiveDir = resolveArchiveDir({
      flag: typeof values.archive === 'string' ? values.archive : undefined,
      env: context.env,
      platform: process.platform,
      homeDir: homedir(),
    });
    const options = { archiveDir, out: context.out, err: context.err, cwd: process.cwd() };
    return argv[0] === 'export' ? runExportCommand(argv, options) : runProposalsCommand(argv, options);
  }
  if (argv[0] === 'search' || argv[0] === 'index') {
    // a query may hold words that look like options: -防城港 excludes a word
    return runSearchCommand(argv, context);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        archive: { type: 'string' },
        paper: { type: 'string' },
        date: { type: 'string' },
        port: { type: 'string' },
        token: { type: 'string' },
        'import-root': { type: 'string', multiple: true },
        number: { type: 'string' },
        section: { type: 'string', multiple: true },
        'paper-name': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    context.err(`jianbao: ${(error as Error).message}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = values.help ? 'help' : (positionals[0] ?? 'help');
  if (command === 'help') {
    context.out(usage);
    return 0;
  }
  const archiveDir = resolveArchiveDir({
    flag: values.archive,
    env: context.env,
    platform: process.platform,
    homeDir: homedir(),
  });
  const opened: Core[] = [];
  /** Opens the archive; what it restored on the way is told on stderr once the command is done. */
  const open = async (): Promise<Core> => {
    const core = await openCore(archiveDir);
    opened.push(core);
    return core;
  };
  try {
    switch (command) {
      case 'check':
        return await runCheckCommand(archiveDir, values.json, context.out);
      case 'backup':
        return await runBackupCommand(archiveDir, positionals[1], context.out, context.err);
      case 'restore':
        return await runRestoreCommand(archiveDir, positionals[1], context.out);
      case 'info': {
        const { handlers } = await open();
        const info = await handlers.getInfo({});
        context.out(values.json ? JSON.stringify(info, null, 2) : formatInfo(info));
        return 0;
      }
      case 'list': {
        const { handlers } = await open();
        const issues = await listArchive(handlers);
        context.out(values.json ? JSON.stringify(issues, null, 2) : formatList(issues));
        return 0;
      }
      case 'show': {
        const { handlers } = await open();
        const record = await showRecord(handlers, positionals[1]);
        context.out(values.json ? JSON.stringify(record, null, 2) : formatShown(record));
        return 0;
      }
      case 'demo': {
        const { archive } = await open();
        const { issues, articles } = await installDemo(archive);
        context.out(`已安装示例档案 / Demo installed: ${issues} issues, ${articles} articles in ${archive.dir}`);
        return 0;
      }
      case 'import':
        return await runImportCommand(
          archiveDir,
          positionals.slice(1),
          { json: values.json, ...(values.paper === undefined ? {} : { paper: values.paper }), ...(values.date === undefined ? {} : { date: values.date }) },
          context,
        );
      case 'correct': {
        const { dispatch } = await open();
        const result = await dispatch('correctIssue', correctionOf(positionals[1], values));
        if (!result.ok) throw fromWireError(result.error);
        const { issue } = result.value as IssueDetail;
        context.out(values.json ? JSON.stringify(result.value, null, 2) : `已更正 / Corrected ${issue.id}: ${issue.pages.map((p) => `第 ${p.number} 版 · ${p.section}`).join('，')}`);
        return 0;
      }
      case 'serve':
        return await serve(archiveDir, { port: values.port ?? '0', token: values.token, importRoots: values['import-root'] ?? [] }, context);
      default:
        context.err(`jianbao: unknown command "${command}" (try "jianbao help")`);
        return 2;
    }
  } catch (error) {
    context.err(`jianbao: ${oneLine(error)}`);
    return 1;
  } finally {
    for (const entry of opened.flatMap((core) => core.archive.recoveries)) context.err(`jianbao: ${describeRecovery(entry)}`);
  }
}

interface ServeOptions {
  port: string;
  token: string | undefined;
  importRoots: readonly string[];
}

async function serve(archiveDir: string, options: ServeOptions, context: CliContext): Promise<number> {
  const portText = options.port;
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new JianbaoError('INVALID_ARGUMENT', `无效的端口 / Invalid port: ${portText}`);
  }
  const token = options.token === undefined ? createDoorToken() : validateDoorToken(options.token);
  const importRoots = await resolveImportRoots(options.importRoots);
  try {
    await access(join(context.rendererDir, 'index.html'));
  } catch {
    throw new JianbaoError('NOT_FOUND', `找不到界面文件 / The app is not built (${context.rendererDir}); run "npm run build" first.`);
  }
  const core = await openCore(archiveDir);
  const server = createHttpDoor({ core, rendererDir: context.rendererDir, token, importRoots });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  context.out(`Serving on http://127.0.0.1:${actualPort}/?token=${token}`);
  context.out(`Archive: ${core.archive.dir}`);
  if (importRoots.length > 0) context.out(`Import by path from: ${importRoots.join(', ')}`);
  return new Promise<number>(() => undefined);
}

/** The correctIssue arguments of `jianbao correct ISSUE --number N --section 2=精选 --paper-name …`. */
function correctionOf(
  issueId: string | undefined,
  values: { number?: string | undefined; section?: string[] | undefined; 'paper-name'?: string | undefined },
): Record<string, unknown> {
  if (!issueId) throw new JianbaoError('INVALID_ARGUMENT', '请给出期的标识 / Name the issue to correct (its id, as `jianbao list` prints it).');
  const sections = (values.section ?? []).map((entry) => {
    const match = /^(\d+)=(.+)$/u.exec(entry);
    if (!match) throw new JianbaoError('INVALID_ARGUMENT', `无效的版面 / --section takes PAGE=栏目, e.g. 2=精选; got "${entry}"`);
    return { pageNumber: Number(match[1]), section: match[2] };
  });
  return {
    issueId,
    ...(values.number === undefined ? {} : { number: values.number === 'none' ? null : Number(values.number) }),
    ...(sections.length > 0 ? { sections } : {}),
    ...(values['paper-name'] === undefined ? {} : { paperName: values['paper-name'] }),
  };
}


