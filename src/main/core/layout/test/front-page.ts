import { textWidth, type PdfPage, type PdfText } from '../../demo/pdf-writer';
import { wrap } from '../../demo/page-layout';
import { sentence } from './county-page';

/**
 * A daily's front page for tests, typeset by us: a masthead (the paper's name in large type,
 * the date, 第1版), a lead article across five columns with 引题, headline, 副题 and byline,
 * a photo (a tinted box) with its caption, and three reports below it in a row, each with a
 * dateline; the last is continued on page 4. Its text is our own.
 */

export const frontPage = {
  paper: '东川日报',
  lead: { kicker: '稳中求进 开局良好', title: '全市重点项目建设全面提速', subtitle: '——一季度完成投资同比增长百分之十二', byline: '本报记者 陈立' },
  reports: ['春季植树活动在各区展开', '市民服务中心新增三十项业务', '城市轨道交通三号线开工'],
};

const W = 1000;
const H = 1400;
const M = 30;
const GAP = 14;
const BODY = 9;

function column(texts: PdfText[], text: string, x: number, y: number, width: number): number {
  for (const [k, line] of wrap(text, width, BODY, 2 * BODY).entries()) {
    texts.push({ text: line, x: x + (k === 0 ? 2 * BODY : 0), y, size: BODY });
    y += BODY * 1.6;
  }
  return y;
}

/** The page; `sentences` of body per article are numbered from `seed` so that each is unique. */
export function frontPagePdf(seed = 500): PdfPage {
  const texts: PdfText[] = [];
  let n = seed;
  const para = (count: number): string => Array.from({ length: count }, () => sentence(n++)).join('');
  // masthead
  texts.push({ text: frontPage.paper, x: M, y: 30, size: 56, bold: true });
  texts.push({ text: '2018年1月10日 星期三', x: 700, y: 40, size: 11 });
  texts.push({ text: '第1版 要闻', x: 700, y: 60, size: 11 });
  texts.push({ text: '今日8版', x: 700, y: 80, size: 11 });
  const lines = [{ x1: M, y1: 105, x2: W - M, y2: 105, width: 1.5 }];
  // lead across five columns
  const { lead } = frontPage;
  const centre = (t: string, size: number, y: number, bold = false): void => {
    texts.push({ text: t, x: (W - textWidth(t, size)) / 2, y, size, bold });
  };
  centre(lead.kicker, 16, 120);
  centre(lead.title, 36, 145, true);
  centre(lead.subtitle, 16, 192);
  centre(lead.byline, BODY, 220);
  const colW = (W - 2 * M - 4 * GAP) / 5;
  let bottom = 0;
  for (let c = 0; c < 5; c++) {
    const x = M + c * (colW + GAP);
    let y = 240;
    if (c >= 3) {
      // the photo over columns 4 and 5, its caption under it
      if (c === 3) {
        texts.push({ text: '图为市民在新开放的公园里散步。本报记者 王明摄', x, y: 400, size: BODY });
      }
      y = 420;
    }
    bottom = Math.max(bottom, column(texts, para(c === 4 ? 3 : 4), x, y, colW));
  }
  const rects = [{ x: M + 3 * (colW + GAP), y: 240, width: 2 * colW + GAP, height: 150, fill: [0.85, 0.85, 0.85] as [number, number, number] }];
  lines.push({ x1: M, y1: bottom + 8, x2: W - M, y2: bottom + 8, width: 1 });
  // three reports in a row below
  const reportW = (W - 2 * M - 2 * GAP) / 3;
  frontPage.reports.forEach((title, i) => {
    const x = M + i * (reportW + GAP);
    let y = bottom + 24;
    texts.push({ text: title, x: x + (reportW - textWidth(title, 18)) / 2, y, size: 18, bold: true });
    y += 30;
    const body = `本报东川1月9日电（记者 李${['一', '二', '三'][i]}）${para(3)}`;
    y = column(texts, body, x, y, reportW);
    column(texts, i === 2 ? `${para(2)}（下转第四版）` : para(2), x, y, reportW);
  });
  return { width: W, height: H, texts, lines, rects };
}
