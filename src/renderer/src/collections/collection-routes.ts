/** The list of collections: `#/collections`. */
export function collectionsHref(): string {
  return '#/collections';
}

/** One collection: `#/collection/<id>`. */
export function collectionHref(collectionId: string): string {
  return `#/collection/${encodeURIComponent(collectionId)}`;
}
