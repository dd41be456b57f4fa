import { isAbsolute, join, normalize, sep } from 'node:path';

/**
 * The Electron renderer's own origin, `jianbao-app://app/`: the built renderer and, under
 * `originals/`, the archive's original files (page replicas). One origin for both, so the
 * renderer's relative `originals/<sha256>.<ext>` URLs work as in the browser door, and
 * pdf.js's CMaps and worker load with `fetch` as app assets, which file:// does not allow.
 */
export const appScheme = 'jianbao-app';
export const appHost = 'app';
export const appIndexUrl = `${appScheme}://${appHost}/index.html`;

/**
 * What the scheme may do (`protocol.registerSchemesAsPrivileged`): be a standard, secure
 * origin so that fetch, module workers and the CSP's 'self' work as over https. Nothing
 * more: it does not bypass the CSP, open itself to CORS or run service workers.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  bypassCSP: false,
  corsEnabled: false,
  allowServiceWorkers: false,
} as const;

/** What a request to the app's origin is answered with: a file to send, or a refusal. */
export type AppProtocolAnswer =
  | { kind: 'file'; path: string; root: keyof AppProtocolRoots }
  | { kind: 'refused'; status: 400 | 404 };

export interface AppProtocolRoots {
  /** the built renderer (out/renderer) */
  rendererDir: string;
  /** the archive's originals folder */
  originalsDir: string;
}

const original = /^\/originals\/([0-9a-f]{64}\.[a-z0-9]{1,8})$/;

/**
 * Maps a request URL to the file it may read, or refuses it. Refuses any other scheme or
 * host, dot segments and their percent-encodings (`..`, `%2e%2e`), empty segments (`//`, an
 * absolute path), encoded slashes and backslashes, NUL, and anything that would land outside
 * the renderer folder; an original
 * must be named by its sha256 and a short extension, nothing else.
 */
export function resolveAppRequest(requestUrl: string, roots: AppProtocolRoots): AppProtocolAnswer {
  const refused = (status: 400 | 404): AppProtocolAnswer => ({ kind: 'refused', status });
  // Look at the path as sent, before URL parsing folds `..` away.
  const raw = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(requestUrl)?.[1] ?? '/';
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refused(400);
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return refused(404);
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return refused(400);
  }
  const segments = path.split('/');
  const isDotted = segments.some((segment) => segment === '..' || segment === '.');
  if (isDotted || path.includes('//') || /[\\\0]/.test(path) || /%2f|%5c/i.test(raw)) {
    return refused(400);
  }

  const name = original.exec(path)?.[1];
  if (name) return { kind: 'file', path: join(roots.originalsDir, name), root: 'originalsDir' };
  if (path.startsWith('/originals/')) return refused(404);

  const relative = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
  if (relative === '' || isAbsolute(relative) || /^[a-z]:/i.test(relative)) return refused(400);
  const file = normalize(join(roots.rendererDir, relative));
  if (!file.startsWith(normalize(roots.rendererDir + sep))) return refused(400);
  return { kind: 'file', path: file, root: 'rendererDir' };
}
