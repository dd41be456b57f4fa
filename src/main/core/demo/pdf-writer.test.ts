import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { writePdf, textWidth } from './pdf-writer';
import { layoutNewspaperPage, wrap, type LayoutInput } from './page-layout';

// pdf.js in Node reads its CMaps and standard fonts with fs, so plain paths (with the
// trailing slash it insists on) are enough; the legacy build runs its worker in-process
// (a "fake worker"), so no GlobalWorkerOptions.workerSrc is needed. The CMaps matter:
// UniGB-UTF16-H is not built in.
const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

const ASTRAL = '𥕛';

const input: LayoutInput = {
  paperName: '东湖晨报',
  date: '2024-05-12',
  issueNumber: 12345,
  pageNumber: 3,
  section: '要闻',
  articles: [
    {
      id: 'a-lead',
      kicker: '聚焦春耕生产',
      title: '千亩良田开犁 智慧农机上阵',
      subtitle: '我市今年春播面积同比增长百分之六',
      byline: '□ 本报记者 林晓 通讯员 王晨',
      blocks: [
        { kind: 'paragraph', text: '五月的江汉平原，处处是繁忙的春耕景象。在城东的示范基地里，十余台无人驾驶拖拉机正按照预设路线来回作业，翻起的泥土散发着清香。' },
        { kind: 'heading', text: '科技助力田间管理' },
        { kind: 'paragraph', text: `基地负责人介绍，今年引进的北斗导航农机可以把作业误差控制在2.5厘米以内，一天能完成300亩地的播种。村民老张笑着说，过去种一季稻要忙上一个月，现在一个星期就够了。他家门前那块“${ASTRAL}”字石碑，如今成了游客拍照的好去处。` },
        { kind: 'paragraph', text: '据统计，全市今年已投入各类农机具一万二千余台（套），机耕率达到百分之九十五以上。农业部门还组织了技术服务队，深入田间地头开展指导。' },
      ],
    },
    {
      id: 'a-second',
      title: '老街巷焕新颜',
      byline: '□ 本报记者 周敏',
      blocks: [
        { kind: 'paragraph', text: '历时八个月的老城区改造工程近日完工。青石板路重新铺设，沿街店铺统一了招牌样式，百年老字号重新开张迎客。' },
        { kind: 'paragraph', text: '居民李阿姨说：“下雨天再也不怕积水了，晚上出来散步也亮堂。”据了解，改造共涉及街巷二十三条，惠及居民四千余户。'.repeat(6) },
        { kind: 'caption', text: '图为改造后的老街。本报记者 周敏 摄' },
      ],
    },
    {
      id: 'a-third',
      kicker: '文化周末',
      title: '社区图书馆开进小区',
      subtitle: '居民下楼就能借到书',
      blocks: [
        { kind: 'paragraph', text: '“以前借书要坐半小时公交，现在下楼就到了。”家住幸福小区的退休教师陈先生，每周都会来这里坐一坐。' },
        { kind: 'paragraph', text: '这家社区图书馆藏书五千余册，实行与市图书馆通借通还，还设有儿童阅读角和自习区，每天开放12小时。' },
      ],
    },
  ],
};

