/**
 * The Content Security Policy the renderer runs under, in every door: the jianbao-app://
 * protocol's responses (Electron), the HTTP header of `jianbao serve`, and the meta tag of
 * index.html (a test holds the three together). Everything comes from the app's own origin:
 * no remote origin, no eval, no plugins, no inline script. `'unsafe-inline'` stays for
 * styles only (React's style attributes; a style cannot run code). `blob:` workers are
 * pdf.js's fallback when its module worker cannot start.
 */
export const contentSecurityPolicyDirectives: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The policy as an HTTP response header. */
export const contentSecurityPolicy = contentSecurityPolicyDirectives.join('; ');

/**
 * The policy as index.html's `<meta http-equiv>`: the same minus `frame-ancestors`, which a
 * meta tag may not carry (Chromium ignores it there and logs an error).
 */
export const contentSecurityPolicyMeta = contentSecurityPolicyDirectives
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
