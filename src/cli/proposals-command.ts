import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { deliverExport, oneLine } from './format';
import { openCore } from '../main/core/open-core';
import { ProposalBook } from '../main/core/proposals/proposal-book';
import { createProposalHandlers } from '../main/core/proposals/proposal-handlers';

/** Where `jianbao proposals` works and writes. */
export interface ProposalsCommandOptions {
  archiveDir: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** where a Word file goes without -o */
  cwd: string;
}

const usage = `Usage: jianbao proposals list [--json] | export ID --format docx|md [-o FILE] [--archive DIR]

  list    the proposals written in the app, the most recently changed first
  export  one proposal as Word (the usual proposal layout) or Markdown; Markdown goes to
          stdout without -o, Word to 提案-<案由>.docx here`;

/** `jianbao proposals list|export`. Resolves to the exit code: 0 done, 1 failed, 2 a mistake in the command line. */
export async function runProposalsCommand(args: readonly string[], { archiveDir, out, err, cwd }: ProposalsCommandOptions): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...(args[0] === 'proposals' ? args.slice(1) : args)],
      options: {
        archive: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    err(`jianbao proposals: 无效的参数 / Invalid arguments: ${(error as Error).message.replace(/\. To specify .*$/s, '')} (jianbao proposals --help)`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, proposalId, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    out(usage);
    return command === undefined && !values.help ? 2 : 0;
  }
  if ((command !== 'list' && command !== 'export') || rest.length > 0 || (command === 'list' && proposalId !== undefined)) {
    err(`jianbao proposals: 用法 / usage: list | export ID --format docx|md`);
    return 2;
  }
  if (command === 'export' && (!proposalId || (values.format !== 'docx' && values.format !== 'md'))) {
    err('jianbao proposals: export 需要 ID 和 --format docx|md / export needs an ID (see "jianbao proposals list") and --format docx or md');
    return 2;
  }
  try {
    const core = await openCore(archiveDir);
    const handlers = createProposalHandlers(core.archive, new ProposalBook(core.archive, { now: () => new Date(), newId: () => randomUUID() }));
    if (command === 'list') {
      const list = await handlers.listProposals({});
      if (values.json) out(JSON.stringify(list, null, 2));
      else if (list.length === 0) out('（没有提案） / No proposals in this archive.');
      else for (const p of list) out(`${p.id}  ${p.title || '（未填案由）'}  ${[p.proposer, p.status, `${p.length} 字`, p.modified].filter(Boolean).join(' · ')}`);
      return 0;
    }
    const file = await handlers.exportProposal({ proposalId: proposalId ?? '', format: values.format as 'docx' | 'md' });
    const path = await deliverExport(file, values.output ?? (values.format === 'docx' ? file.fileName : null), cwd, out);
    if (path === null) return 0;
    out(`已导出提案到 ${path} / Exported the proposal to ${path}`);
    return 0;
  } catch (error) {
    err(`jianbao proposals: ${oneLine(error)}`);
    return 1;
  }
}
