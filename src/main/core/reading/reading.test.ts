import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { openCore } from '../open-core';
import { applyReading, maxPositions, readingSchemaVersion, type ReadingFile } from './reading-file';

describe('the reading position', () => {
  it('has nothing to continue in a fresh archive', async () => {
    const { handlers } = await openCore(await tempDir());
    expect(await handlers.getReadingState({})).toEqual({ continueReading: null });
  });

  it('offers the last article opened, with its paper, date, page and title, after a reopen', async () => {
    const dir = await tempDir();
    const { handlers } = await openCore(dir);
    const [summary] = await handlers.listIssues({});
    const issue = await handlers.getIssue({ issueId: summary?.id ?? '' });
    const article = issue?.articles.find((a) => a.pageNumber === 2);
    await handlers.recordReading({ place: { kind: 'page', issueId: summary?.id ?? '', pageNumber: 1 } });
    await handlers.recordReading({ place: { kind: 'article', articleId: article?.id ?? '' }, position: 0.4 });

    const reopened = await openCore(dir);
    const { continueReading } = await reopened.handlers.getReadingState({});
    expect(continueReading).toMatchObject({
      place: { kind: 'article', articleId: article?.id },
      issueId: summary?.id,
      paperName: '云岭政协报',
      date: summary?.date,
      pageNumber: 2,
      section: '精选',
      title: article?.title,
    });
    expect(await reopened.handlers.getReadingPosition({ articleId: article?.id ?? '' })).toBe(0.4);
  });

  it('offers a page of an issue without a title', async () => {
    const { handlers } = await openCore(await tempDir());
    const [summary] = await handlers.listIssues({});
    await handlers.recordReading({ place: { kind: 'page', issueId: summary?.id ?? '', pageNumber: 3 } });
    const { continueReading } = await handlers.getReadingState({});
    expect(continueReading?.pageNumber).toBe(3);
    expect(continueReading?.section).toBe('关注');
    expect(continueReading?.title).toBeUndefined();
  });

  it('keeps the position when an article is reopened without one', async () => {
    const { handlers } = await openCore(await tempDir());
    const [summary] = await handlers.listIssues({});
    const articleId = (await handlers.getIssue({ issueId: summary?.id ?? '' }))?.articles[0]?.id ?? '';
    await handlers.recordReading({ place: { kind: 'article', articleId }, position: 0.75 });
    await handlers.recordReading({ place: { kind: 'article', articleId } });
    expect(await handlers.getReadingPosition({ articleId })).toBe(0.75);
    expect(await handlers.getReadingPosition({ articleId: 'a-never' })).toBeNull();
  });

  it('forgets what was opened once it has left the archive', async () => {
    const dir = await tempDir();
    const { handlers } = await openCore(dir);
    await writeFile(
      join(dir, 'reading.json'),
      JSON.stringify({ schemaVersion: readingSchemaVersion, last: { place: { kind: 'article', articleId: 'a-gone' }, openedAt: 'x' }, positions: {} }),
    );
    expect(await handlers.getReadingState({})).toEqual({ continueReading: null });
  });

  it('keeps only the most recent positions, dropping the oldest first', () => {
    const file: ReadingFile = { schemaVersion: 1, last: null, positions: {} };
    for (let i = 0; i <= maxPositions; i += 1) {
      applyReading(file, { kind: 'article', articleId: `a-${i}` }, `t${i}`, 0.5);
    }
    applyReading(file, { kind: 'article', articleId: 'a-1' }, 'later', 0.9);
    expect(Object.keys(file.positions)).toHaveLength(maxPositions);
    expect(file.positions['a-0']).toBeUndefined();
    expect(file.positions['a-1']).toEqual({ fraction: 0.9, at: 'later' });
  });

  it('refuses a position outside 0–1 at the door', async () => {
    const { dispatch } = await openCore(await tempDir());
    const result = await dispatch('recordReading', { place: { kind: 'article', articleId: 'a' }, position: 2 });
    expect(result.ok).toBe(false);
  });
});
