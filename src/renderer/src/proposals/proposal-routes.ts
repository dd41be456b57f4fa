/** The list of proposals: `#/proposals`. */
export function proposalsHref(): string {
  return '#/proposals';
}

/** One proposal at the desk: `#/proposal/<id>`. */
export function proposalHref(proposalId: string): string {
  return `#/proposal/${encodeURIComponent(proposalId)}`;
}
