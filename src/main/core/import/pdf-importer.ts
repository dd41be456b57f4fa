import { JianbaoError } from '../../../shared/errors';
import type { Draft, SourceFile } from './drafts';

/** A PDF: newspaper pages or a document. */
export async function importPdf(file: SourceFile): Promise<Draft> {
  throw new JianbaoError('UNSUPPORTED_FORMAT', `${file.name}: PDF import is not built yet.`);
}
