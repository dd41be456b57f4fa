/**
 * The Content-Type each door (the Electron protocol, the browser door's HTTP server) serves the
 * app's assets and the archive's originals with, by file extension; anything else is served
 * as application/octet-stream.
 */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** The Content-Type of a file named with extension `ext` (`.pdf`, any case). */
export function contentTypeOf(ext: string): string {
  return contentTypes[ext.toLowerCase()] ?? 'application/octet-stream';
}

/** The kinds of original a page replica can be, and the only types an original is served as. */
const replicaTypes: Readonly<Record<string, string>> = { '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/**
 * The Content-Type of an imported original: a replica's type, or application/octet-stream for
 * anything else (an HTML page or text kept as it came), so that no imported file ever runs as
 * a page or a script of the app's origin.
 */
export function originalContentType(ext: string): string {
  return replicaTypes[ext.toLowerCase()] ?? 'application/octet-stream';
}

/** Sent with every original: whatever it is, it may not run or load anything. */
export const originalSecurityPolicy = "sandbox; default-src 'none'";
