import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { emptyProposalFields } from '../../../shared/proposal';
import { openCore } from '../open-core';

describe("the reader's collections and proposals in the daily backups", () => {
  it('brings a damaged collections.json and a damaged proposal back from the last backup', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    await core.handlers.createCollection({ name: '提案素材', note: '备份前' });
    const proposal = await core.handlers.createProposal({});
    await core.handlers.saveProposal({ proposalId: proposal.id, fields: { ...emptyProposalFields(), title: '备份前的提案' } });
    await core.archive.backups.snapshot('daily');
    const collections = join(dir, 'collections.json');
    const proposalFile = join(dir, 'proposals', `${proposal.id}.json`);
    await writeFile(collections, (await readFile(collections, 'utf8')).slice(0, 20));
    await writeFile(proposalFile, '');

    const reopened = await openCore(dir);
    expect((await reopened.handlers.listCollections({})).map((c) => c.note)).toEqual(['备份前']);
    expect((await reopened.handlers.getProposal({ proposalId: proposal.id }))?.proposal.fields.title).toBe('备份前的提案');
    expect((await reopened.handlers.getRecoveryReport({})).map((r) => r.file).sort()).toEqual(['collections.json', `proposals/${proposal.id}.json`]);
  });
});
