import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import type { Locale } from '../../shared/model';
import { annotateEn, annotateZh } from './annotate/annotate-strings';
import { documentEn, documentZh } from './views/document-strings';
import { ofdEn, ofdZh } from './views/ofd-strings';
import { issueDetailsEn, issueDetailsZh } from './views/issue-details-strings';
import { importEn, importZh } from './import/import-strings';
import { searchEn, searchZh } from './search/search-strings';
import { readerEn, readerZh } from './views/reader-strings';
import { localizeMessage } from './localize-message';
import { correctionEn, correctionZh } from './corrections/correction-strings';
import { exportEn, exportZh } from './export/export-strings';
import { proposalEn, proposalZh } from './proposals/proposal-strings';

/**
 * The UI's strings. Chinese is the source: its keys are the type every other locale must
 * fill, and its `{placeholders}` are the parameters `t()` requires.
 */
const zh = {
  'app.skipToContent': '跳到正文',
  'language.group': '界面语言',
  'state.loading': '正在加载…',
  'state.errorTitle': '出错了',
  'state.retry': '重试',
  'state.backToLibrary': '返回往期目录',
  'route.notFound': '没有这个页面。',
  'settings.saveFailed': '设置未能保存：{message}',
  'annotations.nav': '批注',
  'annotations.navTitle': '全部批注（Ctrl+B）',
  'annotations.heading': '全部批注',
  'annotations.filters': '筛选批注',
  'annotations.text': '原文或批注里的文字',
  'annotations.textPlaceholder': '查找批注',
  'annotations.color': '颜色',
  'annotations.tags': '标签',
  'annotations.allTags': '全部 {n} 个标签',
  'annotations.paper': '报纸',
  'annotations.allPapers': '全部报纸',
  'annotations.from': '从',
  'annotations.to': '到',
  'annotations.state': '锚点',
  'annotations.stateAll': '全部',
  'annotations.anchored': '已定位',
  'annotations.orphaned': '已失去锚点',
  'annotations.orphanedHint': '文章的文字已改动，找不到这段原文；批注仍然保留。',
  'annotations.sort': '排序',
  'annotations.sortModified': '最近批注',
  'annotations.sortDate': '报纸日期',
  'annotations.clearFilters': '清除筛选',
  'annotations.total': '共 {n} 条',
  'annotations.totalOf': '共 {n} 条（全部 {all} 条）',
  'annotations.capped': '只列出了前 {n} 条，缩小筛选范围可看到其余的。',
  'annotations.empty': '还没有批注。',
  'annotations.emptyHint': '打开一篇文章，选中文字，就可以划线、写批注、加标签；每条批注都会列在这里。',
  'annotations.noMatch': '没有符合筛选条件的批注。',
  'annotations.list': '批注列表',
  'annotations.articleGone': '（文章已不在档案中）',
  'annotations.onPage': '版面批注',
  'annotations.color.yellow': '黄',
  'annotations.color.green': '绿',
  'annotations.color.blue': '蓝',
  'annotations.color.pink': '粉',
  'annotations.color.purple': '紫',
  'library.heading': '往期',
  'library.empty': '档案里还没有报纸。',
  'library.emptyHint': '用命令 jianbao import 导入报纸的 PDF 或文本后，它们会出现在这里。',
  'issue.number': '总第{n}期',
  'issue.pageCount': '{n} 版',
  'issue.pageCountOne': '1 版',
  'issue.articleCount': '{n} 篇文章',
  'issue.articleCountOne': '1 篇文章',
  'issue.pageLabel': '第 {n} 版 · {section}',
  'issue.pageLabelBare': '第 {n} 版',
  'issue.pages': '版面',
  'issue.articlesOnPage': '本版文章',
  'issue.previousPage': '上一版',
  'issue.nextPage': '下一版',
  'issue.noArticles': '这一版没有可读的文章。',
  'issue.notFound': '档案里没有这一期，它可能已被移除。',
  'article.breadcrumb': '所在位置',
  'article.fontSize': '字号',
  'article.fontSmaller': '缩小字号',
  'article.fontLarger': '放大字号',
  'article.neighbours': '上一篇与下一篇',
  'article.previous': '上一篇',
  'article.next': '下一篇',
  'article.noPrevious': '已是本期第一篇',
  'article.noNext': '已是本期最后一篇',
  'article.notFound': '档案里没有这篇文章，它可能已被移除。',
  'article.showOnPage': '在版面上查看',
  'article.theme': '阅读主题',
  'article.themeLight': '白天',
  'article.themeSepia': '米黄',
  'article.themeDark': '夜间',
  'article.width': '栏宽',
  'article.widthNarrow': '窄',
  'article.widthNormal': '中',
  'article.widthWide': '宽',
  'library.papers': '报纸',
  'library.calendar': '往期日历',
  'library.list': '期次列表',
  'library.issueCount': '{n} 期',
  'library.continue': '继续阅读',
  'library.documents': '文件',
  'library.noDocuments': '档案里还没有文件。',
  'library.noDatedIssues': '没有注明日期的期次。',
  'calendar.year': '年份',
  'calendar.months': '月份',
  'calendar.monthWithIssues': '{month}，{n} 期',
  'calendar.weekdays': '一 二 三 四 五 六 日',
  'document.report': '报告',
  'document.proposal': '提案',
  'document.other': '文件',
  'document.pages': '{n} 页',
  'replica.region': '{label} 版面图',
  'replica.loading': '正在载入版面图…',
  'replica.failed': '版面图无法显示：{message}',
  'replica.none': '这一版没有版面图。',
  'replica.areas': '版面上的文章',
  'replica.toolbar': '版面缩放',
  'replica.fitWidth': '适合宽度',
  'replica.fitPage': '整版',
  'replica.zoomIn': '放大版面',
  'replica.zoomOut': '缩小版面',
  'replica.scale': '缩放比例',
  'find.inArticle': '在本文中查找',
  'find.inPage': '在本版中查找',
  'find.none': '无结果',
  'find.count': '第 {n} 处，共 {total} 处',
  'find.previous': '上一处',
  'find.next': '下一处',
  'find.close': '关闭查找',
  'search.label': '搜索全部报纸',
  'search.placeholder': '搜索（Ctrl+K）',
  'search.submit': '搜索',
  'search.heading': '搜索结果',
  'search.total': '找到 {n} 篇文章',
  'search.rankedWithin': '按相关度排列的是最新的 {n} 篇',
  'search.results': '“{query}”的搜索结果',
  'search.empty': '没有找到包含“{query}”的文章。',
  'search.emptyHint': '试试更短的词，或去掉报纸和年份的筛选。',
  'search.noQuery': '在上方的搜索框里输入要找的词，按回车。',
  'search.filters': '筛选',
  'search.byPaper': '报纸',
  'search.byYear': '年份',
  'search.facetCount': '{label}（{n}）',
  'search.clearFilters': '清除筛选',
  'search.sort': '排序',
  'search.sortRelevance': '相关度',
  'search.sortDate': '日期',
  'search.more': '再显示 {n} 篇',
  'search.inAnnotation': '批注',
  'search.markedInArticle': '已标出“{query}”的 {n} 处',
  'search.backToResults': '返回搜索结果',
  'search.onPage': '版面文字（不在已识别的文章中）',
  ...annotateZh,
  ...documentZh,
  ...ofdZh,
  ...issueDetailsZh,
  ...importZh,
  ...exportZh,
  ...proposalZh,
  ...correctionZh,
  ...searchZh,
  ...readerZh,
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.skipToContent': 'Skip to content',
  'language.group': 'Interface language',
  'state.loading': 'Loading…',
  'state.errorTitle': 'Something went wrong',
  'state.retry': 'Retry',
  'state.backToLibrary': 'Back to the issue list',
  'route.notFound': 'There is no such page.',
  'settings.saveFailed': 'Settings were not saved: {message}',
  'annotations.nav': 'Annotations',
  'annotations.navTitle': 'All annotations (Ctrl+B)',
  'annotations.heading': 'All annotations',
  'annotations.filters': 'Filter annotations',
  'annotations.text': 'Words in the quote or comment',
  'annotations.textPlaceholder': 'Find in annotations',
  'annotations.color': 'Colour',
  'annotations.tags': 'Tags',
  'annotations.allTags': 'All {n} tags',
  'annotations.paper': 'Paper',
  'annotations.allPapers': 'All papers',
  'annotations.from': 'From',
  'annotations.to': 'To',
  'annotations.state': 'Anchor',
  'annotations.stateAll': 'All',
  'annotations.anchored': 'Anchored',
  'annotations.orphaned': 'Orphaned',
  'annotations.orphanedHint': 'The article’s text has changed and this passage is no longer in it; the annotation is kept.',
  'annotations.sort': 'Sort by',
  'annotations.sortModified': 'Recently annotated',
  'annotations.sortDate': 'Issue date',
  'annotations.clearFilters': 'Clear filters',
  'annotations.total': '{n} annotations',
  'annotations.totalOf': '{n} of {all} annotations',
  'annotations.capped': 'Only the first {n} are listed; narrow the filters to see the others.',
  'annotations.empty': 'No annotations yet.',
  'annotations.emptyHint': 'Open an article and select some text to highlight it, comment on it or tag it; every annotation is listed here.',
  'annotations.noMatch': 'No annotation matches these filters.',
  'annotations.list': 'Annotations',
  'annotations.articleGone': '(article no longer in the archive)',
  'annotations.onPage': 'on the page replica',
  'annotations.color.yellow': 'Yellow',
  'annotations.color.green': 'Green',
  'annotations.color.blue': 'Blue',
  'annotations.color.pink': 'Pink',
  'annotations.color.purple': 'Purple',
  'library.heading': 'Back issues',
  'library.empty': 'The archive holds no issues yet.',
  'library.emptyHint': 'Import a paper’s PDF or text with the command jianbao import and it will appear here.',
  'issue.number': 'No. {n}',
  'issue.pageCount': '{n} pages',
  'issue.pageCountOne': '1 page',
  'issue.articleCount': '{n} articles',
  'issue.articleCountOne': '1 article',
  'issue.pageLabel': 'Page {n} · {section}',
  'issue.pageLabelBare': 'Page {n}',
  'issue.pages': 'Pages',
  'issue.articlesOnPage': 'Articles on this page',
  'issue.previousPage': 'Previous page',
  'issue.nextPage': 'Next page',
  'issue.noArticles': 'This page has no articles to read.',
  'issue.notFound': 'This issue is not in the archive; it may have been removed.',
  'article.breadcrumb': 'You are here',
  'article.fontSize': 'Text size',
  'article.fontSmaller': 'Smaller text',
  'article.fontLarger': 'Larger text',
  'article.neighbours': 'Previous and next article',
  'article.previous': 'Previous article',
  'article.next': 'Next article',
  'article.noPrevious': 'First article of the issue',
  'article.noNext': 'Last article of the issue',
  'article.notFound': 'This article is not in the archive; it may have been removed.',
  'article.showOnPage': 'Show on page',
  'article.theme': 'Reading theme',
  'article.themeLight': 'Light',
  'article.themeSepia': 'Sepia',
  'article.themeDark': 'Dark',
  'article.width': 'Column width',
  'article.widthNarrow': 'Narrow',
  'article.widthNormal': 'Normal',
  'article.widthWide': 'Wide',
  'library.papers': 'Papers',
  'library.calendar': 'Calendar',
  'library.list': 'All issues',
  'library.issueCount': '{n} issues',
  'library.continue': 'Continue reading',
  'library.documents': 'Documents',
  'library.noDocuments': 'The archive holds no documents yet.',
  'library.noDatedIssues': 'No issue has a date.',
  'calendar.year': 'Year',
  'calendar.months': 'Months',
  'calendar.monthWithIssues': '{month}, {n} issues',
  'calendar.weekdays': 'Mon Tue Wed Thu Fri Sat Sun',
  'document.report': 'Report',
  'document.proposal': 'Proposal',
  'document.other': 'Document',
  'document.pages': '{n} pages',
  'replica.region': 'Replica of {label}',
  'replica.loading': 'Loading the page replica…',
  'replica.failed': 'The page replica cannot be shown: {message}',
  'replica.none': 'This page has no replica.',
  'replica.areas': 'Articles on the page',
  'replica.toolbar': 'Page zoom',
  'replica.fitWidth': 'Fit width',
  'replica.fitPage': 'Fit page',
  'replica.zoomIn': 'Zoom in',
  'replica.zoomOut': 'Zoom out',
  'replica.scale': 'Scale',
  'find.inArticle': 'Find in this article',
  'find.inPage': 'Find on this page',
  'find.none': 'No matches',
  'find.count': '{n} of {total}',
  'find.previous': 'Previous match',
  'find.next': 'Next match',
  'find.close': 'Close find',
  'search.label': 'Search all papers',
  'search.placeholder': 'Search (Ctrl+K)',
  'search.submit': 'Search',
  'search.heading': 'Search results',
  'search.total': '{n} articles found',
  'search.rankedWithin': 'ranked by relevance among the newest {n}',
  'search.results': 'Results for “{query}”',
  'search.empty': 'No article contains “{query}”.',
  'search.emptyHint': 'Try a shorter word, or remove the paper and year filters.',
  'search.noQuery': 'Type what to look for in the search field above and press Enter.',
  'search.filters': 'Filters',
  'search.byPaper': 'Paper',
  'search.byYear': 'Year',
  'search.facetCount': '{label} ({n})',
  'search.clearFilters': 'Clear filters',
  'search.sort': 'Sort by',
  'search.sortRelevance': 'Relevance',
  'search.sortDate': 'Date',
  'search.more': 'Show {n} more',
  'search.inAnnotation': 'Annotation',
  'search.markedInArticle': '{n} hits of “{query}” marked',
  'search.onPage': 'Text on the page (in no recognised article)',
  'search.backToResults': 'Back to the results',
  ...annotateEn,
  ...documentEn,
  ...ofdEn,
  ...issueDetailsEn,
  ...importEn,
  ...exportEn,
  ...proposalEn,
  ...correctionEn,
  ...searchEn,
  ...readerEn,
};

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** The names between braces in a message, e.g. 'n' | 'section' for '第 {n} 版 · {section}'. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type ParamsOf<K extends MessageKey> = [Placeholders<(typeof zh)[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<(typeof zh)[K]>, string | number>];

/** Looks a message up; a message with placeholders requires their values. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

/**
 * Fills a message for a locale; exported for code outside React (and tests). A `{message}`
 * (an error from the core, bilingual) is shown in the locale's language only.
 */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const message = dictionaries[locale][key];
  if (!params) return message;
  const filled = message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = String(params[name]);
    return name === 'message' ? localizeMessage(value, locale) : value;
  });
  // English counts: "1 issues" is "1 issue" (every counted noun of the dictionary takes -s).
  return locale === 'en' && Object.values(params).includes(1) ? filled.replace(/(^|[^\d.,])1 ([a-z]+[^s\W])s\b/g, '$11 $2') : filled;
}

const LocaleContext = createContext<Locale>('zh-CN');

/** Sets the UI language of everything below it, and the document's `lang`. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The message function of the current locale. */
export function useT(): Translate {
  const locale = useLocale();
  return useCallback<Translate>(
    (key, ...params) => translate(locale, key, params[0] as Record<string, string | number> | undefined),
    [locale],
  );
}
