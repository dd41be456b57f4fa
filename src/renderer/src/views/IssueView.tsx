import { useCallback, useEffect, useRef, useState } from 'react';
import type { IssueDetail, Page } from '../../../shared/model';
import { QueryStates } from '../components/QueryStates';
import { useApi } from '../api-context';
import { FindBar } from '../find/FindBar';
import { formatDate } from '../format';
import { useLocale, useT } from '../i18n';
import { useShortcuts } from '../keyboard';
import { pageLabel } from '../page-label';
import { createPortal } from 'react-dom';
import { DrawRegionButton, PageAnnotationPanel } from '../annotate/PageAnnotationPanel';
import { ReplicaOverlay } from '../annotate/ReplicaOverlay';
import { useReplicaAnnotator } from '../annotate/use-replica-annotator';
import { CorrectionOverlay } from '../corrections/CorrectionOverlay';
import { CorrectionPanel } from '../corrections/CorrectionPanel';
import { CorrectToggle } from '../corrections/CorrectToggle';
import { useCorrectionSession } from '../corrections/use-correction-session';
import { PageReplica, type PageReplicaProps, type ReplicaArea } from '../replica/PageReplica';
import { originalUrl } from '../replica/replica-url';
import { issueHref, libraryHref } from '../route';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';
import { replaceHash } from '../use-hash-route';
import { IssueDetailsButton } from './IssueDetailsForm';
import { ExportMenu } from '../export/ExportMenu';
import { PageArticles } from './PageArticles';
import { IssueNeighbours } from './IssueNeighbours';
import { PageFileActions } from './PageFileActions';
import { useCaretMode } from '../annotate/caret-mode';
import { CaretMark, CaretModeButton } from '../annotate/CaretControls';
import { PageNavigator } from './PageNavigator';

export interface IssueViewProps {
  issueId: string;
  pageNumber: number | null;
  /** an article whose area is marked on its page ("show on page") */
  markedArticleId?: string | null;
  /** a search whose hits are marked on the page (a hit on the page's words, "show on page") */
  query?: string | undefined;
}

/** One issue: its masthead, its pages (版) with thumbnails, the chosen page's replica and articles. */
export function IssueView({ issueId, pageNumber, markedArticleId = null, query }: IssueViewProps) {
  const t = useT();
  const { state, retry } = useApiQuery(`issue:${issueId}`, (api) => api.getIssue({ issueId }));
  return (
    <QueryStates state={state} retry={retry} notFoundMessage={t('issue.notFound')}>
      {(detail) => <IssueContent detail={detail} requestedPage={pageNumber} markedArticleId={markedArticleId} query={query} />}
    </QueryStates>
  );
}

