// Build-time search helpers: the everyday words each section is also found by, and the word list
// behind "Did you mean" (served as /search-words.json). Pure, so unit-tested directly.
import type { SearchWordData } from '../schemas/help';
import { listWords, normalise } from './search-text';

/** True when `text` holds `phrase` as whole words, ignoring capitals and punctuation. */
function holds(text: string, phrase: string): boolean {
  return ` ${normalise(text)} `.includes(` ${normalise(phrase)} `);
}

/**
 * The everyday words a section is also found by: the `words` of every entry in
 * content/help/search-words.yaml whose `means` appear in the section's title or "Also called" list.
 */
export function everydayWords(section: { title: string; alsoCalled: readonly string[] }, entries: readonly SearchWordData[]): string[] {
  const text = [section.title, ...section.alsoCalled].join(' · ');
  const found = entries.filter((entry) => entry.means.some((phrase) => holds(text, phrase))).flatMap((entry) => entry.words);
  return [...new Set(found)];
}

/**
 * Every word worth suggesting, most common first: section titles, summaries and "Also called"
 * lists, glossary terms, expansions and everyday names, help phrases and everyday search words.
 */
export function wordList(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of listWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
