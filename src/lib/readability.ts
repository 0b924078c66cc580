import readability from 'text-readability';
import type { YoungPeople } from '../schemas/young-people';

/** Lowest Flesch reading ease a young people's text may have (higher is easier). */
export const MIN_READING_EASE = 70;
/** Highest average number of words per sentence in a young people's text. */
export const MAX_WORDS_PER_SENTENCE = 14;
/** Highest Flesch-Kincaid grade (US school grade; 7 is about age 12 to 13). */
export const MAX_GRADE = 7;

export interface ReadabilityScore {
  readingEase: number;
  wordsPerSentence: number;
  grade: number;
}

/** Joins a young people's version into the prose a reader meets, each point as its own sentence. */
export function youngPeopleText(version: YoungPeople): string {
  const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
  return [version.summary, ...version.points, version.forYou].map(sentence).join(' ');
}

/** Joins a young people's edition field (a sentence or a list of them) into prose, one sentence each. */
export function proseOf(parts: readonly string[]): string {
  return parts
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => (/[.!?]$/.test(text) ? text : `${text}.`))
    .join(' ');
}

/** Measures a text with the `text-readability` package (Flesch reading ease; words per sentence; Flesch-Kincaid grade). */
export function measureReadability(text: string): ReadabilityScore {
  return {
    readingEase: readability.fleschReadingEase(text),
    wordsPerSentence: readability.averageSentenceLength(text),
    grade: readability.fleschKincaidGrade(text),
  };
}

/** Explains why a text is too hard for young readers, or returns `null` when it passes. */
export function readabilityProblem(text: string): string | null {
  const { readingEase, wordsPerSentence, grade } = measureReadability(text);
  const problems: string[] = [];
  if (readingEase < MIN_READING_EASE) {
    problems.push(`reading ease is ${readingEase} (needs at least ${MIN_READING_EASE}: use shorter, everyday words)`);
  }
  if (wordsPerSentence > MAX_WORDS_PER_SENTENCE) {
    problems.push(`sentences average ${wordsPerSentence} words (needs ${MAX_WORDS_PER_SENTENCE} or fewer: split long sentences)`);
  }
  if (grade > MAX_GRADE) {
    problems.push(`Flesch-Kincaid grade is ${grade} (needs ${MAX_GRADE} or lower: use shorter words and sentences)`);
  }
  return problems.length ? `Too hard for young readers: ${problems.join('; ')}.` : null;
}
