import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { openCore } from '../open-core';

describe('the importFiles API method', () => {
  it('reports progress as events and announces the changed library once', async () => {
    const root = await tempDir();
    // A folder of its own: the shared html fixtures grow, and this test is about two files.
    const folder = join(root, 'pages');
    await mkdir(folder);
    for (const name of ['people-1.html', 'xinhuanet-1.html', 'README.md']) await copyFile(sharedFixture('html', name), join(folder, name));
    const core = await openCore(join(root, 'A'), { installDemo: false });
    const seen: string[] = [];
    core.events.listen((event, payload) => {
      const progress = payload as { done?: number; total?: number; currentFile?: string | null };
      seen.push(event === 'onDidImportProgress' ? `${progress.done}/${progress.total} ${progress.currentFile?.split('/').pop() ?? '-'}` : event);
    });
    const report = await core.handlers.importFiles({ paths: [folder] });
    expect(report.issues).toHaveLength(2);
    // Reading each file, then writing each issue, then done; README.md is no importable file.
    expect(seen).toEqual([
      '0/2 people-1.html',
      '1/2 xinhuanet-1.html',
      '2/2 people-1.html',
      '2/2 xinhuanet-1.html',
      '2/2 -',
      'onDidChangeLibrary',
    ]);
    const issues = await core.handlers.listIssues({});
    expect(issues.map((i) => i.paperName).sort()).toEqual(['人民网', '新华网']);
  });

  it('changes nothing and announces nothing when the same files come again', async () => {
    const core = await openCore(join(await tempDir(), 'A'), { installDemo: false });
    await core.handlers.importFiles({ paths: [sharedFixture('html', 'people-1.html')] });
    const events: string[] = [];
    core.events.listen((event) => events.push(event));
    const report = await core.handlers.importFiles({ paths: [sharedFixture('html', 'people-1.html')] });
    expect(report.files[0]?.status).toBe('unchanged');
    expect(events).not.toContain('onDidChangeLibrary');
  });

  it('cancels nothing when no import runs', async () => {
    const core = await openCore(join(await tempDir(), 'A'), { installDemo: false });
    expect(await core.handlers.cancelImport({})).toBe(0);
  });
});

describe('the getDocument API method', () => {
  it('answers an imported document with its blocks, and null for an unknown id', async () => {
    const core = await openCore(join(await tempDir(), 'A'), { installDemo: false });
    const report = await core.handlers.importFiles({ paths: [sharedFixture('pdf', 'issue2128r.pdf')] });
    const id = report.documents[0]!.id;
    const document = await core.handlers.getDocument({ documentId: id });
    expect(document).toMatchObject({ id, title: '浅谈校长的魅力', pageCount: 1 });
    expect(document?.blocks.map((b) => b.text)).toEqual(['浅谈校长的魅力', '山西省闻喜县诚镇初中 李新录']);
    expect(await core.handlers.getDocument({ documentId: 'd-0000000000000000' })).toBeNull();
    expect(await core.handlers.getDocument({ documentId: '../library' })).toBeNull();
  });
});

describe('the cancelImport API method', () => {
  it('stops an import that is reading, and nothing of it is written', async () => {
    const core = await openCore(join(await tempDir(), 'A'), { installDemo: false });
    let cancelled: Promise<number> | null = null;
    core.events.listen((event) => {
      if (event === 'onDidImportProgress' && cancelled === null) cancelled = core.handlers.cancelImport({});
    });
    const report = await core.handlers.importFiles({ paths: [sharedFixture('pdf')] });
    expect(await cancelled).toBe(1);
    expect(report.cancelled).toBe(true);
    expect(report.files.every((f) => f.status === 'cancelled')).toBe(true);
    expect(await core.handlers.listDocuments({})).toEqual([]);
  });
});

describe('an imported page list in the library', () => {
  it('gives the issue the lead headline of page 1, though only page 2 has its article', async () => {
    const core = await openCore(join(await tempDir(), 'A'), { installDemo: false });
    await core.handlers.importFiles({ paths: [sharedFixture('text', 'cppcc-newspaper-page2.txt')], date: '2025-01-15' });
    const [summary] = await core.handlers.listIssues({});
    expect(summary?.leadTitle).toMatch(/^为了这片红色热土/);
    expect(summary?.articleCount).toBe(1);
  });
});
