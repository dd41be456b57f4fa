import type { ReactNode } from 'react';
import { documentKindNames } from '../../../shared/citation';
import type { DocumentRecord } from '../../../shared/import-types';
import type { Page } from '../../../shared/model';
import { DrawRegionButton, PageAnnotationPanel } from '../annotate/PageAnnotationPanel';
import { ReplicaOverlay } from '../annotate/ReplicaOverlay';
import { useReplicaAnnotator } from '../annotate/use-replica-annotator';
import { useT } from '../i18n';
import { PageReplica } from '../replica/PageReplica';
import { originalUrl } from '../replica/replica-url';

/**
 * One page of a document's original (a PDF, or the PDF an OFD became at import), annotated as
 * a newspaper page's replica is: text of its text layer and regions drawn on it, with the
 * panel of the page's annotations beside it. The document's id stands where an issue's would.
 */
export function DocumentPage({ document, pageNumber, pager }: { document: DocumentRecord; pageNumber: number; pager: ReactNode }) {
  const t = useT();
  const replica = document.replica!;
  const page: Page = { number: pageNumber, section: '', articleIds: [], replica: { ...replica, pageIndex: pageNumber - 1 } };
  const annotator = useReplicaAnnotator({ id: document.id, date: document.date ?? '', paperName: documentKindNames[document.kind] }, page);
  const label = `${document.title} · ${t('document.page', { n: pageNumber, total: Math.max(1, document.pageCount) })}`;
  return (
    <div className="article-layout">
      <div className="document-original">
        {pager}
        <PageReplica
          url={originalUrl({ sha256: replica.sha256, ext: 'pdf' })}
          pageIndex={pageNumber - 1}
          label={label}
          areas={[]}
          toolbarExtra={<DrawRegionButton annotator={annotator} />}
          overlay={(painted) => <ReplicaOverlay annotator={annotator} {...painted} />}
        />
      </div>
      <PageAnnotationPanel annotator={annotator} />
    </div>
  );
}
