/** Radio, checkbox or select items from a code list and its labels, in the list's order. */
export function itemsOf<T extends string>(codes: readonly T[], labels: Record<T, string>) {
  return codes.map((code) => ({ value: code, text: labels[code] }));
}

/** Select items from rows with an id and a name, after a first "none" choice. */
export function selectItems(rows: readonly { id: string; name: string }[], none: string) {
  return [{ value: '', text: none }, ...rows.map((row) => ({ value: row.id, text: row.name }))];
}

/** Whether an id sent by a form is one of the choices it offered. */
export function isChoice(items: readonly { value: string }[], id: string): boolean {
  return items.some((item) => item.value === id);
}
