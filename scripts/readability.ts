// Quick check for writers: `npx tsx scripts/readability.ts path/to/section.mdx path/to/young-people.yaml [...]`
// prints the reading ease, words per sentence and Flesch-Kincaid grade of each file's young people's
// text (for an edition, of each field the content check measures).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { measureReadability, proseOf, readabilityProblem, youngPeopleText } from '../src/lib/readability';
import { splitFrontmatter } from './lib/content-files';

interface EditionTheme {
  happened?: string[];
  numbers?: { text: string }[];
  forYou?: string;
}

function report(label: string, text: string) {
  const score = measureReadability(text);
  const problem = readabilityProblem(text);
  console.log(`${problem ? 'FAIL' : 'ok  '} ${label}: reading ease ${score.readingEase}, ${score.wordsPerSentence} words per sentence, grade ${score.grade}`);
}

for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8');
  const frontmatter = file.endsWith('.mdx') ? splitFrontmatter(source).frontmatter : source;
  const data = parse(frontmatter) as {
    youngPeople?: { summary: string; points?: string[]; forYou: string };
    youngPeopleIntro?: string;
    intro?: string;
    warning?: string;
    themes?: EditionTheme[];
  };
  if (data.themes) {
    if (data.intro) report(`${file} intro`, data.intro);
    if (data.warning) report(`${file} warning`, data.warning);
    data.themes.forEach((theme, index) => {
      report(`${file} themes.${index}.happened`, proseOf(theme.happened ?? []));
      if (theme.numbers?.length) report(`${file} themes.${index}.numbers`, proseOf(theme.numbers.map((number) => number.text)));
      report(`${file} themes.${index}.forYou`, theme.forYou ?? '');
    });
    continue;
  }
  report(file, data.youngPeople ? youngPeopleText({ points: [], ...data.youngPeople }) : (data.youngPeopleIntro ?? ''));
}
