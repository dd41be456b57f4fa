import { exportScope, type ExportScope } from '../../../shared/export-api';

/** The print view of a scope's digest: `#/digest?scope=<the scope as JSON>`. */
export function digestHref(scope: ExportScope): string {
  return `#/digest?${new URLSearchParams({ scope: JSON.stringify(scope) }).toString()}`;
}

/** The scope a print view's query names, or null when it names none that the API would take. */
export function parseDigestScope(queryString: string): ExportScope | null {
  const raw = new URLSearchParams(queryString).get('scope');
  if (raw === null) return null;
  try {
    const parsed = exportScope.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
