import { z } from 'zod';

/**
 * A proposal (提案) the reader writes: 案由, 提案人 and co-signers, 界别, 类别, 理由 (the
 * situation and its analysis), numbered 建议, the quotes it cites, and what is known of its
 * handling. Every save is kept as a version that can be restored.
 */

/** 办理状态, in the order a proposal goes through them ('' while not yet submitted). */
export const proposalStatuses = ['', '立案', '并案', '不予立案', '交办', '在办', '已答复', '反馈'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** A quote cited by a proposal: the text, its GB/T 7714 citation, and where it came from (for the link back). */
export const proposalQuoteSchema = z
  .object({
    /** the annotation quoted */
    annotationId: z.string().min(1).max(200),
    /** the article or document the annotation is on */
    sourceId: z.string().min(1).max(200),
    isDocument: z.boolean(),
    quote: z.string().min(1).max(20_000),
    citation: z.string().max(1000),
  })
  .strict();

export type ProposalQuote = z.output<typeof proposalQuoteSchema>;

const line = (max: number) => z.string().max(max);

/** What the reader writes; every field present, empty when not known. */
export const proposalFieldsSchema = z
  .object({
    /** 案由 */
    title: line(200),
    /** 提案人 */
    proposer: line(100),
    cosigners: z.array(line(100)).max(200),
    /** 界别 */
    sector: line(100),
    /** 类别 */
    category: line(100),
    /** 理由: the situation */
    situation: line(50_000),
    /** 理由: its analysis */
    analysis: line(50_000),
    /** 建议, numbered in this order */
    suggestions: z.array(line(20_000)).max(100),
    /** the quotes cited, numbered [1], [2] … in this order */
    quotes: z.array(proposalQuoteSchema).max(500),
    /** 提案号 */
    number: line(50),
    status: z.enum(proposalStatuses),
    /** 承办单位: lead */
    leadUnit: line(200),
    /** 承办单位: assisting */
    assistingUnits: z.array(line(200)).max(50),
    /** 答复结果代码 (A, B, C …) */
    replyCode: line(20),
  })
  .strict();

export type ProposalFields = z.output<typeof proposalFieldsSchema>;

export interface Proposal {
  id: string;
  fields: ProposalFields;
  created: string;
  modified: string;
}

/** One kept save of a proposal. */
export interface ProposalVersion {
  /** its place among the versions, 0 the first */
  index: number;
  /** when it was saved */
  at: string;
  title: string;
  /** its length in characters, as lengthOf counts */
  length: number;
}

export interface ProposalRecord {
  proposal: Proposal;
  /** newest first */
  versions: ProposalVersion[];
}

export interface ProposalSummary {
  id: string;
  title: string;
  proposer: string;
  status: ProposalStatus;
  length: number;
  modified: string;
}

/** A proposal runs typically to this many characters. */
export const proposalLengthGuide = { min: 800, max: 1500 } as const;

/** Fields of a new, empty proposal. */
export function emptyProposalFields(): ProposalFields {
  return {
    title: '',
    proposer: '',
    cosigners: [],
    sector: '',
    category: '',
    situation: '',
    analysis: '',
    suggestions: [''],
    quotes: [],
    number: '',
    status: '',
    leadUnit: '',
    assistingUnits: [],
    replyCode: '',
  };
}

/** The proposal's length as its guidance counts it: the characters of 案由, 理由 and 建议, whitespace left out. */
export function lengthOf(fields: Pick<ProposalFields, 'title' | 'situation' | 'analysis' | 'suggestions'>): number {
  const text = [fields.title, fields.situation, fields.analysis, ...fields.suggestions].join('');
  return [...text.replace(/\s+/gu, '')].length;
}
