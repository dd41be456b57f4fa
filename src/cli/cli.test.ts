import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/unit/temp-dir';
import { demoIssues } from '../main/core/demo/demo-content';
import { runCli } from './cli';
import type { ListedIssue } from './format';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env: {},
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    rendererDir: '/nonexistent',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the jianbao command', () => {
  it('prints the counts of a new archive, which holds the demo', async () => {
    const dir = await tempDir();
    const { code, out } = await run('info', '--archive', dir);
    expect(code).toBe(0);
    expect(out).toContain(`档案 Archive: ${dir}`);
    expect(out).toContain(`期 Issues: ${demoIssues.length}`);
    expect(out).toContain('批注 Annotations: 0');
  });

  it('lists issues with pages, sections and article titles as JSON', async () => {
    const dir = await tempDir();
    const { code, out } = await run('list', '--json', '--archive', dir);
    expect(code).toBe(0);
    const issues = JSON.parse(out) as ListedIssue[];
    expect(issues).toHaveLength(demoIssues.length);
    const first = demoIssues[0];
    const listed = issues.find((i) => i.date === first?.date);
    expect(listed?.pages.map((p) => p.section)).toEqual(first?.pages.map((p) => p.section));
    expect(listed?.pages[1]?.articles.map((a) => a.title)).toEqual(first?.pages[1]?.articles.map((a) => a.title));
    expect(listed?.pages[1]?.articles[0]?.id).toMatch(/^a-[0-9a-f]{16}$/);
  });

  it('lists issues for people as 第 N 版 · 栏目 lines', async () => {
    const { out } = await run('list', '--archive', await tempDir());
    expect(out).toContain('  第 2 版 · 精选');
  });

  it('restores a truncated library.json from the backup, says so naming the file, and keeps the damaged file beside', async () => {
    const dir = await tempDir();
    await run('info', '--archive', dir);
    const file = join(dir, 'library.json');
    const whole = await readFile(file, 'utf8');
    const truncated = whole.slice(0, Math.floor(whole.length / 2));
    await writeFile(file, truncated);
    const { code, out, err } = await run('info', '--archive', dir);
    expect(code).toBe(0);
    expect(out).toContain(`期 Issues: ${demoIssues.length}`);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toMatch(/Damaged: library\.json .*restored from the backup/);
    const damaged = (await readdir(dir)).filter((name) => name.startsWith('library.json.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(await readFile(join(dir, damaged[0] as string), 'utf8')).toBe(truncated);
    expect(await readFile(file, 'utf8')).toBe(whole);
  });

  it('exits non-zero naming a truncated library.json that no backup holds, and does not put the demo back over it', async () => {
    const dir = await tempDir();
    await run('info', '--archive', dir);
    await rm(join(dir, 'backups'), { recursive: true });
    const file = join(dir, 'library.json');
    await writeFile(file, '{"schemaVersion":1,');
    const failed = await run('info', '--archive', dir);
    expect(failed.code).not.toBe(0);
    expect(failed.err).toContain(file);
    const { out } = await run('info', '--archive', dir);
    expect(out).toContain('期 Issues: 0');
  });

  it('reinstalls the demo with "demo" and keeps annotations', async () => {
    const dir = await tempDir();
    await run('info', '--archive', dir);
    const annotations = join(dir, 'annotations', 'demo-note.json');
    await writeFile(annotations, JSON.stringify({ schemaVersion: 1, issueId: 'demo-note', annotations: [{ id: 'n1', modified: '2026-11-29T00:00:00Z' }] }));
    const { code } = await run('demo', '--archive', dir);
    expect(code).toBe(0);
    expect((await run('info', '--archive', dir)).out).toContain('批注 Annotations: 1');
  });

  it.each([
    [['frobnicate'], 2],
    [['info', '--nope'], 2],
    [['serve', '--port', 'eighty', '--archive', '/tmp'], 1],
    [['serve', '--token', 'short', '--archive', '/tmp'], 1],
    [['serve', '--import-root', '/nonexistent/jianbao-root', '--archive', '/tmp'], 1],
  ])('exits non-zero with one line for %j', async (argv, expected) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(expected);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toMatch(/^jianbao: /);
  });
});

describe('jianbao annotations', () => {
  it('adds an annotation from the command line and lists it as anchored', async () => {
    const dir = await tempDir();
    const listed = JSON.parse((await run('list', '--json', '--archive', dir)).out) as ListedIssue[];
    const articleId = listed[0]?.pages[0]?.articles[0]?.id ?? '';
    const detail = JSON.parse((await run('info', '--json', '--archive', dir)).out) as { counts: { annotations: number } };
    expect(detail.counts.annotations).toBe(0);
    const issue = demoIssues.find((i) => i.date === listed[0]?.date);
    const exact = issue?.pages[0]?.articles[0]?.blocks.find((b) => b.kind === 'paragraph')?.text.slice(2, 10) ?? '';
    const added = await run('annotations', 'add', '--article', articleId, '--exact', exact, '--comment', '要点', '--archive', dir);
    expect(added.code, added.err).toBe(0);
    const list = await run('annotations', 'list', '--json', '--archive', dir);
    expect(list.out).toContain(exact);
    expect((await run('info', '--archive', dir)).out).toContain('批注 Annotations: 1');
  });
});

describe('jianbao correct', () => {
  it('corrects the running number and a section of an issue', async () => {
    const dir = await tempDir();
    const [issue] = JSON.parse((await run('list', '--json', '--archive', dir)).out) as ListedIssue[];
    const corrected = await run('correct', issue?.id ?? '', '--number', '99', '--section', '3=委员风采', '--archive', dir);
    expect(corrected.code, corrected.err).toBe(0);
    expect(corrected.out).toContain('第 3 版 · 委员风采');
    const [after] = JSON.parse((await run('list', '--json', '--archive', dir)).out) as ListedIssue[];
    expect(after?.number).toBe(99);
    expect(after?.pages[2]?.section).toBe('委员风采');
  });

  it.each([
    [['correct', '--number', '5'], 'Name the issue'],
    [['correct', 'x', '--section', '精选'], 'PAGE=栏目'],
    [['correct', 'x', '--number', 'many'], 'Invalid arguments'],
  ])('refuses %j with one line', async (argv, message) => {
    const { code, err } = await run(...argv, '--archive', await tempDir());
    expect(code).toBe(1);
    expect(err).toContain(message);
  });
});
