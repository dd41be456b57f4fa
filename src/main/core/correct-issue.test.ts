import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/unit/temp-dir';
import { openCore } from './open-core';

async function demo() {
  const core = await openCore(await tempDir());
  const [summary] = await core.handlers.listIssues({});
  return { core, issueId: summary?.id ?? '' };
}

describe('correcting an issue after import', () => {
  it('changes the running number, page sections and paper names, and keeps them', async () => {
    const { core, issueId } = await demo();
    const corrected = await core.handlers.correctIssue({
      issueId,
      number: 3001,
      sections: [{ pageNumber: 4, section: '导读' }],
      paperName: '云岭政协报（周刊）',
    });
    expect(corrected.issue.number).toBe(3001);
    expect(corrected.issue.pages.find((p) => p.number === 4)?.section).toBe('导读');
    expect(corrected.paper.name).toBe('云岭政协报（周刊）');
    const reopened = await openCore(core.archive.dir);
    const detail = await reopened.handlers.getIssue({ issueId });
    expect(detail?.issue.number).toBe(3001);
    expect(detail?.issue.pages.map((p) => p.section)).toContain('导读');
    expect((await reopened.handlers.listPapers({}))[0]?.name).toBe('云岭政协报（周刊）');
  });

  it('makes a corrected section findable by the search filter', async () => {
    const { core, issueId } = await demo();
    await core.handlers.correctIssue({ issueId, sections: [{ pageNumber: 2, section: '委员风采' }] });
    const results = await core.handlers.search({ query: '政协', section: '委员风采', limit: 50, offset: 0, sort: 'relevance' });
    expect(results.total).toBeGreaterThan(0);
    expect(results.hits.every((hit) => hit.section === '委员风采' && hit.issueId === issueId)).toBe(true);
  });

  it('forgets a wrong running number when told null', async () => {
    const { core, issueId } = await demo();
    expect((await core.handlers.correctIssue({ issueId, number: null })).issue.number).toBeUndefined();
  });

  it('refuses a page the issue does not have and changes nothing', async () => {
    const { core, issueId } = await demo();
    const before = await core.handlers.getIssue({ issueId });
    await expect(core.handlers.correctIssue({ issueId, number: 1, sections: [{ pageNumber: 9, section: '副刊' }] })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(await core.handlers.getIssue({ issueId })).toEqual(before);
    expect((await readdir(core.archive.dir)).some((name) => name.includes('.tmp'))).toBe(false);
  });

  it('says NOT_FOUND for an issue that is not there', async () => {
    const { core } = await demo();
    await expect(core.handlers.correctIssue({ issueId: 'nope-2026-01-01', number: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
