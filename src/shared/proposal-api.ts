import { z } from 'zod';
import type { ExportedFile } from './export-api';
import { proposalFieldsSchema, type Proposal, type ProposalQuote, type ProposalRecord, type ProposalSummary } from './proposal';

/** The proposal desk's part of the API contract, spread into `apiMethods` (api.ts). */
const id = z.string().min(1).max(200);

export const proposalMethods = {
  /** Every proposal, the most recently changed first; `text` keeps those whose words contain it. */
  listProposals: z.object({ text: z.string().max(200).optional() }).strict(),
  /** A proposal with its versions (newest first); null when none has that id. */
  getProposal: z.object({ proposalId: id }).strict(),
  createProposal: z.object({ title: z.string().max(200).optional() }).strict(),
  /** Saves what the reader wrote; the save is kept as a new version. */
  saveProposal: z.object({ proposalId: id, fields: proposalFieldsSchema }).strict(),
  /** Makes an earlier version current again (itself saved as the newest version, so nothing is lost). */
  restoreProposalVersion: z.object({ proposalId: id, index: z.number().int().min(0).max(1_000_000) }).strict(),
  /** An annotation as a proposal quotes it: its text, its GB/T 7714 citation, its source. */
  quoteAnnotation: z.object({ annotationId: z.string().min(1).max(200) }).strict(),
  /** The proposals quoting an article or document. */
  listProposalsCiting: z.object({ sourceId: id }).strict(),
  /** The proposal as a Word file in the usual proposal layout, or as Markdown. */
  exportProposal: z.object({ proposalId: id, format: z.enum(['docx', 'md']) }).strict(),
} as const;

export interface ProposalResults {
  listProposals: ProposalSummary[];
  getProposal: ProposalRecord | null;
  createProposal: Proposal;
  saveProposal: Proposal;
  restoreProposalVersion: Proposal;
  quoteAnnotation: ProposalQuote;
  listProposalsCiting: { id: string; title: string }[];
  exportProposal: ExportedFile;
}
