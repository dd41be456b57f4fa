import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/unit/temp-dir';
import type { ImportReport } from '../shared/import-types';
import { writePdf } from '../main/core/demo/pdf-writer';
import { runCli } from './cli';
import type { ShownRecord } from './show-command';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: {}, out: (line) => out.push(line), err: (line) => err.push(line), rendererDir: '/nonexistent' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const savedPage = `<!doctype html><html><head><meta charset="utf-8"><title>春茶开采 合作社里说增收_云岭网</title></head><body>
<h3 class="pre">云岭观察</h3><h1>春茶开采 合作社里说增收</h1><div class="info">2025-03-08 09:10 来源：云岭日报 作者：林晓</div>
<div id="content"><p>清晨，茶山的雾还没散，合作社的收购点已经排起了队。</p><h3>一杆秤</h3><p>委员们一边看秤，一边记下茶农说的难处。</p></div>
<p>（责编：陈雨）</p></body></html>`;

async function imported(dir: string, name: string, bytes: string | Uint8Array): Promise<ImportReport> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const { code, out } = await run('import', path, '--json', '--archive', join(dir, 'archive'));
  expect(code).toBe(0);
  return JSON.parse(out) as ImportReport;
}

describe('jianbao show', () => {
  it('prints an imported article’s fields, blocks and text, as text and as JSON', async () => {
    const dir = await tempDir();
    const report = await imported(dir, 'page.html', savedPage);
    const id = report.issues[0]!.articles[0]!.id;

    const json = await run('show', id, '--json', '--archive', join(dir, 'archive'));
    expect(json.code).toBe(0);
    const shown = JSON.parse(json.out) as ShownRecord;
    expect(shown).toMatchObject({
      kind: 'article', id, paper: '云岭网', date: '2025-03-08', pageNumber: 1, title: '春茶开采 合作社里说增收',
      source: '云岭日报', byline: '作者：林晓', editor: '陈雨',
      blocks: [
        { kind: 'paragraph', text: '清晨，茶山的雾还没散，合作社的收购点已经排起了队。' },
        { kind: 'heading', text: '一杆秤' },
        { kind: 'paragraph', text: '委员们一边看秤，一边记下茶农说的难处。' },
      ],
    });
    expect(shown.text).toBe(shown.blocks.map((b) => b.text).join('\n'));

    const text = await run('show', id, '--archive', join(dir, 'archive'));
    expect(text.out).toContain('标题 Title: 春茶开采 合作社里说增收');
    expect(text.out).toContain('来源 Source: 云岭日报');
    expect(text.out).toContain('## 一杆秤');
    expect(text.out).toContain('正文 Body: 3 块 blocks');
  });

  it('prints a document', async () => {
    const dir = await tempDir();
    const pdf = writePdf([{ width: 595, height: 842, texts: [
      { text: '关于社区养老服务的调研报告', x: 60, y: 60, size: 18, bold: true },
      { text: '委员们走访社区，听取居民对加装电梯的意见。', x: 60, y: 100, size: 11 },
    ] }]);
    const report = await imported(dir, 'report.pdf', pdf);
    const id = report.documents[0]!.id;
    const shown = JSON.parse((await run('show', id, '--json', '--archive', join(dir, 'archive'))).out) as ShownRecord;
    expect(shown).toMatchObject({ kind: 'document', id, title: '关于社区养老服务的调研报告', pageCount: 1 });
    expect(shown.text).toContain('委员们走访社区');
  });

  it('says so when the archive holds no such id, and exits 1', async () => {
    const dir = await tempDir();
    const { code, err } = await run('show', 'nothing-here', '--archive', join(dir, 'archive'));
    expect(code).toBe(1);
    expect(err).toMatch(/nothing-here/);
  });
});
