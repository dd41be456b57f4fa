import type { ApiHandlers } from '../../../shared/api';
import { JianbaoError } from '../../../shared/errors';
import type { Archive } from '../archive/archive';
import { annotationsById } from '../collections/collection-book';
import { gbtCitation, isDocumentCitation } from '../export/cite-sources';
import { safeFileStem } from '../export/export-handlers';
import type { ProposalBook } from './proposal-book';
import { proposalToDocx, proposalToMarkdown } from './proposal-export';

type ProposalHandlers = Pick<
  ApiHandlers,
  'listProposals' | 'getProposal' | 'createProposal' | 'saveProposal' | 'restoreProposalVersion' | 'quoteAnnotation' | 'listProposalsCiting' | 'exportProposal'
>;

/** The contract's proposal desk over one archive. */
export function createProposalHandlers(archive: Archive, proposals: ProposalBook): ProposalHandlers {
  return {
    listProposals: ({ text }) => proposals.list(text),
    getProposal: ({ proposalId }) => proposals.get(proposalId),
    createProposal: ({ title }) => proposals.create(title ?? ''),
    saveProposal: ({ proposalId, fields }) => proposals.save(proposalId, fields),
    restoreProposalVersion: ({ proposalId, index }) => proposals.restore(proposalId, index),
    async quoteAnnotation({ annotationId }) {
      const cited = (await annotationsById(archive)).get(annotationId);
      if (!cited) throw new JianbaoError('NOT_FOUND', `找不到批注 ${annotationId} / No annotation ${annotationId}: it may have been deleted.`);
      return {
        annotationId,
        sourceId: cited.article.articleId,
        isDocument: isDocumentCitation(cited.article),
        quote: cited.annotation.target.selector[0].exact,
        citation: gbtCitation(cited.article),
      };
    },
    async listProposalsCiting({ sourceId }) {
      const citing: { id: string; title: string }[] = [];
      for (const summary of await proposals.list()) {
        const record = await proposals.get(summary.id);
        if (record?.proposal.fields.quotes.some((q) => q.sourceId === sourceId)) citing.push({ id: summary.id, title: summary.title });
      }
      return citing;
    },
    async exportProposal({ proposalId, format }) {
      const record = await proposals.get(proposalId);
      if (!record) throw new JianbaoError('NOT_FOUND', `找不到提案 ${proposalId} / No proposal ${proposalId} in this archive.`);
      const { fields } = record.proposal;
      const bytes = format === 'docx' ? await proposalToDocx(fields) : new TextEncoder().encode(proposalToMarkdown(fields));
      return {
        fileName: `${safeFileStem(`提案-${fields.title || proposalId}`)}.${format}`,
        mimeType: format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/markdown',
        data: Buffer.from(bytes).toString('base64'),
        count: fields.quotes.length,
      };
    },
  };
}