async function pageText(data: Uint8Array): Promise<string> {
  const task = getDocument({
    data: data.slice(), // pdf.js transfers (detaches) the buffer it is given
    cMapUrl: `${PDFJS}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS}/standard_fonts/`,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    expect(doc.numPages).toBe(1);
    const page = await doc.getPage(1);
    const content = await page.getTextContent();
    return content.items.map((item) => ('str' in item ? item.str : '')).join('');
  } finally {
    await task.destroy();
  }
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('writePdf + layoutNewspaperPage', () => {
  const { page, areas } = layoutNewspaperPage(input);
  const pdf = writePdf([page]);

  it('writes a well-formed PDF with a correct xref table', () => {
    const s = Buffer.from(pdf).toString('latin1');
    expect(s.startsWith('%PDF-1.7\n')).toBe(true);
    expect(s.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(s)?.[1]);
    expect(s.slice(startxref, startxref + 5)).toBe('xref\n');
    const entries = [...s.slice(startxref).matchAll(/(\d{10}) 00000 n\r\n/g)];
    expect(entries.length).toBeGreaterThan(5);
    entries.forEach((m, i) => expect(s.slice(Number(m[1])).startsWith(`${i + 1} 0 obj\n`)).toBe(true));
    expect(s).toContain('/Encoding /UniGB-UTF16-H');
    expect(s).not.toContain('/FontFile'); // nothing embedded
  });

  it('is deterministic', () => {
    const again = writePdf([layoutNewspaperPage(input).page]);
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
  });

  it('pdf.js extracts every title and the astral character', async () => {
    const text = await pageText(pdf);
    for (const a of input.articles) expect(text).toContain(a.title);
    expect(text).toContain(ASTRAL);
    expect(text).toContain('东湖晨报');
    expect(text).toContain('第3版 · 要闻');
    expect(text).toContain('总第12345期');
    expect(text).toContain('2024年5月12日 星期日');
    expect(text).toContain('——我市今年春播面积同比增长百分之六');
  });

  it('returns one area per article, inside the page and not overlapping', () => {
    expect(areas.map((a) => a.articleId)).toEqual(['a-lead', 'a-second', 'a-third']);
    for (const { rect } of areas) {
      expect(rect.width).toBeGreaterThan(0);
      expect(rect.height).toBeGreaterThan(0);
      expect(rect.x).toBeGreaterThanOrEqual(0);
      expect(rect.y).toBeGreaterThanOrEqual(0);
      expect(rect.x + rect.width).toBeLessThanOrEqual(page.width);
      expect(rect.y + rect.height).toBeLessThanOrEqual(page.height);
    }
    for (let i = 0; i < areas.length; i++)
      for (let j = i + 1; j < areas.length; j++) expect(overlaps(areas[i]!.rect, areas[j]!.rect)).toBe(false);
  });

  it('keeps every article text inside its area', () => {
    for (const t of page.texts) {
      const inArea = areas.some(
        ({ rect }) =>
          t.x >= rect.x - 0.01 &&
          t.y >= rect.y - 0.01 &&
          t.y + t.size <= rect.y + rect.height + 0.01 &&
          // closing punctuation may hang one character into the gutter
          t.x + textWidth(t.text, t.size) <= rect.x + rect.width + t.size + 0.01,
      );
      const masthead = t.y < areas[0]!.rect.y || t.y > page.height - 60;
      expect(inArea || masthead, t.text).toBe(true);
    }
  });

  it('cuts text that does not fit with ……', () => {
    const long = {
      ...input,
      articles: [
        ...input.articles.slice(0, 2),
        { id: 'a-long', title: '长文', blocks: [{ kind: 'paragraph' as const, text: '很长的文字。'.repeat(2000) }] },
      ],
    };
    const result = layoutNewspaperPage(long);
    const ids = result.areas.map((a) => a.articleId);
    expect(ids).toEqual(['a-lead', 'a-second', 'a-long']);
    expect(result.page.texts.some((t) => t.text.endsWith('……'))).toBe(true);
    for (const { rect } of result.areas) expect(rect.y + rect.height).toBeLessThanOrEqual(result.page.height - 44);
  });

  it('wraps by character width, indents and hangs closing punctuation', () => {
    // 10pt in a 100pt line: 10 full-width characters, or 20 ASCII ones.
    expect(wrap('一二三四五六七八九十甲乙', 100, 10)).toEqual(['一二三四五六七八九十', '甲乙']);
    expect(wrap('abcdefghij klmnopqrstuvwxyz', 100, 10)).toEqual(['abcdefghij', 'klmnopqrstuvwxyz']);
    expect(wrap('一二三四五六七八九十甲乙', 100, 10, 20)).toEqual(['一二三四五六七八', '九十甲乙']);
    expect(wrap('一二三四五六七八九十。乙', 100, 10)).toEqual(['一二三四五六七八九十。', '乙']);
    expect(wrap('一二三四五六七八九十。”乙', 100, 10)).toEqual(['一二三四五六七八九', '十。”乙']);
    expect(wrap('一二三四五六七八九（十）', 100, 10)).toEqual(['一二三四五六七八九', '（十）']);
    expect(wrap(`${ASTRAL}${ASTRAL}`, 10, 10)).toEqual([ASTRAL, ASTRAL]);
  });

  it.skipIf(!existsSync('/usr/bin/pdftotext'))('poppler extracts the Chinese too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-'));
    try {
      const file = join(dir, 'page.pdf');
      writeFileSync(file, pdf);
      // Set JIANBAO_DUMP_PDF=/some/file.pdf to keep a copy for looking at (pdftoppm -png).
      if (process.env.JIANBAO_DUMP_PDF) writeFileSync(process.env.JIANBAO_DUMP_PDF, pdf);
      const text = execFileSync('/usr/bin/pdftotext', ['-q', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const a of input.articles) expect(text).toContain(a.title.replace(/\s+/g, ''));
      expect(text).toContain(ASTRAL);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
