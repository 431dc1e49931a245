/**
 * Where a record's page is: complaints and Ombudsman cases live under /cases, compliments and the
 * other kinds under their own lists.
 */
export function recordHref(kind: string, id: string): string {
  if (kind === 'complaint' || kind === 'ombudsman') return `/cases/${id}`;
  if (kind === 'compliment') return `/compliments/${id}`;
  return `/enquiries/${id}`;
}

/** Where the remedy, learning and meeting forms return to once saved. */
export function afterCaseworkHref(kind: string, id: string): string {
  return kind === 'complaint' || kind === 'ombudsman'
    ? `/cases/${id}/remedies`
    : recordHref(kind, id);
}
