// Quick check for writers: `npx tsx scripts/readability.ts path/to/section.mdx [...]`
// prints the reading ease and words per sentence of each file's young people's version.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { measureReadability, readabilityProblem, youngPeopleText } from '../src/lib/readability';
import { splitFrontmatter } from './lib/content-files';

for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8');
  const frontmatter = file.endsWith('.mdx') ? splitFrontmatter(source).frontmatter : source;
  const data = parse(frontmatter) as { youngPeople?: { summary: string; points?: string[]; forYou: string }; youngPeopleIntro?: string };
  const text = data.youngPeople
    ? youngPeopleText({ points: [], ...data.youngPeople })
    : (data.youngPeopleIntro ?? '');
  const score = measureReadability(text);
  const problem = readabilityProblem(text);
  console.log(`${problem ? 'FAIL' : 'ok  '} ${file}: reading ease ${score.readingEase}, ${score.wordsPerSentence} words per sentence`);
}
