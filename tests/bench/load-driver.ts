import { percentile, random } from './bench-stats';

/** An article the load may annotate: its id and text length. */
export interface LoadArticle {
  id: string;
  length: number;
}

/** A browser door (`jianbao serve`): its http://127.0.0.1:PORT and its secret. */
export interface DoorAddress {
  baseUrl: string;
  token: string;
}

export interface LoadOptions {
  door: DoorAddress;
  concurrency: number;
  durationMs: number;
  articles: readonly LoadArticle[];
  queries: readonly string[];
  seed?: number;
  /** the share of requests that save an annotation (0.2 unless given); searches make up the rest */
  saveShare?: number;
}

export type LoadKind = 'read' | 'listAnnotations' | 'search' | 'save';

export interface LoadResult {
  requests: number;
  elapsedMs: number;
  /** latencies in ms, by kind of request */
  latencies: Record<LoadKind, number[]>;
  /** every request that did not answer ok */
  errors: string[];
  /** the annotations whose save was answered ok */
  saved: { id: string; articleId: string }[];
}

/** One API call through the browser door; resolves to the WireResult. */
export async function call(door: DoorAddress, method: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const response = await fetch(`${door.baseUrl}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${door.token}` },
    body: JSON.stringify(args),
  });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/**
 * `concurrency` clients, each sending one request after another for `durationMs`: reads of
 * issues and articles (40%), annotation lists (20%), searches (20%) and annotation saves
 * (20%, or `saveShare`), as a reading room of readers would.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const rand = random(options.seed ?? 8);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const latencies: Record<LoadKind, number[]> = { read: [], listAnnotations: [], search: [], save: [] };
  const errors: string[] = [];
  const saved: LoadResult['saved'] = [];
  const started = performance.now();
  const deadline = started + options.durationMs;
  let requests = 0;

  const once = async (): Promise<void> => {
    const roll = rand();
    const article = pick(options.articles);
    let kind: LoadKind;
    let method: string;
    let args: Record<string, unknown>;
    if (roll < 0.4) {
      kind = 'read';
      [method, args] = rand() < 0.75 ? ['getArticle', { articleId: article.id }] : ['listIssues', {}];
    } else if (roll < 0.6) {
      [kind, method, args] = ['listAnnotations', 'listAnnotations', { articleId: article.id }];
    } else if (roll < 1 - (options.saveShare ?? 0.2)) {
      [kind, method, args] = ['search', 'search', { query: pick(options.queries), limit: 20 }];
    } else {
      const start = Math.floor(rand() * (article.length - 6));
      [kind, method, args] = ['save', 'createAnnotation', { articleId: article.id, start, end: start + 2 + Math.floor(rand() * 4), comment: `load ${requests}` }];
    }
    const at = performance.now();
    try {
      const result = await call(options.door, method, args);
      latencies[kind].push(performance.now() - at);
      if (!result.ok) errors.push(`${method}: ${result.error?.code} ${result.error?.message}`);
      else if (kind === 'save') saved.push({ id: (result.value as { annotation: { id: string } }).annotation.id, articleId: article.id });
    } catch (error) {
      errors.push(`${method}: ${(error as Error).message}`);
    }
    requests += 1;
  };
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  return { requests, elapsedMs: performance.now() - started, latencies, errors, saved };
}

/** The saves that the archive does not list: each article's annotations asked for once. */
export async function lostSaves(door: DoorAddress, saved: LoadResult['saved']): Promise<string[]> {
  const byArticle = new Map<string, Set<string>>();
  for (const { id, articleId } of saved) byArticle.set(articleId, (byArticle.get(articleId) ?? new Set()).add(id));
  const lost: string[] = [];
  for (const [articleId, ids] of byArticle) {
    const result = await call(door, 'listAnnotations', { articleId });
    const listed = new Set((result.value as { annotation: { id: string } }[]).map((a) => a.annotation.id));
    for (const id of ids) if (!listed.has(id)) lost.push(id);
  }
  return lost;
}

/** p50 / p95 / p99 of each kind, in ms. */
export function latencySummary(latencies: Record<LoadKind, number[]>): Record<LoadKind, { count: number; p50: number; p95: number; p99: number }> {
  const summary = {} as Record<LoadKind, { count: number; p50: number; p95: number; p99: number }>;
  for (const [kind, values] of Object.entries(latencies) as [LoadKind, number[]][]) {
    summary[kind] = { count: values.length, p50: round(percentile(values, 0.5)), p95: round(percentile(values, 0.95)), p99: round(percentile(values, 0.99)) };
  }
  return summary;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
