import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { emptyProposalFields } from '../../../shared/proposal';
import { openCore } from '../open-core';
import { restoreBackup } from './restore-backup';
import { writeBackupFile } from './write-backup';

describe("a backup file and the reader's collections and proposals", () => {
  it('carries them to another archive, and merges them back without losing a version or a newer edit', async () => {
    const home = await openCore(await tempDir());
    const collection = await home.handlers.createCollection({ name: '提案素材', note: '家里的' });
    const proposal = await home.handlers.createProposal({});
    await home.handlers.saveProposal({ proposalId: proposal.id, fields: { ...emptyProposalFields(), title: '第一稿' } });
    const { file } = await writeBackupFile(home.archive, await tempDir());

    const laptop = await openCore(await tempDir());
    const report = await restoreBackup(laptop.archive, file);
    expect(report.collections).toEqual({ added: 1, updated: 0, kept: 0 });
    expect(report.proposals).toEqual({ added: 1, updated: 0, kept: 0 });
    expect((await laptop.handlers.getCollection({ collectionId: collection.id }))?.collection.note).toBe('家里的');
    expect((await laptop.handlers.getProposal({ proposalId: proposal.id }))?.proposal.fields.title).toBe('第一稿');

    // Written on the laptop meanwhile: a newer draft. Restoring the old backup keeps it, and every version.
    await laptop.handlers.saveProposal({ proposalId: proposal.id, fields: { ...emptyProposalFields(), title: '第二稿' } });
    const again = await restoreBackup(laptop.archive, file);
    expect(again.proposals).toEqual({ added: 0, updated: 0, kept: 1 });
    const record = await laptop.handlers.getProposal({ proposalId: proposal.id });
    expect(record?.proposal.fields.title).toBe('第二稿');
    expect(record?.versions.map((v) => v.title)).toEqual(['第二稿', '第一稿', '']);
  });
});
