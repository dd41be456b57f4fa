/** The document view's strings, spread into the dictionaries of i18n.tsx. Chinese is the source. */
export const documentZh = {
  'document.notFound': '档案里没有这份文件，它可能已被移除。',
  'document.show': '显示',
  'document.text': '正文',
  'document.original': '原件',
  'document.page': '第 {n} 页，共 {total} 页',
  'document.pageBare': '第 {n} 页',
  'document.previousPage': '上一页',
  'document.nextPage': '下一页',
  'document.noText': '这份文件没有可读的文字（可能是扫描件），请看原件。',
  'document.find': '在文件中查找',
} as const;

export const documentEn: Record<keyof typeof documentZh, string> = {
  'document.notFound': 'This document is not in the archive; it may have been removed.',
  'document.show': 'Show',
  'document.text': 'Text',
  'document.original': 'Original',
  'document.page': 'Page {n} of {total}',
  'document.pageBare': 'page {n}',
  'document.previousPage': 'Previous page',
  'document.nextPage': 'Next page',
  'document.noText': 'This document has no readable text (it may be a scan); see the original.',
  'document.find': 'Find in the document',
};
