import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options: the renderer is isolated from Node and from the preload's
 * world, sandboxed, and keeps web security on. Tested as a plain function.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: '剪报 Jianbao',
    show: false,
    backgroundColor: '#f7f3ea',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
