import type { Translate } from './i18n';

/** `第 2 版 · 精选` (or `第 2 版` for a page without a section). */
export function pageLabel(t: Translate, page: { number: number; section: string }): string {
  const section = page.section.trim();
  return section
    ? t('issue.pageLabel', { n: page.number, section })
    : t('issue.pageLabelBare', { n: page.number });
}
