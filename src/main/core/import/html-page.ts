import { JianbaoError } from '../../../shared/errors';
import type { IssueDraft, SourceFile } from './drafts';

/** A saved news page: one article. */
export async function importHtmlPage(file: SourceFile): Promise<IssueDraft> {
  throw new JianbaoError('UNSUPPORTED_FORMAT', `${file.name}: HTML import is not built yet.`);
}
