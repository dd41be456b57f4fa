import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { JianbaoError } from '../shared/errors';

/**
 * The secret of the browser door, as Jupyter does it: `jianbao serve` makes a new one at each
 * start (unless `--token` fixes it) and prints it in the app's URL; the API, the events and the
 * originals answer only requests that carry it. A browser brings it as `Authorization: Bearer`,
 * or in the cookie set when the printed URL is opened (EventSource and pdf.js's loads cannot set
 * headers), or as `?token=`.
 */

/** A new random secret: 32 bytes, URL-safe. */
export function createDoorToken(): string {
  return randomBytes(32).toString('base64url');
}

const tokenPattern = /^[A-Za-z0-9._~-]{16,256}$/;

/** Checks a `--token` value: it must be hard to guess and safe in a URL. */
export function validateDoorToken(token: string): string {
  if (!tokenPattern.test(token)) {
    throw new JianbaoError(
      'INVALID_ARGUMENT',
      '无效的令牌：需要 16–256 个字母、数字或 . _ ~ - / --token takes 16–256 letters, digits or . _ ~ -',
    );
  }
  return token;
}

/**
 * The cookie that holds the secret. Cookies are shared by every port of a host, so its name
 * carries the port: two doors on one machine do not overwrite each other's.
 */
export function doorCookieName(port: number): string {
  return `jianbao-token-${port}`;
}

/** The `Set-Cookie` value that lets this browser's later requests through: never readable by scripts, never sent cross-site. */
export function doorCookie(port: number, token: string): string {
  return `${doorCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** The secrets a request offers: its Bearer header, the door's cookie, its `token` query parameter. */
export function offeredTokens(request: IncomingMessage, url: URL, port: number): string[] {
  const offered: string[] = [];
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (bearer?.[1]) offered.push(bearer[1]);
  const cookieName = doorCookieName(port);
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookieName) offered.push(rest.join('='));
  }
  const query = url.searchParams.get('token');
  if (query) offered.push(query);
  return offered;
}

/** Whether `offered` is the door's secret, compared in constant time. */
export function isDoorToken(offered: string, token: string): boolean {
  const a = Buffer.from(offered, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
