import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { openCore } from '../open-core';
import { articleTitled, testBook } from '../annotations/test/annotation-fixtures';
import { emptyProposalFields, lengthOf } from '../../../shared/proposal';

async function proposalCore() {
  const dir = await tempDir();
  const core = await openCore(dir);
  const street = await articleTitled(core, '一件提案让老街重焕生机');
  const quote = street.blocks[1]!.text.slice(0, 14);
  const start = street.text.indexOf(quote);
  const { annotation } = await testBook(core.archive).create({ articleId: street.id, start, end: start + quote.length });
  return { dir, core, street, quote, annotationId: annotation.id };
}

describe('the proposal desk', () => {
  it('keeps every save as a version, restores an earlier one without losing the later, across reopening', async () => {
    const { dir, core } = await proposalCore();
    const made = await core.handlers.createProposal({ title: '关于老街改造的提案' });
    const fields = { ...emptyProposalFields(), title: '关于老街改造的提案', situation: '老街年久失修。' };
    await core.handlers.saveProposal({ proposalId: made.id, fields });
    await core.handlers.saveProposal({ proposalId: made.id, fields: { ...fields, situation: '老街年久失修，居民出行不便。' } });
    const reopened = await openCore(dir);
    const record = await reopened.handlers.getProposal({ proposalId: made.id });
    expect(record?.proposal.fields.situation).toBe('老街年久失修，居民出行不便。');
    expect(record?.versions.map((v) => v.index)).toEqual([2, 1, 0]);
    await reopened.handlers.restoreProposalVersion({ proposalId: made.id, index: 1 });
    const restored = await reopened.handlers.getProposal({ proposalId: made.id });
    expect(restored?.proposal.fields.situation).toBe('老街年久失修。');
    expect(restored?.versions).toHaveLength(4);
    await expect(reopened.handlers.restoreProposalVersion({ proposalId: made.id, index: 99 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('quotes an annotation with its GB/T 7714 citation, lists the proposal on the article cited, and finds it by its words', async () => {
    const { core, street, quote, annotationId } = await proposalCore();
    const made = await core.handlers.createProposal({});
    const cited = await core.handlers.quoteAnnotation({ annotationId });
    expect(cited).toMatchObject({ sourceId: street.id, quote, isDocument: false });
    expect(cited.citation).toMatch(/一件提案让老街重焕生机\[N\]\. 云岭政协报, 2026-03-04\(2\)\.$/);
    await core.handlers.saveProposal({ proposalId: made.id, fields: { ...emptyProposalFields(), title: '关于保护老街的提案', quotes: [cited] } });
    expect(await core.handlers.listProposalsCiting({ sourceId: street.id })).toEqual([{ id: made.id, title: '关于保护老街的提案' }]);
    expect((await core.handlers.listProposals({ text: '保护老街' })).map((p) => p.id)).toEqual([made.id]);
    expect(await core.handlers.listProposals({ text: '没有的词' })).toEqual([]);
  });

  it('exports Word in the proposal layout and Markdown, with numbered suggestions and the sources quoted', async () => {
    const { core, annotationId, quote } = await proposalCore();
    const made = await core.handlers.createProposal({});
    const cited = await core.handlers.quoteAnnotation({ annotationId });
    const fields = {
      ...emptyProposalFields(),
      title: '关于保护老街的提案',
      proposer: '林晓',
      cosigners: ['王芳', '李强'],
      sector: '文化艺术界',
      category: '文化',
      situation: `据报道，“${quote}”[1]。`,
      analysis: '原因在于缺少统筹。',
      suggestions: ['设立保护专项资金', '建立居民议事机制'],
      quotes: [cited],
      status: '立案' as const,
      leadUnit: '市住建局',
    };
    await core.handlers.saveProposal({ proposalId: made.id, fields });
    const docx = await core.handlers.exportProposal({ proposalId: made.id, format: 'docx' });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(docx.data, 'base64') })).value;
    for (const part of ['案由：关于保护老街的提案', '提案人：林晓', '联名人：王芳、李强', '界别：文化艺术界', '理由', '一、设立保护专项资金', '二、建立居民议事机制', `[1] “${quote}”——${cited.citation}`, '办理状态：立案', '主办单位：市住建局']) {
      expect(text).toContain(part);
    }
    const md = Buffer.from((await core.handlers.exportProposal({ proposalId: made.id, format: 'md' })).data, 'base64').toString('utf8');
    expect(md).toContain('# 提案：关于保护老街的提案');
    expect(md).toContain('二、建立居民议事机制');
  });

  it('counts a proposal’s length in characters without whitespace', () => {
    expect(lengthOf({ title: '案由', situation: '一 二\n三', analysis: '', suggestions: ['四五'] })).toBe(7);
  });
});
