/** Strings of the page and article views and the first start, spread into i18n.tsx. Chinese is the source. */
export const readerZh = {
  'issue.previousIssue': '上一期',
  'issue.nextIssue': '下一期',
  'issue.neighbours': '上一期与下一期',
  'issue.noPreviousIssue': '已是最早一期',
  'issue.noNextIssue': '已是最新一期',
  'issue.downloadPage': '下载本版 PDF',
  'issue.printPage': '打印本版',
  'issue.printing': '正在准备打印…',
  'issue.printFailed': '无法打印：{message}',
  'library.issueCountOne': '1 期',
  'welcome.text': '剪报是一个离线阅读、批注报纸和文件的工具。这里显示的是示例档案；要带入自己的报纸，点右上角的“导入”选择 PDF、网页或文本文件。',
  'welcome.dismiss': '知道了',
  'welcome.label': '欢迎',
} as const;

export const readerEn: Record<keyof typeof readerZh, string> = {
  'issue.previousIssue': 'Previous issue',
  'issue.nextIssue': 'Next issue',
  'issue.neighbours': 'Previous and next issue',
  'issue.noPreviousIssue': 'This is the earliest issue',
  'issue.noNextIssue': 'This is the latest issue',
  'issue.downloadPage': 'Download page PDF',
  'issue.printPage': 'Print page',
  'issue.printing': 'Preparing to print…',
  'issue.printFailed': 'Cannot print: {message}',
  'library.issueCountOne': '1 issue',
  'welcome.text': 'Jianbao reads and annotates newspapers and documents offline. The archive shown is a demo; to bring in your own papers, choose Import at the top right and pick PDF, web page or text files.',
  'welcome.dismiss': 'Got it',
  'welcome.label': 'Welcome',
};
