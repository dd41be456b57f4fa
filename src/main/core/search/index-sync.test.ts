import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { openCore } from '../open-core';
import { openIndexDb } from './index-db';
import { noteHashesOf, syncIndex, type NoteHashCache } from './index-sync';

describe('syncing the index with the annotations', () => {
  it('re-indexes only the article whose notes changed, not the rest of its issue', async () => {
    const core = await openCore(await tempDir());
    const index = openIndexDb(join(await tempDir(), 'search.sqlite'));
    const cache: NoteHashCache = new Map();
    const sync = async (noteFiles: Map<string, string>) => {
      const library = await core.archive.library.read();
      return syncIndex(index, core.archive, library, noteFiles, await noteHashesOf(core.archive, library, noteFiles, cache));
    };
    const library = await core.archive.library.read();
    expect((await sync(new Map())).indexed).toBe(library.articles.length + library.documents.length);
    const [first, second] = library.articles;
    if (!first || !second || first.issueId !== second.issueId) throw new Error('the demo issue has two articles');

    await core.handlers.createAnnotation({ articleId: first.id, start: 0, end: 2, comment: '跟进' });
    expect(await sync(new Map([[first.issueId, 'changed once']]))).toEqual({ indexed: 1, removed: 0 });

    // A highlight without comment or tag changes no article's notes.
    await core.handlers.createAnnotation({ articleId: second.id, start: 0, end: 2 });
    expect(await sync(new Map([[first.issueId, 'changed twice']]))).toEqual({ indexed: 0, removed: 0 });

    await core.handlers.createAnnotation({ articleId: second.id, start: 2, end: 4, tags: ['调研'] });
    expect(await sync(new Map([[first.issueId, 'changed thrice']]))).toEqual({ indexed: 1, removed: 0 });
    index.db.close();
  });
});
