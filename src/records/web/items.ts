/** Choices for a GOV.UK select or radios from a code list's labels. */
export function itemsOf<T extends string>(
  codes: readonly T[],
  labels: Record<T, string>,
): { value: T; text: string }[] {
  return codes.map((code) => ({ value: code, text: labels[code] }));
}

/** A select's choices with a first "any" choice, as list filters need. */
export function filterItems(
  items: readonly { value: string; text: string }[],
  any: string,
  selected: string | undefined,
) {
  return [{ value: '', text: any }, ...items].map((item) => ({
    ...item,
    selected: item.value === (selected ?? ''),
  }));
}

/** Text split into paragraphs at blank lines, for showing what someone wrote. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
