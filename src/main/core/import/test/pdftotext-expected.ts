/**
 * The CJK text of each fixture PDF as poppler's pdftotext (with poppler-data) gives it,
 * recorded so that CI needs no poppler; where pdftotext is installed it is asked as well.
 */
export const pdftotextCjk: Record<string, string> = {
  'issue2128r.pdf': '浅谈校长的魅力山西省闻喜县诚镇初中李新录',
  'issue8372.pdf': '目录',
  'issue3521.pdf': '我们都是黑体字',
  'issue12823.pdf': '可替换为所需图片愿景描述团队的共同目标有利于团队成员理解目标并朝着目标努力知识库简介介绍知识库的主要内容面向的群体重点关注可以将需要关注的文档链接粘贴在这里方便成员快速访问',
  'issue19360.pdf': '坚持社会主义核心价值体系增强文化自觉和文化自信',
  'issue19182.pdf': '中文姓名胡駿𥕛',
  'issue15340.pdf': '漏電遮断機構電流制限器等に漏電遮断特性を持たせたものと検知機構を一つの箱内に収めたものは漏電遮断器と解釈し対象として取り扱う',
};
