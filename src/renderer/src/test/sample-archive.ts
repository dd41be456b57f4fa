import type { Article, Block, DocumentMeta, Issue, Paper, ReadingPlace, Settings } from '../../../shared/model';

/** What a FakeJianbaoApi serves: the records the core would hold. */
export interface FakeArchive {
  papers: Paper[];
  issues: Issue[];
  articles: Article[];
  settings: Settings;
  documents: DocumentMeta[];
  /** what the reader last opened, and how far down each article they read */
  reading: { last: ReadingPlace | null; positions: Record<string, number> };
}

function article(
  fields: Omit<Article, 'text' | 'contentHash' | 'blocks'> & { blocks: Block[] },
): Article {
  const text = fields.blocks.map((block) => block.text).join('\n').normalize('NFC');
  return { ...fields, text, contentHash: `hash-of-${fields.id}` };
}

/**
 * A small archive written for these tests: two issues in March 2024, one in February and
 * one in December 2023 (without an issue number).
 */
export function sampleArchive(): FakeArchive {
  const paper: Paper = { id: 'zxb', name: '人民政协报', shortName: '政协报' };
  return {
    papers: [paper],
    issues: [
      {
        id: 'zxb-2024-03-05',
        paperId: 'zxb',
        date: '2024-03-05',
        number: 6001,
        pages: [
          { number: 1, section: '要闻', articleIds: ['a-lead', 'a-brief'] },
          { number: 2, section: '精选', articleIds: ['a-feature'] },
          { number: 3, section: '关注', articleIds: [] },
        ],
        sources: [],
      },
      {
        id: 'zxb-2024-03-12',
        paperId: 'zxb',
        date: '2024-03-12',
        number: 6006,
        pages: [{ number: 1, section: '要闻', articleIds: ['b-lead'] }],
        sources: [],
      },
      {
        id: 'zxb-2024-02-27',
        paperId: 'zxb',
        date: '2024-02-27',
        number: 5998,
        pages: [{ number: 1, section: '要闻', articleIds: ['c-lead'] }],
        sources: [],
      },
      {
        id: 'zxb-2023-12-29',
        paperId: 'zxb',
        date: '2023-12-29',
        pages: [{ number: 1, section: '', articleIds: [] }],
        sources: [],
      },
    ],
    articles: [
      article({
        id: 'a-lead',
        issueId: 'zxb-2024-03-05',
        pageNumber: 1,
        kicker: '春日调研走进社区',
        title: '小院议事 家门口的协商',
        subtitle: '——一个街道政协委员工作站的一年',
        byline: '□ 本报记者 宋雨桐',
        blocks: [
          { kind: 'paragraph', text: '清晨的工作站里，几位委员正围着一张旧木桌，听居民讲楼道照明的难处。' },
          { kind: 'heading', text: '先听后议 问题摆上桌' },
          { kind: 'paragraph', text: '工作站每月开一次议事会，议题由居民投票选出，委员带着记录回去调研。' },
          { kind: 'caption', text: '居民在议事会上发言。本报记者 宋雨桐 摄' },
        ],
      }),
      article({
        id: 'a-brief',
        issueId: 'zxb-2024-03-05',
        pageNumber: 1,
        title: '委员读书活动启动',
        byline: '□ 本报通讯员 周航',
        blocks: [{ kind: 'paragraph', text: '本年度委员读书活动以线上线下结合的方式开展。' }],
      }),
      article({
        id: 'a-feature',
        issueId: 'zxb-2024-03-05',
        pageNumber: 2,
        kicker: '履职故事',
        title: '把提案写在田埂上',
        byline: '□ 本报记者 何清',
        blocks: [{ kind: 'paragraph', text: '她的提案本里，夹着一张手绘的灌渠草图。' }],
      }),
      article({
        id: 'b-lead',
        issueId: 'zxb-2024-03-12',
        pageNumber: 1,
        title: '全体会议闭幕',
        blocks: [{ kind: 'paragraph', text: '会议完成各项议程后闭幕。' }],
      }),
      article({
        id: 'c-lead',
        issueId: 'zxb-2024-02-27',
        pageNumber: 1,
        title: '常委会会议筹备就绪',
        blocks: [{ kind: 'paragraph', text: '各项筹备工作已基本就绪。' }],
      }),
    ],
    settings: { locale: 'zh-CN', profileName: '读者', articleFontSize: 18, readingTheme: 'light', articleWidth: 'normal' },
    documents: [
      { id: 'doc-report', title: '政府工作报告', kind: 'report', pageCount: 12, sources: [] },
      { id: 'doc-proposal', title: '关于加强农村供水保障的提案', kind: 'proposal', pageCount: 3, sources: [] },
    ],
    reading: { last: null, positions: {} },
  };
}
