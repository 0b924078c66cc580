// Pure text helpers shared by the build (search page, word list) and the search page's script:
// normalising what people type, spotting words that suggest someone is at risk, and "Did you mean"
// suggestions by edit distance. No DOM, no Astro imports, so it is small in the browser and
// unit-tested directly (tests/unit/search-text.test.ts).

/** Lower case, apostrophes dropped ("don't" → "dont"), anything else that is not a letter or digit as a space. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A deliberately simple stem, so that everyday word forms meet: hits/hitting/hit, scared/scare,
 * kicked/kick, bullied/bully, cutting/cut, touches/touched/touch. Applied to both the query and the
 * phrases, so it only has to be consistent, not correct English.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && !w.endsWith('ses')) w = w.slice(0, -1);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  // hitting → hitt → hit; scared → scar, scare → scare: drop a final e and a doubled consonant.
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** The stemmed words of a text. */
export function terms(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter(Boolean)
    .map(stem);
}

/** A phrase as the browser matches it: its stemmed words joined by single spaces. */
export function phraseKey(phrase: string): string {
  return terms(phrase).join(' ');
}

/** True when the query holds any of the phrase keys as whole words in order ("my dad hits me" holds "hit me"). */
export function matchesAny(query: string, keys: readonly string[]): boolean {
  const padded = ` ${terms(query).join(' ')} `;
  return keys.some((key) => key.length > 0 && padded.includes(` ${key} `));
}

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours: "saftey" → "safety" is 1). */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    rows.push(row);
    if (i > 0 && best > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How far a word may be from a known word to count as a misspelling of it. */
const allowance = (length: number) => (length <= 3 ? 0 : length <= 5 ? 1 : 2);

/**
 * "Did you mean": each word of the query that is not a known word is replaced by the nearest known
 * word (the first in `words`, which lists the most common first, wins a tie). Returns undefined when
 * nothing changes. `words` are lower-case, unstemmed.
 */
export function suggest(query: string, words: readonly string[], known: ReadonlySet<string> = new Set(words)): string | undefined {
  const typed = normalise(query).split(' ').filter(Boolean);
  if (typed.length === 0 || typed.length > 8) return undefined;
  let changed = false;
  const fixed = typed.map((word) => {
    if (known.has(word) || /\d/.test(word)) return word;
    const limit = allowance(word.length);
    if (limit === 0) return word;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of words) {
      const distance = editDistance(word, candidate, limit);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        if (distance === 1) break;
      }
    }
    if (best === undefined) return word;
    changed = true;
    return best;
  });
  return changed ? fixed.join(' ') : undefined;
}

/** The words of a text for the word list: lower case, at least three letters, no numbers. */
export function listWords(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((word) => word.length >= 3 && !/\d/.test(word));
}