function IssueContent({
  detail,
  requestedPage,
  markedArticleId,
  query,
}: {
  detail: IssueDetail;
  requestedPage: number | null;
  markedArticleId: string | null;
  query: string | undefined;
}) {
  const t = useT();
  const api = useApi();
  const locale = useLocale();
  const { issue, paper } = detail;
  const pages = [...issue.pages].sort((a, b) => a.number - b.number);
  const [chosenPage, setChosenPage] = useState(requestedPage);
  useEffect(() => setChosenPage(requestedPage), [requestedPage]);
  const [isFinding, setIsFinding] = useState(false);
  // The article pointed at, in the page's list or on its replica: both show it.
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const replicaRef = useRef<HTMLDivElement>(null);
  // Where the replica's annotation panel goes: beside the page, under its articles.
  const [panelSlot, setPanelSlot] = useState<HTMLDivElement | null>(null);

  const selectedIndex = Math.max(0, pages.findIndex((page) => page.number === chosenPage));
  const selected = pages[selectedIndex];
  const date = formatDate(issue.date, locale);
  useDocumentTitle(`${paper.name} ${date}`);

  useEffect(() => {
    if (!selected) return;
    api.recordReading({ place: { kind: 'page', issueId: issue.id, pageNumber: selected.number } }).catch(() => {});
  }, [api, issue.id, selected]);

  const choose = (page: Page) => {
    setChosenPage(page.number);
    replaceHash(issueHref(issue.id, page.number));
  };
  const previous = pages[selectedIndex - 1];
  const next = pages[selectedIndex + 1];

  // From the keyboard, the focus goes with the reader to the page shown.
  const chooseFromKeys = (page: Page) => {
    choose(page);
    replicaRef.current?.focus({ preventScroll: true });
  };
  useShortcuts({
    ArrowLeft: () => previous && chooseFromKeys(previous),
    ArrowRight: () => next && chooseFromKeys(next),
    j: () => moveArticleFocus(listRef.current, 1),
    k: () => moveArticleFocus(listRef.current, -1),
    'mod+f': () => setIsFinding(true),
  });

  const getFindRoot = useCallback(() => replicaRef.current?.querySelector<HTMLElement>('.textLayer') ?? null, []);
  const titles = new Map(detail.articles.map((article) => [article.id, article.title]));
  const areas: ReplicaArea[] = (selected?.areas ?? []).map((area) => ({ ...area, title: titles.get(area.articleId) ?? '' }));
  const label = selected ? pageLabel(t, selected) : '';

  return (
    <section className="issue" aria-labelledby="issue-heading">
      <nav className="breadcrumbs" aria-label={t('article.breadcrumb')}>
        <ol>
          <li>
            <a href={libraryHref()}>{t('library.heading')}</a>
          </li>
          <li aria-current="page">
            {paper.name} · {date}
          </li>
        </ol>
      </nav>
      <header className="issue-masthead">
        <h1 id="issue-heading" className="issue-paper">
          {paper.name}
        </h1>
        <p className="issue-dateline">
          <span>{date}</span>
          {issue.number !== undefined && <span>{t('issue.number', { n: issue.number })}</span>}
          <IssueDetailsButton detail={detail} />
        </p>
        <IssueNeighbours paperId={paper.id} issueId={issue.id} />
      </header>

      {isFinding && (
        <FindBar
          getRoot={getFindRoot}
          label={t('find.inPage')}
          contentVersion={selected?.number}
          onClose={() => setIsFinding(false)}
        />
      )}

      <div className="issue-layout">
        {pages.length > 0 && <PageNavigator pages={pages} selected={selected} onChoose={choose} />}

        <div className="issue-page" ref={replicaRef} tabIndex={-1} aria-label={label}>
          <h2 className="page-heading issue-page-heading">{label}</h2>
          {selected?.replica?.ext === 'pdf' ? (
            <AnnotatedReplica
              key={selected.number}
              issue={{ id: issue.id, date: issue.date, paperName: paper.name }}
              page={selected}
              url={originalUrl(selected.replica)}
              pageIndex={selected.replica.pageIndex}
              label={label}
              fileName={`${paper.name} ${issue.date} ${label}.pdf`}
              areas={areas}
              markedArticleId={markedArticleId}
              query={query}
              highlightedArticleId={highlighted}
              onHoverArticle={setHighlighted}
              panelSlot={panelSlot}
            />
          ) : (
            selected && <p className="state-message replica-missing">{t('replica.none')}</p>
          )}
          {pages.length > 1 && (
            <div className="pager">
              <button type="button" className="button" aria-keyshortcuts="ArrowLeft" disabled={!previous} onClick={() => previous && choose(previous)}>
                ← {t('issue.previousPage')}
              </button>
              <button type="button" className="button" aria-keyshortcuts="ArrowRight" disabled={!next} onClick={() => next && choose(next)}>
                {t('issue.nextPage')} →
              </button>
            </div>
          )}
        </div>

        <div className="issue-side">
          {selected ? (
            <PageArticles ref={listRef} page={selected} articles={detail.articles} highlightedId={highlighted} onHighlight={setHighlighted} />
          ) : (
            <p className="state-message">{t('issue.noArticles')}</p>
          )}
          <div ref={setPanelSlot} />
          {/* Beside the page, not above it: the replica keeps its place on the screen. */}
          <ExportMenu scope={{ kind: 'issue', issueId: issue.id }} />
        </div>
      </div>
    </section>
  );
}

/**
 * The replica with its annotations: the overlay on the page, the draw button in its toolbar,
 * and the panel of the page's annotations (put into `panelSlot`, beside the page).
 */
function AnnotatedReplica({
  issue,
  page,
  panelSlot,
  fileName,
  ...replica
}: Omit<PageReplicaProps, 'overlay' | 'toolbarExtra'> & {
  issue: { id: string; date: string; paperName: string };
  page: Page;
  panelSlot: HTMLElement | null;
  /** what the page's PDF is saved as */
  fileName: string;
}) {
  const t = useT();
  const annotator = useReplicaAnnotator(issue, page);
  // The 校对 mode (issue 13) takes the page's overlay and panel while it is on.
  const correction = useCorrectionSession(issue.id, page.number, useCallback((message: string) => t('correct.failed', { message }), [t]));
  const isCorrecting = correction.isCorrecting;
  const getTextLayer = useCallback(() => document.querySelector<HTMLElement>('.issue-page .replica-page .textLayer'), []);
  const caretMode = useCaretMode(getTextLayer);
  return (
    <>
      <CaretMark isOn={caretMode.isOn} caret={caretMode.caret} />
      <PageReplica
        {...replica}
        toolbarExtra={
          <>
            {!isCorrecting && <DrawRegionButton annotator={annotator} />}
            {!isCorrecting && <CaretModeButton isOn={caretMode.isOn} onToggle={caretMode.toggle} />}
            <CorrectToggle session={correction} />
            <PageFileActions url={replica.url} pageIndex={replica.pageIndex} fileName={fileName} />
          </>
        }
        overlay={(painted) =>
          isCorrecting ? <CorrectionOverlay session={correction} scale={painted.scale} /> : <ReplicaOverlay annotator={annotator} {...painted} />
        }
      />
      {panelSlot &&
        createPortal(isCorrecting ? <CorrectionPanel session={correction} /> : <PageAnnotationPanel annotator={annotator} />, panelSlot)}
    </>
  );
}

/** j / k: the next or previous article of the page takes the focus (Enter opens it). */
function moveArticleFocus(list: HTMLElement | null, by: number): void {
  const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a.article-link') ?? [])];
  if (links.length === 0) return;
  const at = links.findIndex((link) => link === document.activeElement);
  const target = at === -1 ? (by > 0 ? links[0] : links.at(-1)) : links[Math.min(links.length - 1, Math.max(0, at + by))];
  target?.focus();
}
