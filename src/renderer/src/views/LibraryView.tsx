import { useState } from 'react';
import type { IssueSummary, Paper } from '../../../shared/model';
import { QueryStates } from '../components/QueryStates';
import { useT } from '../i18n';
import { useApiQuery } from '../use-api-query';
import { PagesToCorrectLink } from '../corrections/PagesToCorrectView';
import { useDocumentTitle } from '../use-document-title';
import { ContinueReadingCard } from './library/ContinueReadingCard';
import { DocumentList } from './library/DocumentList';
import { IssueCalendar } from './library/IssueCalendar';
import { IssueList } from './library/IssueList';
import { Welcome } from './library/Welcome';

/**
 * The library: where the reader left off, each paper's back issues as a calendar (往期) and
 * as a list by month, newest first, and the documents apart.
 */
export function LibraryView() {
  const t = useT();
  useDocumentTitle(null);
  const { state, retry } = useApiQuery('library', async (api) => {
    const [issues, papers] = await Promise.all([api.listIssues({}), api.listPapers({})]);
    return { issues, papers };
  });

  return (
    <section className="library" aria-labelledby="library-heading">
      <h1 id="library-heading" className="view-heading">
        {t('library.heading')}
      </h1>
      <Welcome />
      <ContinueReading />
      <PagesToCorrectLink />
      <QueryStates state={state} retry={retry} notFoundMessage={t('library.empty')}>
        {({ issues, papers }) =>
          issues.length === 0 ? (
            <div className="state">
              <p className="state-message">{t('library.empty')}</p>
              <p>{t('library.emptyHint')}</p>
            </div>
          ) : (
            <PaperIssues issues={issues} papers={papers} />
          )
        }
      </QueryStates>
      <Documents />
    </section>
  );
}

function PaperIssues({ issues, papers }: { issues: IssueSummary[]; papers: Paper[] }) {
  const t = useT();
  const withIssues = papers.filter((paper) => issues.some((issue) => issue.paperId === paper.id));
  const [paperId, setPaperId] = useState<string | null>(null);
  const chosen = withIssues.find((paper) => paper.id === paperId) ?? withIssues[0];
  const shown = withIssues.length > 1 && chosen ? issues.filter((issue) => issue.paperId === chosen.id) : issues;
  return (
    <>
      {withIssues.length > 1 && (
        <div className="paper-tabs" role="group" aria-label={t('library.papers')}>
          {withIssues.map((paper) => (
            <button key={paper.id} type="button" className="page-tab" aria-pressed={paper === chosen} onClick={() => setPaperId(paper.id)}>
              {paper.name}
            </button>
          ))}
        </div>
      )}
      <div className="library-layout">
        <section className="library-calendar" aria-labelledby="calendar-heading">
          <h2 id="calendar-heading" className="section-heading">
            {t('library.calendar')}
          </h2>
          <IssueCalendar key={chosen?.id ?? 'all'} issues={shown} />
        </section>
        <section className="library-list" aria-labelledby="list-heading">
          <h2 id="list-heading" className="section-heading">
            {t('library.list')} <span className="section-count">{shown.length === 1 ? t('library.issueCountOne') : t('library.issueCount', { n: shown.length })}</span>
          </h2>
          <IssueList key={chosen?.id ?? 'all'} issues={shown} />
        </section>
      </div>
    </>
  );
}

function ContinueReading() {
  const { state } = useApiQuery('reading', (api) => api.getReadingState({}));
  if (state.status !== 'ready' || !state.value.continueReading) return null;
  return <ContinueReadingCard place={state.value.continueReading} />;
}

function Documents() {
  const t = useT();
  const { state, retry } = useApiQuery('documents', (api) => api.listDocuments({}));
  return (
    <section className="library-documents" aria-labelledby="documents-heading">
      <h2 id="documents-heading" className="section-heading">
        {t('library.documents')}
      </h2>
      <QueryStates state={state} retry={retry} notFoundMessage={t('library.noDocuments')}>
        {(documents) => <DocumentList documents={documents} />}
      </QueryStates>
    </section>
  );
}
