import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { sha256Hex } from '../archive/ids';
import { decodeText } from './charset';
import { importHtmlPage, parseNewsPage } from './html-page';
import { gbkHex } from './test/gbk-mojibake-pdf';

function sourceOf(name: string, bytes: Uint8Array) {
  return { path: `/x/${name}`, name, bytes, sha256: sha256Hex(bytes), ext: 'html' };
}

async function importFixture(name: string) {
  const path = sharedFixture('html', name);
  const draft = importHtmlPage(sourceOf(basename(path), new Uint8Array(await readFile(path))));
  if (draft.kind !== 'issue') throw new Error(`${name} read as a ${draft.kind}`);
  return draft;
}

const gbkBytes = (text: string): Uint8Array => new Uint8Array(gbkHex(text).match(/../g)!.map((h) => parseInt(h, 16)));

describe('saved news pages (fixtures)', () => {
  it('people-1.html: reads UTF-8 behind a GB2312 declaration, and says so', async () => {
    const draft = await importFixture('people-1.html');
    const [article] = draft.articles;
    expect(draft).toMatchObject({ paperName: '人民网', date: '2019-06-15' });
    expect(article).toMatchObject({ title: '女儿出嫁，郑板桥画了几笔兰花当嫁妆', source: '人民网-文化频道', editor: '汤诗瑶、丁涛' });
    expect(article?.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThanOrEqual(10);
    expect(article?.blocks[0]?.text).toMatch(/^父亲的教诲像一盏灯/);
    expect(article?.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['《冬夜读书示子聿》', '点评：', '《诫子诗》', '点评：']);
    expect(draft.warnings.join()).toMatch(/GB2312.*UTF-8/);
  });

  it('xinhuanet-1.html: takes the title from <title> when the <h1> is empty', async () => {
    const draft = await importFixture('xinhuanet-1.html');
    const [article] = draft.articles;
    expect(draft).toMatchObject({ paperName: '新华网', date: '2019-12-10' });
    expect(article).toMatchObject({ title: '法国全国大罢工再次严重影响交通', source: '新华网', editor: '尹世杰', byline: '记者唐霁' });
    expect(article?.blocks).toHaveLength(5);
    expect(article?.blocks[0]?.text).toMatch(/^新华社巴黎12月9日电/);
  });

  it.each(['people-1.html', 'xinhuanet-1.html'])('%s: leaves out navigation, share buttons, ads and scripts', async (name) => {
    const text = (await importFixture(name)).articles[0]!.blocks.map((b) => b.text).join('\n');
    for (const noise of ['分享到', '微信', '纠错', '责任编辑', '责编', 'function', '客户端下载', '图集', '【1】', '点击进入']) {
      expect(text).not.toContain(noise);
    }
  });
});

describe('parseNewsPage', () => {
  const page = (body: string, head = '<title>春茶开采-云岭网</title>'): string =>
    `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><nav><a href="/">首页</a><a href="/a">要闻</a></nav>${body}</body></html>`;

  it('reads kicker and subtitle around the <h1>, and the date from the page', () => {
    const parsed = parseNewsPage(page(
      '<div class="title"><h3 class="pre">云岭观察</h3><h1>春茶开采</h1><h2>合作社里说增收</h2><p class="author">作者：林晓</p></div>' +
        '<div class="info">2025年03月08日 09:10 来源：云岭网</div>' +
        '<div class="content"><p>清晨，茶山的雾还没散，合作社的收购点已经排起了队。</p><p>委员们一边看秤，一边记下茶农说的难处。</p></div>',
    ));
    expect(parsed).toMatchObject({ kicker: '云岭观察', title: '春茶开采', subtitle: '合作社里说增收', byline: '作者：林晓', date: '2025-03-08', source: '云岭网' });
  });

  it('splits a body of divs and <br> into paragraphs, and keeps a caption', () => {
    const parsed = parseNewsPage(page(
      '<h1>春茶开采</h1><div id="article">第一段，茶山的清晨。<br>第二段，合作社的收购点。<br><br>第三段，委员们记下难处。' +
        '<figure><img src="a.jpg"><figcaption>茶农在收购点交售春茶。</figcaption></figure>' +
        '<script>var ad = "广告";</script><div class="share">分享到微信</div></div>',
    ));
    expect(parsed.blocks).toEqual([
      { kind: 'paragraph', text: '第一段，茶山的清晨。' },
      { kind: 'paragraph', text: '第二段，合作社的收购点。' },
      { kind: 'paragraph', text: '第三段，委员们记下难处。' },
      { kind: 'caption', text: '茶农在收购点交售春茶。' },
    ]);
  });

  it('refuses a page with no article in it', () => {
    expect(() => parseNewsPage(page('<div><a href="/1">链接一</a></div>', ''))).toThrow(/no article title or body/);
  });
});

describe('decodeText', () => {
  it.each([
    ['GBK as declared', gbkBytes('春茶开采，合作社里说增收。'), 'gbk', '春茶开采，合作社里说增收。', 0],
    ['GBK with no declaration, with a warning', gbkBytes('春茶开采，合作社里说增收。'), null, '春茶开采，合作社里说增收。', 1],
    ['UTF-8 declared as GB2312, with a warning', new TextEncoder().encode('春茶开采'), 'GB2312', '春茶开采', 1],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('春茶')]), 'gbk', '春茶', 0],
  ])('reads %s', (_name, bytes, declared, text, warnings) => {
    const decoded = decodeText(bytes, { declared, name: 'a.html' });
    expect(decoded.text).toBe(text);
    expect(decoded.warnings).toHaveLength(warnings);
  });

  it('refuses bytes no charset reads, naming the file', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0xff, 0xff, 0xff]), { name: 'a.html' })).toThrow(/a\.html.*UTF-8/);
  });

  it('reads a page nested 100,000 elements deep, its deep text kept, without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(100_000)}<p>委员们走进社区，听取居民对加装电梯的意见，整理成三件提案。</p>${'</div>'.repeat(100_000)}`;
    const page = parseNewsPage(`<html><head><title>层层嵌套的网页</title></head><body><h1>层层嵌套的网页</h1>${deep}</body></html>`);
    expect(page.title).toBe('层层嵌套的网页');
    expect(page.blocks.map((b) => b.text).join('\n')).toContain('委员们走进社区，听取居民对加装电梯的意见，整理成三件提案。');
  });
});
