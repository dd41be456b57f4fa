import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, sep } from 'node:path';
import { contentSecurityPolicy } from '../shared/content-security-policy';
import { contentTypeOf, originalContentType, originalSecurityPolicy } from '../shared/content-types';
import { resolveAppRequest, type AppProtocolRoots } from './app-protocol';

/** A response with no body: a refusal the renderer sees as a failed load. */
function status(code: number): Response {
  return new Response(null, { status: code, headers: { 'X-Content-Type-Options': 'nosniff' } });
}

/** Whether `path` is `folder` itself or lies inside it (both already real paths). */
function isInside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * The handler of the `jianbao-app://` protocol (`protocol.handle`): answers a request with
 * a file of the built renderer or an original of the archive, read with Node, and nothing
 * else. `resolveAppRequest` refuses what the URL says (traversal, other hosts, names that are
 * not a sha256); this checks what the disk says: the file's real path, symlinks followed,
 * must still lie inside the real folder it was asked from, and must be a regular file. HTML
 * carries the renderer's Content Security Policy as a header.
 */
export function createAppProtocolHandler(
  roots: AppProtocolRoots,
): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return status(405);
    const answer = resolveAppRequest(request.url, roots);
    if (answer.kind === 'refused') return status(answer.status);
    let file: string;
    let folder: string;
    try {
      [file, folder] = await Promise.all([realpath(answer.path), realpath(roots[answer.root])]);
    } catch {
      return status(404);
    }
    if (!isInside(file, folder)) return status(403);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return status(404);

    // An imported original is served only as a replica type, never as a page or script.
    const isOriginal = answer.root === 'originalsDir';
    const type = isOriginal ? originalContentType(extname(file)) : contentTypeOf(extname(file));
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Content-Length': String(info.size),
      'X-Content-Type-Options': 'nosniff',
    };
    if (isOriginal) headers['Content-Security-Policy'] = originalSecurityPolicy;
    else if (type.startsWith('text/html')) headers['Content-Security-Policy'] = contentSecurityPolicy;
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(new Uint8Array(await readFile(file)), { status: 200, headers });
  };
}
