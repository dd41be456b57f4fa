import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ErrorCode, WireResult } from '../shared/errors';
import { httpStatusOf, JianbaoError, toWireError } from '../shared/errors';
import { contentSecurityPolicy } from '../shared/content-security-policy';
import { contentTypeOf, originalContentType, originalSecurityPolicy } from '../shared/content-types';
import { maxUploadBytes } from '../shared/import-types';
import type { Core } from '../main/core/open-core';
import { doorCookie, isDoorToken, offeredTokens } from './door-auth';
import { checkImportPaths } from './import-roots';


const unauthorizedMessage =
  '请打开 jianbao serve 打印的网址（含 token） / Open the address `jianbao serve` printed (it holds the token)';

const maxBodyBytes = 1024 * 1024;
/** An upload's files travel as base64 (4 characters for 3 bytes), with room for the JSON around them. */
const maxUploadBodyBytes = Math.ceil(maxUploadBytes / 3) * 4 + 1024 * 1024;

export interface HttpDoorOptions {
  core: Core;
  /** the built renderer (out/renderer) */
  rendererDir: string;
  /** the secret every API, events and originals request must carry (see door-auth.ts) */
  token: string;
  /** real paths of the folders a browser may import from by path (`--import-root`); none: uploads only */
  importRoots?: readonly string[];
}

/**
 * The browser door of `jianbao serve`: the API as `POST /api/<method>` with a JSON body
 * answered by a JSON WireResult, events as Server-Sent Events on `GET /api/events`, the
 * archive's originals under `/originals/`, and the built renderer. Meant to listen on
 * 127.0.0.1 only; requests naming another host (DNS rebinding) are refused, and API, events
 * and originals requests without the door's token get 401. The app's own files are served to
 * anyone (they hold nothing of the archive); opening one with `?token=` sets the cookie that
 * lets the browser's later requests through.
 */
export function createHttpDoor({ core, rendererDir, token, importRoots = [] }: HttpDoorOptions): Server {
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: toWireError(error) });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    if (!isLocalHost(request.headers.host)) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected request');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const port = request.socket.localPort ?? 0;
    const isAuthorized = offeredTokens(request, url, port).some((offered) => isDoorToken(offered, token));
    const pathname = safeDecode(url.pathname);
    const isProtected = /^\/(api|originals)\//.test(pathname ?? url.pathname);
    if (isProtected && !isAuthorized) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="jianbao"');
      sendJson(response, 401, failure('UNAUTHORIZED', unauthorizedMessage));
      return;
    }
    if (url.pathname === '/api/events' && request.method === 'GET') return serveEvents(request, response);
    if (pathname === null) return notFound(response);
    if (pathname.startsWith('/api/')) return serveApi(request, response, pathname.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname.startsWith('/originals/')) return serveOriginal(response, pathname.slice('/originals/'.length));
    if (isAuthorized && url.searchParams.has('token')) response.setHeader('Set-Cookie', doorCookie(port, token));
    return serveStatic(response, pathname);
  }

  async function serveApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') {
      response.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    // A JSON content type cannot be sent cross-origin without a preflight, which we never answer.
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(response, 415, failure('INVALID_ARGUMENT', '需要 JSON 请求体 / A JSON request body is required'));
      return;
    }
    let args: unknown;
    try {
      // Uploads, and a colleague's annotation file, may be far larger than an ordinary call.
      const body = await readBody(request, method === 'importUploads' || method === 'importAnnotationFile' ? maxUploadBodyBytes : maxBodyBytes);
      args = body.length === 0 ? {} : JSON.parse(body);
    } catch (error) {
      if (error instanceof JianbaoError) {
        sendJson(response, httpStatusOf[error.code], failure(error.code, error.message));
      } else {
        sendJson(response, 400, failure('INVALID_ARGUMENT', '请求体不是有效的 JSON / The request body is not valid JSON'));
      }
      return;
    }
    if (method === 'importFiles') {
      // A browser may name server paths only inside --import-root; otherwise it uploads bytes.
      try {
        args = await withCheckedPaths(args, importRoots);
      } catch (error) {
        const wire = toWireError(error);
        sendJson(response, httpStatusOf[wire.code], { ok: false, error: wire });
        return;
      }
    }
    const result = await core.dispatch(method, args);
    sendJson(response, result.ok ? 200 : httpStatusOf[result.error.code], result);
  }

  function serveEvents(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    const unsubscribe = core.events.listen((event, payload) => {
      response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    request.on('close', unsubscribe);
  }

  async function serveOriginal(response: ServerResponse, name: string): Promise<void> {
    const match = /^([0-9a-f]{64})\.([a-z0-9]{1,8})$/.exec(name);
    if (!match) return notFound(response);
    await sendFile(response, core.archive.originalPath(match[1] as string, match[2] as string), true);
  }

  async function serveStatic(response: ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = normalize(join(rendererDir, relative));
    if (!file.startsWith(normalize(rendererDir + sep)) || relative.includes('\0')) return notFound(response);
    await sendFile(response, file);
  }

  return server;
}

/** importFiles' arguments with each path replaced by its checked real path; other shapes pass on to validation. */
async function withCheckedPaths(args: unknown, roots: readonly string[]): Promise<unknown> {
  if (typeof args !== 'object' || args === null || !('paths' in args)) return args;
  const { paths } = args as { paths: unknown };
  if (!Array.isArray(paths) || !paths.every((path): path is string => typeof path === 'string')) return args;
  return { ...args, paths: await checkImportPaths(paths, roots) };
}

/** Sends a file of the app, or (`isOriginal`) an imported original, which never runs as a page or script. */
async function sendFile(response: ServerResponse, file: string, isOriginal = false): Promise<void> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound(response);
    size = info.size;
  } catch {
    return notFound(response);
  }
  const type = isOriginal ? originalContentType(extname(file)) : contentTypeOf(extname(file));
  const policy = isOriginal ? originalSecurityPolicy : type.startsWith('text/html') ? contentSecurityPolicy : null;
  response.writeHead(200, {
    'Content-Type': type,
    'Content-Length': size,
    'X-Content-Type-Options': 'nosniff',
    ...(policy ? { 'Content-Security-Policy': policy } : {}),
  });
  createReadStream(file).pipe(response);
}

/** The decoded path, or null when it is not valid percent-encoding. */
function safeDecode(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

function sendJson(response: ServerResponse, status: number, body: WireResult): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

function failure(code: ErrorCode, message: string): WireResult {
  return { ok: false, error: { code, message } };
}

function isLocalHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new JianbaoError('TOO_LARGE', `请求体过大（上传每次最多 ${maxUploadBytes / 1024 / 1024} MB） / The request body is too large (uploads: at most ${maxUploadBytes / 1024 / 1024} MB at a time)`));
        // The rest is read and dropped, so that the 413 reaches the client.
        request.removeAllListeners('data');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
