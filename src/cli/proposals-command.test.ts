import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/unit/temp-dir';
import { emptyProposalFields } from '../shared/proposal';
import { openCore } from '../main/core/open-core';
import { runProposalsCommand } from './proposals-command';

async function run(dir: string, cwd: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runProposalsCommand(args, { archiveDir: dir, cwd, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('jianbao proposals', () => {
  it('lists the proposals and exports one as Word and Markdown', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const made = await core.handlers.createProposal({});
    await core.handlers.saveProposal({ proposalId: made.id, fields: { ...emptyProposalFields(), title: '关于老街的提案', proposer: '林晓', suggestions: ['设立专项资金'] } });
    const listed = await run(dir, dir, 'proposals', 'list', '--json');
    expect(JSON.parse(listed.out)).toMatchObject([{ id: made.id, title: '关于老街的提案', proposer: '林晓' }]);
    const cwd = await tempDir();
    expect((await run(dir, cwd, 'proposals', 'export', made.id, '--format', 'docx')).code).toBe(0);
    const text = (await mammoth.extractRawText({ buffer: await readFile(join(cwd, '提案-关于老街的提案.docx')) })).value;
    expect(text).toContain('案由：关于老街的提案');
    expect(text).toContain('一、设立专项资金');
    expect((await run(dir, cwd, 'export', made.id, '--format', 'md')).out).toContain('# 提案：关于老街的提案');
  });

  it('says what is wrong: an unknown proposal, a missing format', async () => {
    const dir = await tempDir();
    expect((await run(dir, dir, 'export', 'nope', '--format', 'md')).code).toBe(1);
    expect((await run(dir, dir, 'export', 'nope')).code).toBe(2);
  });
});
