import { describe, expect, it } from 'vitest';
import { apiMethodNames, channelOf, type ApiHandlers } from './api';
import { createClient } from './client';
import { createDispatcher } from './dispatch';
import { JianbaoError } from './errors';
import { ApiEvents } from './events';
import { createInMemoryTransport } from './in-memory-transport';
import { listAnnotationEntries } from './annotation-list';
import type { Settings } from './model';

/** A core stand-in built against the real handler types: settings kept in memory. */
function fakeHandlers(events: ApiEvents): ApiHandlers {
  let settings: Settings = {
    locale: 'zh-CN',
    profileName: '读者',
    articleFontSize: 18,
    readingTheme: 'light',
    articleWidth: 'normal',
  };
  const papers = [{ id: 'p', name: '云岭政协报', shortName: '云岭政协' }];
  return {
    getInfo: async () => ({
      archiveDir: '/archive',
      isDemoOnly: false,
      counts: { papers: 1, issues: 0, pages: 0, articles: 0, documents: 0, annotations: 0 },
    }),
    listPapers: async () => papers,
    listIssues: async () => [],
    getIssue: async ({ issueId }) => {
      if (issueId === 'boom') throw new JianbaoError('CORRUPT_FILE', '文件已损坏 / Damaged file: x.json');
      return null;
    },
    getArticle: async () => {
      throw new TypeError('something broke');
    },
    getSettings: async () => settings,
    updateSettings: async (changes) => {
      settings = { ...settings, ...changes };
      events.emit('onDidChangeSettings', settings);
      return settings;
    },
    listDocuments: async () => [],
    getDocument: async () => null,
    getReadingState: async () => ({ continueReading: null }),
    recordReading: async () => null,
    getReadingPosition: async () => null,
    importFiles: async () => ({ files: [], issues: [], documents: [], changedArticleIds: [], cancelled: false }),
    importUploads: async () => ({ files: [], issues: [], documents: [], changedArticleIds: [], cancelled: false }),
    cancelImport: async () => 0,
    correctIssue: async ({ issueId }) => {
      throw new JianbaoError('NOT_FOUND', `No issue ${issueId}`);
    },
    search: async ({ limit, offset }) => ({ total: 0, offset, limit, hits: [], facets: { papers: [], years: [] } }),
    rebuildSearchIndex: async () => ({ articles: 0, indexBytes: 0, buildMs: 0 }),
    getRecoveryReport: async () => [],
    listAnnotations: async () => [],
    createAnnotation: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到文章 / No such article');
    },
    updateAnnotation: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到批注 / No such annotation');
    },
    deleteAnnotation: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到批注 / No such annotation');
    },
    restoreAnnotation: async ({ annotation }) => ({ annotation, anchor: null }),
    listPageAnnotations: async () => [],
    createPageAnnotation: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到该版 / No such page');
    },
    updatePageAnnotation: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到批注 / No such annotation');
    },
    deletePageAnnotation: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到批注 / No such annotation');
    },
    restorePageAnnotation: async ({ annotation }) => annotation,
    listAllAnnotations: async (request) => listAnnotationEntries([], request),
    listPageCorrections: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到这一期 / No such issue');
    },
    applyPageCorrection: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到这一期 / No such issue');
    },
    undoPageCorrection: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到这一期 / No such issue');
    },
    listPagesToCorrect: async () => [],
    exportAnnotations: async ({ format }) => ({ fileName: `批注.${format}`, mimeType: 'text/plain', data: '', count: 0 }),
    getDigest: async () => ({ title: '批注摘编', note: '', generated: new Date(0).toISOString(), count: 0, groups: [] }),
    importAnnotationFile: async () => ({ added: 0, updated: 0, kept: 0, skipped: [] }),
    listCollections: async () => [],
    getCollection: async () => null,
    createCollection: async () => {
      throw new JianbaoError('INVALID_ARGUMENT', '不可用 / Unavailable');
    },
    updateCollection: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到专题 / No such collection');
    },
    addToCollection: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到专题 / No such collection');
    },
    deleteCollection: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到专题 / No such collection');
    },
    restoreCollection: async ({ collection }) => collection,
    listProposals: async () => [],
    getProposal: async () => null,
    listProposalsCiting: async () => [],
    createProposal: async () => {
      throw new JianbaoError('INVALID_ARGUMENT', '不可用 / Unavailable');
    },
    saveProposal: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到提案 / No such proposal');
    },
    restoreProposalVersion: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到提案 / No such proposal');
    },
    quoteAnnotation: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到批注 / No such annotation');
    },
    exportProposal: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到提案 / No such proposal');
    },
    markCollectionSeen: async () => {
      throw new JianbaoError('NOT_FOUND', '找不到专题 / No such collection');
    },
  };
}

