/** The search view's newer strings, spread into the dictionaries of i18n.tsx. Chinese is the source. */
export const searchZh = {
  'search.totalMixed': '找到 {articles} 篇文章、{documents} 份文档',
  'search.totalDocuments': '找到 {n} 份文档',
  'search.documents': '文档',
  'search.moreResults': '再显示 {n} 条',
  'search.emptyAny': '没有找到包含“{query}”的文章或文档。',
  'search.range': '日期和版面',
  'search.from': '从',
  'search.to': '至',
  'search.section': '版面',
  'search.sectionPlaceholder': '要闻',
  'search.applyRange': '筛选',
  'search.annotationOn': '批注“{quote}”',
} as const;

export const searchEn: Record<keyof typeof searchZh, string> = {
  'search.totalMixed': '{articles} articles and {documents} documents found',
  'search.totalDocuments': '{n} documents found',
  'search.documents': 'Documents',
  'search.moreResults': 'Show {n} more',
  'search.emptyAny': 'No article or document contains “{query}”.',
  'search.range': 'Dates and section',
  'search.from': 'From',
  'search.to': 'To',
  'search.section': 'Section',
  'search.sectionPlaceholder': 'e.g. 要闻',
  'search.applyRange': 'Filter',
  'search.annotationOn': 'Annotation on “{quote}”',
};
