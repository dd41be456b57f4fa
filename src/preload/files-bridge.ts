import type { WebUtils } from 'electron';

/** What the renderer gets as `window.jianbaoFiles`: the path on disk of a File dropped on the window. */
export interface FilesBridge {
  /** '' for a File that is not on disk (one made in the page). */
  pathOf(file: File): string;
}

/**
 * Since Electron 32 a dropped File no longer carries its `path`; only the preload can ask
 * for it. The core reads imports by path, so this is all the renderer needs.
 */
export function createFilesBridge(webUtils: Pick<WebUtils, 'getPathForFile'>): FilesBridge {
  return {
    pathOf(file) {
      return webUtils.getPathForFile(file);
    },
  };
}
