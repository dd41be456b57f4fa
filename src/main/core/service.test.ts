import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/unit/temp-dir';
import { canonicalText } from '../../shared/canonical-text';
import { demoIssues } from './demo/demo-content';
import { openCore } from './open-core';

describe('the core service on the demo archive', () => {
  it('installs the demo into an empty folder and counts it', async () => {
    const { handlers } = await openCore(await tempDir());
    const info = await handlers.getInfo({});
    const articles = demoIssues.flatMap((i) => i.pages.flatMap((p) => p.articles)).length;
    expect(info.counts).toEqual({
      papers: 1,
      issues: demoIssues.length,
      pages: demoIssues.length * 4,
      articles,
      documents: 0,
      annotations: 0,
    });
  });

  it('says the archive holds the demo alone until the reader imports something', async () => {
    const dir = await tempDir();
    const { handlers } = await openCore(dir);
    expect((await handlers.getInfo({})).isDemoOnly).toBe(true);
    const file = join(await tempDir(), '自己的.txt');
    await writeFile(file, '自己的文章标题\n这是读者自己带来的一篇文章的正文。');
    await handlers.importFiles({ paths: [file], paper: '读者的报纸', date: '2024-01-02' });
    expect((await handlers.getInfo({})).isDemoOnly).toBe(false);
  });

  it('takes ~/ in a path to import as the home folder', async () => {
    const home = await tempDir();
    await writeFile(join(home, 'home.txt'), '家里的文章标题\n这是放在家目录里的一篇文章的正文。');
    const saved = process.env.HOME;
    process.env.HOME = home;
    try {
      const { handlers } = await openCore(await tempDir());
      const report = await handlers.importFiles({ paths: ['~/home.txt'], date: '2024-01-03' });
      expect(report.files.map((f) => f.status)).toEqual(['imported']);
    } finally {
      process.env.HOME = saved;
    }
  });

  it('lists issues newest first with their lead headline', async () => {
    const { handlers } = await openCore(await tempDir());
    const issues = await handlers.listIssues({});
    const dates = issues.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const newest = demoIssues.find((i) => i.date === dates[0]);
    expect(issues[0]?.leadTitle).toBe(newest?.pages[0]?.articles[0]?.title);
    expect(issues[0]?.pageCount).toBe(4);
  });

  it('opens an issue with its pages, sections and articles in page order', async () => {
    const { handlers } = await openCore(await tempDir());
    const [summary] = await handlers.listIssues({});
    const detail = await handlers.getIssue({ issueId: summary?.id ?? '' });
    expect(detail?.issue.pages.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(detail?.issue.pages[1]?.section).toBe('精选');
    expect(detail?.articles.map((a) => a.pageNumber)).toEqual(
      [...(detail?.articles ?? [])].map((a) => a.pageNumber).sort((a, b) => a - b),
    );
    expect(detail?.issue.pages[0]?.replica?.ext).toBe('pdf');
  });

  it('serves an article with its canonical text and walks the issue with previous/next', async () => {
    const { handlers } = await openCore(await tempDir());
    const [summary] = await handlers.listIssues({});
    const detail = await handlers.getIssue({ issueId: summary?.id ?? '' });
    const first = detail?.articles[0];
    let current = await handlers.getArticle({ articleId: first?.id ?? '' });
    expect(current?.previousArticleId).toBeNull();
    expect(current?.article.text).toBe(canonicalText(current?.article.blocks ?? []));
    const visited = [current?.article.id];
    while (current?.nextArticleId) {
      current = await handlers.getArticle({ articleId: current.nextArticleId });
      visited.push(current?.article.id);
    }
    expect(visited).toEqual(detail?.articles.map((a) => a.id));
  });

  it('answers null for an article that is not in the archive', async () => {
    const { handlers } = await openCore(await tempDir());
    expect(await handlers.getArticle({ articleId: 'a-0000000000000000' })).toBeNull();
    expect(await handlers.getIssue({ issueId: 'nope' })).toBeNull();
  });

  it('keeps settings across a reopen and tells subscribers', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const seen: string[] = [];
    core.events.listen((event) => seen.push(event));
    await core.handlers.updateSettings({ locale: 'en', profileName: '林晓' });
    const reopened = await openCore(dir);
    expect(await reopened.handlers.getSettings({})).toEqual({
      locale: 'en',
      profileName: '林晓',
      articleFontSize: 18,
      readingTheme: 'light',
      articleWidth: 'normal',
    });
    expect(seen).toEqual(['onDidChangeSettings']);
  });

  it('does not reinstall the demo into an archive that already has a library', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    await core.archive.library.update((library) => {
      library.issues = [];
      library.articles = [];
    });
    const reopened = await openCore(dir);
    expect((await reopened.handlers.getInfo({})).counts.issues).toBe(0);
  });
});
