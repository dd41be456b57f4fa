import { JianbaoError } from '../../../shared/errors';
import type { AnnotationsFile, StoredAnnotation } from '../archive/archive-files';

/**
 * The edits both annotation books (on articles, on pages) make to an issue's annotation file,
 * inside its locked update.
 */

/** The error for an annotation that is not (or no longer) in its issue's file. */
export function notFound(id: string): JianbaoError {
  return new JianbaoError('NOT_FOUND', `找不到批注 ${id} / No annotation ${id}: it may have been deleted in another window.`);
}

/** Removes the annotation `id` of the kind `isKind` accepts and returns it; throws NOT_FOUND without one. */
export function takeOut<T extends StoredAnnotation>(file: AnnotationsFile, id: string, isKind: (stored: StoredAnnotation) => stored is T): T {
  const at = file.annotations.findIndex((a) => a.id === id);
  const current = file.annotations[at];
  if (!current || !isKind(current)) throw notFound(id);
  file.annotations.splice(at, 1);
  return current;
}

/** Puts a deleted annotation back (undo); one that is there already stays as it is. */
export function putBack(file: AnnotationsFile, annotation: StoredAnnotation): void {
  if (!file.annotations.some((a) => a.id === annotation.id)) file.annotations.push(annotation);
}
