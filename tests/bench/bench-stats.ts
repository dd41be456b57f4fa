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
