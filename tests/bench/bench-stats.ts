import { createHash } from 'node:crypto';

/** What one side of the benchmark reports for each query. */
export interface QueryOutcome {
  query: string;
  ms: number;
  count: number;
  /** sha1 of the sorted ids of every matching article */
  digest: string;
}

/** The digest of a result set, independent of order. */
export function digestOf(ids: readonly string[]): string {
  return createHash('sha1').update([...ids].sort().join('\n')).digest('hex');
}

/** The value below which `fraction` of the sorted `values` fall (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** A small deterministic generator (mulberry32), so runs compare. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
