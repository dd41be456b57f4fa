import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * The real-world fixtures in ../shared/fixtures beside the project (in CI the clone has
 * shared/ beside it the same way). Test use only: the product never ships or copies them.
 */
export const sharedFixturesDir = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

/** The path of one shared fixture, e.g. `sharedFixture('pdf', 'issue8372.pdf')`. */
export function sharedFixture(...parts: string[]): string {
  return join(sharedFixturesDir, ...parts);
}
