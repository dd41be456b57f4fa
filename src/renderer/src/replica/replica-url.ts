import type { Replica } from '../../../shared/model';

/**
 * Where the app fetches a replica's original: `originals/<sha256>.<ext>` beside index.html,
 * which the browser door serves from the archive (and a custom protocol would in Electron).
 */
export function originalUrl(replica: Pick<Replica, 'sha256' | 'ext'>, base: string = document.baseURI): string {
  return new URL(`originals/${replica.sha256}.${replica.ext}`, base).href;
}
