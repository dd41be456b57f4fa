import type { DragEvent as ReactDragEvent } from 'react';

/** The preload's bridge for dropped files (src/preload/files-bridge.ts); absent in a browser. */
export interface FilesBridge {
  pathOf(file: File): string;
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page is served to a browser. */
    jianbaoFiles?: FilesBridge;
  }
}

/** The bridge when the app runs in Electron, else null. */
export function filesBridge(): FilesBridge | null {
  return window.jianbaoFiles ?? null;
}

/** True when what is dragged holds files (not text or a link from the page). */
export function isDraggingFiles(event: Pick<DragEvent | ReactDragEvent, 'dataTransfer'>): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** The paths on disk of dropped files; those without one (made in a page) are left out. */
export function pathsOfFiles(files: Iterable<File>, bridge: FilesBridge): string[] {
  const paths: string[] = [];
  for (const file of files) {
    const path = bridge.pathOf(file);
    if (path !== '') paths.push(path);
  }
  return paths;
}
