import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { JianbaoError } from '../../../shared/errors';
import { emptyProposalFields, lengthOf, type Proposal, type ProposalFields, type ProposalRecord, type ProposalSummary } from '../../../shared/proposal';
import { fold } from '../../../shared/anchoring/text-fold';
import type { Archive } from '../archive/archive';
import { JsonStore, type Versioned } from '../storage/json-store';

/** proposals/<id>.json: one proposal, and every save of it. */
export interface ProposalFile extends Versioned {
  proposal: Proposal;
  /** every save, oldest first */
  versions: { at: string; fields: ProposalFields }[];
}

export const proposalSchemaVersion = 1;

/** Saves kept per proposal; past this the oldest go (a save a second for an hour and more). */
export const maxVersions = 5000;

/** Throws (the store then moves the file aside) when a proposal file is not what this version wrote. */
export function validateProposal(data: unknown): asserts data is ProposalFile {
  const record = data as Partial<ProposalFile>;
  if (typeof record.proposal?.id !== 'string' || !Array.isArray(record.versions)) throw new Error('no proposal or versions');
}

/** The store of proposals/<id>.json; an absent file reads as a proposal with no id. */
export function openProposalStore(archive: Archive, proposalId: string): JsonStore<ProposalFile> {
  return new JsonStore<ProposalFile>({
    file: join(archive.dir, 'proposals', `${proposalId}.json`),
    schemaVersion: proposalSchemaVersion,
    defaults: () => ({ schemaVersion: proposalSchemaVersion, proposal: { id: '', fields: emptyProposalFields(), created: '', modified: '' }, versions: [] }),
    validate: validateProposal,
    ...archive.storeHooks(),
  });
}

export interface ProposalBookOptions {
  now: () => Date;
  newId: () => string;
}

/**
 * The proposals the reader writes, each in its own small file so that a save as they type
 * rewrites kilobytes; every save is kept as a version.
 */
export class ProposalBook {
  private readonly stores = new Map<string, JsonStore<ProposalFile>>();

  constructor(
    private readonly archive: Archive,
    private readonly options: ProposalBookOptions,
  ) {}

  private get dir(): string {
    return join(this.archive.dir, 'proposals');
  }

  private store(proposalId: string): JsonStore<ProposalFile> {
    if (!/^[A-Za-z0-9-]{1,100}$/.test(proposalId)) throw notFound(proposalId);
    let store = this.stores.get(proposalId);
    if (!store) {
      store = openProposalStore(this.archive, proposalId);
      this.stores.set(proposalId, store);
    }
    return store;
  }

  /** Every proposal, the most recently changed first; with `text`, those whose words hold it (folded). */
  async list(text?: string): Promise<ProposalSummary[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const query = fold(text ?? '').trim();
    const summaries: ProposalSummary[] = [];
    for (const name of names) {
      const match = /^([A-Za-z0-9-]+)\.json$/.exec(name);
      if (!match?.[1]) continue;
      const { proposal } = await this.store(match[1]).read();
      if (!proposal.id) continue;
      const { fields } = proposal;
      if (query && !fold([fields.title, fields.proposer, fields.situation, fields.analysis, ...fields.suggestions, ...fields.quotes.map((q) => q.quote)].join('\n')).includes(query)) continue;
      summaries.push({ id: proposal.id, title: fields.title, proposer: fields.proposer, status: fields.status, length: lengthOf(fields), modified: proposal.modified });
    }
    return summaries.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0));
  }

  /** The proposal with its versions, newest first; null when none has that id. */
  async get(proposalId: string): Promise<ProposalRecord | null> {
    const file = await this.store(proposalId).read();
    if (!file.proposal.id) return null;
    const versions = file.versions.map((v, index) => ({ index, at: v.at, title: v.fields.title, length: lengthOf(v.fields) })).reverse();
    return { proposal: file.proposal, versions };
  }

  async create(title = ''): Promise<Proposal> {
    const id = this.options.newId();
    const at = this.options.now().toISOString();
    const proposal: Proposal = { id, fields: { ...emptyProposalFields(), title }, created: at, modified: at };
    await mkdir(this.dir, { recursive: true });
    await this.store(id).update((file) => {
      file.proposal = proposal;
      file.versions = [{ at, fields: proposal.fields }];
    });
    return proposal;
  }

  /** Saves the fields as the proposal's current text, kept as a new version. */
  async save(proposalId: string, fields: ProposalFields): Promise<Proposal> {
    return this.store(proposalId).update((file) => {
      if (!file.proposal.id) throw notFound(proposalId);
      const at = this.options.now().toISOString();
      file.proposal = { ...file.proposal, fields, modified: at };
      file.versions.push({ at, fields });
      if (file.versions.length > maxVersions) file.versions.splice(0, file.versions.length - maxVersions);
      return file.proposal;
    });
  }

  /** Makes version `index` current, saved as the newest version. */
  async restore(proposalId: string, index: number): Promise<Proposal> {
    const file = await this.store(proposalId).read();
    const version = file.versions[index];
    if (!file.proposal.id || !version) throw new JianbaoError('NOT_FOUND', `提案 ${proposalId} 没有第 ${index + 1} 个版本 / Proposal ${proposalId} has no version ${index + 1}.`);
    return this.save(proposalId, version.fields);
  }
}

function notFound(proposalId: string): JianbaoError {
  return new JianbaoError('NOT_FOUND', `找不到提案 ${proposalId} / No proposal ${proposalId} in this archive.`);
}
