import { useEffect } from 'react';

const appName = '剪报 Jianbao';

/** Names the window after what it shows, e.g. "<title> · 剪报 Jianbao". */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title]);
}