function client() {
  const events = new ApiEvents();
  return createClient(createInMemoryTransport(createDispatcher(fakeHandlers(events)), events));
}

describe('the API contract over an in-memory transport', () => {
  it('offers every method of the contract on the client', () => {
    const api = client();
    for (const method of apiMethodNames) expect(typeof api[method]).toBe('function');
  });

  it('derives one distinct channel per method', () => {
    const channels = apiMethodNames.map(channelOf);
    expect(new Set(channels).size).toBe(apiMethodNames.length);
    expect(channels).toContain('jianbao:getArticle');
  });

  it('returns plain JSON results, and null for what is not found', async () => {
    const api = client();
    expect(await api.listPapers({})).toEqual([{ id: 'p', name: '云岭政协报', shortName: '云岭政协' }]);
    expect(await api.getIssue({ issueId: 'nope' })).toBeNull();
  });

  it('fills in the default sort and page of the annotation list', async () => {
    expect(await client().listAllAnnotations({})).toMatchObject({ total: 0, offset: 0, limit: 200, entries: [] });
  });

  it('carries an error code and message across the door', async () => {
    await expect(client().getIssue({ issueId: 'boom' })).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      message: '文件已损坏 / Damaged file: x.json',
    });
  });

  it('turns an unexpected error into INTERNAL with its message', async () => {
    await expect(client().getArticle({ articleId: 'a' })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('something broke'),
    });
  });

  it.each([
    ['a missing argument', 'getIssue', {}],
    ['an argument of the wrong type', 'getIssue', { issueId: 42 }],
    ['an unknown argument', 'listPapers', { extra: true }],
    ['a value out of range', 'updateSettings', { articleFontSize: 400 }],
    ['a locale we do not have', 'updateSettings', { locale: 'fr' }],
    ['a colour not in the palette', 'listAllAnnotations', { colors: ['red'] }],
    ['a date not written YYYY-MM-DD', 'listAllAnnotations', { from: '2024/03/05' }],
    ['a correction of a kind there is none of', 'applyPageCorrection', { issueId: 'x', pageNumber: 1, correction: { kind: 'delete', blockId: 'b' } }],
    ['a role a reader cannot give', 'applyPageCorrection', { issueId: 'x', pageNumber: 1, correction: { kind: 'role', blockId: 'b', role: 'furniture' } }],
    ['an area of no size', 'applyPageCorrection', { issueId: 'x', pageNumber: 1, correction: { kind: 'redraw', blockId: 'b', areas: [{ x: 0, y: 0, width: 0, height: 5 }] } }],
    ['a correction with an id of its own', 'applyPageCorrection', { issueId: 'x', pageNumber: 1, correction: { kind: 'split', blockId: 'b', id: 'mine' } }],
  ])('refuses %s with INVALID_ARGUMENT before the core sees it', async (_name, method, args) => {
    const api = client() as unknown as Record<string, (a: unknown) => Promise<unknown>>;
    await expect(api[method]?.(args)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('refuses a method the contract does not declare', async () => {
    const dispatch = createDispatcher(fakeHandlers(new ApiEvents()));
    expect(await dispatch('deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('delivers events to subscribers until they unsubscribe', async () => {
    const api = client();
    const seen: string[] = [];
    const unsubscribe = api.onDidChangeSettings((settings) => seen.push(settings.locale));
    await api.updateSettings({ locale: 'en' });
    unsubscribe();
    await api.updateSettings({ locale: 'zh-CN' });
    expect(seen).toEqual(['en']);
  });
});
