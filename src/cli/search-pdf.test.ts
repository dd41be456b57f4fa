import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../shared/search-types';
import { sharedFixture } from '../../tests/unit/shared-fixtures';
import { tempDir } from '../../tests/unit/temp-dir';
import { runCli } from './cli';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: {}, out: (l) => out.push(l), err: (l) => err.push(l), rendererDir: '/nonexistent' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('jianbao search on an imported PDF (acceptance, issue 6)', () => {
  it('finds 検知機構, which the PDF breaks across a line with no space', async () => {
    const archive = join(await tempDir(), 'A');
    const imported = await run('import', sharedFixture('pdf', 'issue15340.pdf'), '--archive', archive);
    expect(imported.code, imported.err).toBe(0);
    const { code, out } = await run('search', '検知機構', '--json', '--archive', archive);
    expect(code).toBe(0);
    const results = JSON.parse(out) as SearchResults;
    expect(results.total).toBe(1);
    const [hit] = results.hits;
    expect(hit?.snippet.hits.map(([start, end]) => hit.snippet.text.slice(start, end)).join('')).toContain('検知機構');
    // a split half alone is not a phrase of the whole word: the index must not have joined wrongly
    expect(JSON.parse((await run('search', '検知機構を一つ', '--json', '--archive', archive)).out).total).toBe(1);
  });
});
