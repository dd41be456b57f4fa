import type { LayoutBlock, PageAnalysis } from '../../../../shared/page-layout';

type BlockSpec = [id: string, role: LayoutBlock['role'], text: string, x: number, y: number, width: number, height: number, fontSize?: number];

function block([id, role, text, x, y, width, height, fontSize = 10]: BlockSpec): LayoutBlock {
  return { id, role, text, rect: { x, y, width, height }, fontSize };
}

/**
 * A hand-made analysis of a page of three articles and its page furniture, in our own words:
 * what the layout analysis (main/core/layout/) hands the corrections, built by hand so the
 * corrections are tested apart from it. Article A runs in two columns under a wide headline;
 * B has a kicker; C is short. The analysis is unsure of B (confidence 0.4).
 */
export function threeArticlePage(): PageAnalysis {
  const blocks = [
    block(['masthead', 'furniture', '7 理论 2026 年 3 月 2 日 星期一', 40, 10, 920, 20, 9]),
    block(['a-title', 'title', '春耕时节话农机', 40, 50, 440, 40, 28]),
    block(['a-byline', 'byline', '本报记者 林小满', 40, 95, 200, 14]),
    block(['a-body-1', 'body', '清晨的田野里，新式播种机来回穿梭。合作社的老周说，今年一台机器顶过去十个人。', 40, 115, 210, 300]),
    block(['a-body-2', 'body', '农机站的技术员每天下村，手把手教大家调试。春播进度比去年快了一周。', 270, 115, 210, 300]),
    block(['b-kicker', 'kicker', '走进社区', 520, 50, 300, 16, 14]),
    block(['b-title', 'title', '一条老街的新生活', 520, 70, 440, 36, 26]),
    block(['b-body-1', 'body', '老街改造后，居民在家门口就能看病、买菜、听戏。', 520, 115, 210, 200]),
    block(['b-body-2', 'body', '街道还请来志愿者，为独居老人送餐上门。', 750, 115, 210, 200]),
    block(['c-title', 'title', '图书馆延长开放时间', 520, 340, 440, 30, 20]),
    block(['c-body', 'body', '自下月起，市图书馆每晚开放到九点，周末不闭馆。', 520, 375, 440, 60]),
  ];
  return {
    width: 1000,
    height: 1400,
    blocks,
    articles: [
      { blockIds: ['a-title', 'a-byline', 'a-body-1', 'a-body-2'], areas: [{ x: 40, y: 50, width: 440, height: 365 }], confidence: 0.9 },
      { blockIds: ['b-kicker', 'b-title', 'b-body-1', 'b-body-2'], areas: [{ x: 520, y: 50, width: 440, height: 265 }], confidence: 0.4 },
      { blockIds: ['c-title', 'c-body'], areas: [{ x: 520, y: 340, width: 440, height: 95 }], confidence: 0.8 },
    ],
    confidence: 0.4,
  };
}
