// Counts in words, so the site never says "1 documents".

/** `1 document`, `2 documents`; pass the plural when it is not the singular plus `s`. */
export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}
