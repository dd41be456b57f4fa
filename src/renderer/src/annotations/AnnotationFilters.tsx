import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationListFacets, ValueCount } from '../../../shared/annotation-list';
import { useT } from '../i18n';
import { isComposingKey } from '../keyboard';
import { replaceHash } from '../use-hash-route';
import { annotationsHref, isFiltered, toggle, type AnnotationsParams } from './annotations-params';

/** How long typing pauses before the list follows the text field. */
const typingPauseMs = 300;

/** Tag chips shown before "all N tags" (the most used first; chosen ones always show). */
export const shownTagCount = 30;

/**
 * The filters of the all-annotations view, as form controls: the text field, paper, dates,
 * anchor state and sort, then colour and tag chips (checkboxes) with how many each would give.
 * Every change rewrites the address (without a new history entry), which the list follows.
 */
export function AnnotationFilters({ params, facets }: { params: AnnotationsParams; facets: AnnotationListFacets | null }) {
  const t = useT();
  const go = (next: AnnotationsParams) => replaceHash(annotationsHref(next));
  const papers = withSelected(facets?.papers ?? [], params.paperId ? [params.paperId] : [], (value) => ({ value, label: value, count: 0 }));
  const allTags = withSelected(facets?.tags ?? [], params.tags, (value) => ({ value, count: 0 }));
  const [isShowingAllTags, setIsShowingAllTags] = useState(false);
  const tags = isShowingAllTags ? allTags : allTags.filter((tag, i) => i < shownTagCount || params.tags.includes(tag.value));
  const stateCount = (state: 'anchored' | 'orphaned') => facets?.states.find((s) => s.value === state)?.count;

  return (
    <form className="annotations-filters" role="search" aria-label={t('annotations.filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="annotations-fields">
        <TextField params={params} />
        <label className="annotations-field">
          <span className="annotations-field-label">{t('annotations.paper')}</span>
          <select value={params.paperId ?? ''} onChange={(e) => go({ ...without(params, 'paperId'), ...(e.target.value ? { paperId: e.target.value } : {}) })}>
            <option value="">{t('annotations.allPapers')}</option>
            {papers.map((paper) => (
              <option key={paper.value} value={paper.value}>
                {t('search.facetCount', { label: paper.label, n: paper.count })}
              </option>
            ))}
          </select>
        </label>
        <label className="annotations-field">
          <span className="annotations-field-label">{t('annotations.from')}</span>
          <input type="date" value={params.from ?? ''} max={params.to} onChange={(e) => go({ ...without(params, 'from'), ...(e.target.value ? { from: e.target.value } : {}) })} />
        </label>
        <label className="annotations-field">
          <span className="annotations-field-label">{t('annotations.to')}</span>
          <input type="date" value={params.to ?? ''} min={params.from} onChange={(e) => go({ ...without(params, 'to'), ...(e.target.value ? { to: e.target.value } : {}) })} />
        </label>
        <label className="annotations-field">
          <span className="annotations-field-label">{t('annotations.state')}</span>
          <select
            value={params.state ?? ''}
            onChange={(e) => {
              const state = e.target.value;
              go({ ...without(params, 'state'), ...(state === 'anchored' || state === 'orphaned' ? { state } : {}) });
            }}
          >
            <option value="">{t('annotations.stateAll')}</option>
            {(['anchored', 'orphaned'] as const).map((state) => (
              <option key={state} value={state}>
                {stateCount(state) === undefined ? t(`annotations.${state}`) : t('search.facetCount', { label: t(`annotations.${state}`), n: stateCount(state) ?? 0 })}
              </option>
            ))}
          </select>
        </label>
        <label className="annotations-field">
          <span className="annotations-field-label">{t('annotations.sort')}</span>
          <select value={params.sort} onChange={(e) => go({ ...params, sort: e.target.value === 'date' ? 'date' : 'modified' })}>
            <option value="modified">{t('annotations.sortModified')}</option>
            <option value="date">{t('annotations.sortDate')}</option>
          </select>
        </label>
      </div>
      {facets && (
        <fieldset className="annotations-chips">
          <legend className="annotations-field-label">{t('annotations.color')}</legend>
          {facets.colors.map(({ value, count }) => (
            <label key={value} className="chip annotations-chip">
              <input type="checkbox" checked={params.colors.includes(value)} onChange={() => go(toggle(params, 'colors', value))} />
              <span className={`annotation-swatch annotation-swatch-${value}`} aria-hidden="true" />
              {t('search.facetCount', { label: t(`annotations.color.${value}`), n: count })}
            </label>
          ))}
        </fieldset>
      )}
      {tags.length > 0 && (
        <fieldset className="annotations-chips">
          <legend className="annotations-field-label">{t('annotations.tags')}</legend>
          {tags.map(({ value, count }) => (
            <label key={value} className="chip annotations-chip" lang="zh-CN">
              <input type="checkbox" checked={params.tags.includes(value)} onChange={() => go(toggle(params, 'tags', value))} />
              {t('search.facetCount', { label: value, n: count })}
            </label>
          ))}
          {tags.length < allTags.length && (
            <button type="button" className="button annotations-more-tags" onClick={() => setIsShowingAllTags(true)}>
              {t('annotations.allTags', { n: allTags.length })}
            </button>
          )}
        </fieldset>
      )}
      {isFiltered(params) && (
        <button type="button" className="button annotations-clear" onClick={() => go({ colors: [], tags: [], sort: params.sort })}>
          {t('annotations.clearFilters')}
        </button>
      )}
    </form>
  );
}

/**
 * The text field: the list follows it once typing pauses, or at once on Enter; Back or
 * "clear filters" put the address's text back in it.
 */
function TextField({ params }: { params: AnnotationsParams }) {
  const t = useT();
  const shown = params.text ?? '';
  const [draft, setDraft] = useState(shown);
  const paramsRef = useRef(params);
  paramsRef.current = params;

  useEffect(() => setDraft((current) => (current.trim() === shown ? current : shown)), [shown]);

  const apply = useCallback((text: string) => {
    const { text: _old, ...rest } = paramsRef.current;
    replaceHash(annotationsHref({ ...rest, ...(text.trim() ? { text } : {}) }));
  }, []);

  useEffect(() => {
    if (draft.trim() === shown) return;
    const timer = setTimeout(() => apply(draft), typingPauseMs);
    return () => clearTimeout(timer);
  }, [draft, shown, apply]);

  return (
    <label className="annotations-field annotations-text-field">
      <span className="annotations-field-label">{t('annotations.text')}</span>
      <input
        type="search"
        value={draft}
        maxLength={500}
        placeholder={t('annotations.textPlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !isComposingKey(e)) apply(draft);
        }}
      />
    </label>
  );
}

/** Facet values with the chosen ones kept even when no annotation has them under the other filters. */
function withSelected<T extends ValueCount>(facets: readonly T[], selected: readonly string[], make: (value: string) => T): T[] {
  const missing = selected.filter((value) => !facets.some((f) => f.value === value));
  return [...facets, ...missing.map(make)];
}

function without<K extends keyof AnnotationsParams>(params: AnnotationsParams, key: K): Omit<AnnotationsParams, K> {
  const { [key]: _dropped, ...rest } = params;
  return rest;
}
