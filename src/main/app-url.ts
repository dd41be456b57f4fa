/**
 * Whether a URL is our renderer: the built index.html on the app protocol
 * (`jianbao-app://app/index.html`, any hash) in production, or the electron-vite dev server
 * during development. Anything else is foreign: it gets no IPC and
 * no navigation.
 */
export function createAppUrlCheck(rendererIndexUrl: string, devServerUrl?: string): (url: string) => boolean {
  const index = new URL(rendererIndexUrl);
  const dev = devServerUrl ? new URL(devServerUrl) : null;
  return (candidate) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    if (dev) return url.origin === dev.origin;
    return url.protocol === index.protocol && url.host === index.host && url.pathname === index.pathname;
  };
}
