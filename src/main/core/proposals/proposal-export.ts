import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ProposalFields } from '../../../shared/proposal';

/**
 * A proposal written out: as Word in the layout proposals are submitted in (the heading 提案,
 * its number, 案由, 提案人 and 联名人, 界别, 类别, then 理由, numbered 建议, the sources
 * quoted, and what is known of its handling), and as Markdown with the same parts.
 */

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一、二、… 十、then 11、: how 建议 are numbered. */
export function suggestionNumber(index: number): string {
  return index < chineseNumerals.length ? `${chineseNumerals[index]}、` : `${index + 1}、`;
}

/** The parts of a proposal as label and lines, shared by both formats. */
function partsOf(fields: ProposalFields) {
  const suggestions = fields.suggestions.filter((s) => s.trim() !== '');
  const handling = [
    fields.status && `办理状态：${fields.status}`,
    fields.leadUnit && `主办单位：${fields.leadUnit}`,
    fields.assistingUnits.length > 0 && `协办单位：${fields.assistingUnits.join('、')}`,
    fields.replyCode && `答复结果：${fields.replyCode}`,
  ].filter((l): l is string => Boolean(l));
  return {
    head: [
      ['案由', fields.title || '（未填写）'],
      ['提案人', fields.proposer],
      ['联名人', fields.cosigners.join('、')],
      ['界别', fields.sector],
      ['类别', fields.category],
    ].filter(([, value]) => value) as [string, string][],
    reasons: [fields.situation, fields.analysis].flatMap((text) => text.split('\n')).filter((l) => l.trim() !== ''),
    suggestions: suggestions.map((s, i) => `${suggestionNumber(i)}${s.trim()}`),
    sources: fields.quotes.map((q, i) => `[${i + 1}] “${q.quote.replace(/\s*\n\s*/g, ' ')}”——${q.citation}`),
    handling,
  };
}

/** The proposal as a Word document. */
export async function proposalToDocx(fields: ProposalFields): Promise<Uint8Array> {
  const parts = partsOf(fields);
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
  const body = (text: string) => new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 360 }, children: [new TextRun(text)] });
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun('提　案')] }),
  ];
  if (fields.number) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(`第 ${fields.number} 号`)] }));
  for (const [label, value] of parts.head) children.push(new Paragraph({ children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(value)] }));
  children.push(heading('理由'), ...parts.reasons.map(body));
  children.push(heading('建议'), ...parts.suggestions.map(body));
  if (parts.sources.length > 0) children.push(heading('引用资料'), ...parts.sources.map((s) => new Paragraph({ children: [new TextRun(s)] })));
  if (parts.handling.length > 0) children.push(heading('办理情况'), ...parts.handling.map((l) => new Paragraph({ children: [new TextRun(l)] })));
  const document = new Document({
    creator: '剪报 Jianbao',
    title: fields.title,
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'FangSong' }, size: 28 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The proposal as Markdown. */
export function proposalToMarkdown(fields: ProposalFields): string {
  const parts = partsOf(fields);
  const lines = [`# 提案：${fields.title || '（未填写）'}`, ''];
  if (fields.number) lines.push(`第 ${fields.number} 号`, '');
  for (const [label, value] of parts.head) lines.push(`- **${label}**：${value}`);
  lines.push('', '## 理由', '', ...parts.reasons.flatMap((l) => [l, '']));
  lines.push('## 建议', '', ...parts.suggestions.flatMap((l) => [l, '']));
  if (parts.sources.length > 0) lines.push('## 引用资料', '', ...parts.sources.flatMap((l) => [l, '']));
  if (parts.handling.length > 0) lines.push('## 办理情况', '', ...parts.handling.map((l) => `- ${l}`), '');
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
