import readability from 'text-readability';
import type { YoungPeople } from '../schemas/young-people';

/** Lowest Flesch reading ease a young people's text may have (higher is easier). */
export const MIN_READING_EASE = 70;
/** Highest average number of words per sentence in a young people's text. */
export const MAX_WORDS_PER_SENTENCE = 14;

export interface ReadabilityScore {
  readingEase: number;
  wordsPerSentence: number;
}

/** Joins a young people's version into the prose a reader meets, each point as its own sentence. */
export function youngPeopleText(version: YoungPeople): string {
  const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
  return [version.summary, ...version.points, version.forYou].map(sentence).join(' ');
}

/** Measures a text with the `text-readability` package (Flesch reading ease; words per sentence). */
export function measureReadability(text: string): ReadabilityScore {
  return {
    readingEase: readability.fleschReadingEase(text),
    wordsPerSentence: readability.averageSentenceLength(text),
  };
}

/** Explains why a text is too hard for young readers, or returns `null` when it passes. */
export function readabilityProblem(text: string): string | null {
  const { readingEase, wordsPerSentence } = measureReadability(text);
  const problems: string[] = [];
  if (readingEase < MIN_READING_EASE) {
    problems.push(`reading ease is ${readingEase} (needs at least ${MIN_READING_EASE}: use shorter, everyday words)`);
  }
  if (wordsPerSentence > MAX_WORDS_PER_SENTENCE) {
    problems.push(`sentences average ${wordsPerSentence} words (needs ${MAX_WORDS_PER_SENTENCE} or fewer: split long sentences)`);
  }
  return problems.length ? `Too hard for young readers: ${problems.join('; ')}.` : null;
}
