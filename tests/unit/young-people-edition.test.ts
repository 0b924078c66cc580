// The young people's edition schema and its cross-file rules, with the messages editors see.
import { describe, expect, it } from 'vitest';
import { YoungPeopleEditionSchema, posterLine, showsFigure, splitAtFigure } from '../../src/schemas/young-people-edition';
import { validateEditions, type ContentSet } from '../../src/lib/validate';
import { measureReadability, readabilityProblem } from '../../src/lib/readability';

const theme = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: 'Staying safe at home',
  icon: 'home',
  happened: ['Some children go missing.', 'Most come back soon.'],
  numbers: [{ value: 287, unit: 'count', period: '2024-25', sourcePage: 22, text: 'People got in touch 287 times.' }],
  forYou: 'Tell an adult you trust.',
  sections: ['lado'],
  ...extra,
});
const edition = (themes: unknown[]) => ({ audience: '11 to 17', intro: 'This is a short version of the report.', themes });
const messages = (data: unknown) => {
  const result = YoungPeopleEditionSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('young people’s edition schema', () => {
  it('accepts a well-formed edition', () => {
    expect(messages(edition(['a', 'b', 'c', 'd', 'e'].map((id) => theme(id))))).toEqual([]);
  });

  it('limits the number of themes, naming the fix', () => {
    expect(messages(edition([theme('a'), theme('b')]))).toEqual(['themes: Write at least 3 themes.']);
    expect(messages(edition(Array.from({ length: 9 }, (_, index) => theme(`t${index}`))))[0]).toMatch(/^themes: Write 8 themes at most/);
  });

  it('allows two figures a theme at most', () => {
    const number = { value: 3, unit: 'count', period: '2024-25', sourcePage: 1, text: 'There were 3.' };
    expect(messages(edition(['a', 'b', 'c'].map((id) => theme(id, { numbers: [number, number, number] })))).at(0)).toMatch(/^themes\.0\.numbers: Show 2 figures at most/);
  });

  it('needs the figure in its sentence', () => {
    const wrong = theme('a', { numbers: [{ value: 287, unit: 'count', period: '2024-25', sourcePage: 22, text: 'People got in touch 28 times.' }] });
    expect(messages(edition([wrong, theme('b'), theme('c')]))).toEqual([
      'themes.0.numbers.0.text: The sentence must show the figure 287 in digits (as "287"), so readers see the number it explains. Put the number in the sentence, or correct the value.',
    ]);
  });

  it('takes icons from the fixed list and rejects unknown fields', () => {
    const list = messages(edition([theme('a', { icon: 'rocket' }), theme('b', { colour: 'red' }), theme('c')]));
    expect(list[0]).toMatch(/^themes\.0\.icon: Use one of these icons: home, outside, online/);
    expect(list[1]).toMatch(/^themes\.1: Unrecognized key/);
  });

  it('rejects two themes with the same id', () => {
    expect(messages(edition([theme('a'), theme('a'), theme('b')]))).toEqual(['themes.1.id: Two themes have the id "a": give each theme its own id.']);
  });
});

describe('figures in sentences', () => {
  it('finds a figure as a whole number, with or without thousands commas', () => {
    expect(showsFigure('There were 14,062 contacts.', 14062)).toBe(true);
    expect(showsFigure('There were 14062 contacts.', 14062)).toBe(true);
    expect(showsFigure('There were 2870 contacts.', 287)).toBe(false);
    expect(showsFigure('It rose by 83%.', 83)).toBe(true);
    expect(showsFigure('It rose by 1.85%.', 85)).toBe(false);
  });

  it('splits a sentence around its figure so the page can set it large', () => {
    expect(splitAtFigure('At clubs, 83% felt safe.', 83)).toEqual(['At clubs, ', '83%', ' felt safe.']);
    expect(splitAtFigure('Between them, 1,245 times.', 1245)).toEqual(['Between them, ', '1,245', ' times.']);
  });

  it('gives each theme one line for the poster', () => {
    expect(posterLine({ numbers: [{ value: 3, unit: 'count', period: { kind: 'not-stated', start: null, end: null, label: 'Not stated' }, sourcePage: 1, text: 'There were 3. That is more.' }], happened: ['A.'] })).toBe('There were 3.');
    expect(posterLine({ numbers: [], happened: ['First thing. Second.'] })).toBe('First thing.');
    expect(posterLine({ poster: 'Own line.', numbers: [], happened: ['First.'] })).toBe('Own line.');
  });
});

describe('readability', () => {
  it('measures the Flesch-Kincaid grade and gates it at 7', () => {
    const hard = 'Multi-agency safeguarding arrangements necessitate comprehensive organisational accountability and collaborative interprofessional communication.';
    expect(measureReadability(hard).grade).toBeGreaterThan(7);
    expect(readabilityProblem(hard)).toMatch(/Flesch-Kincaid grade is [\d.]+ \(needs 7 or lower: use shorter words and sentences\)/);
    expect(readabilityProblem('The cat sat on the mat. It was a sunny day. We went to the park.')).toBeNull();
  });
});

describe('edition rules that need the report', () => {
  const content = (themes: unknown[], kind = 'annual-report'): ContentSet => ({
    partnerships: [],
    reports: [{ id: 'example/2024-25', file: 'report.yaml', data: { kind } as never }],
    sections: [{ id: 'example/2024-25/lado', file: 'lado.mdx', data: {} as never, body: '' }],
    catalogue: [],
    glossary: [],
    helpTopics: [],
    helpContacts: [],
    helpTopicContacts: {},
    youngPeople: [{ id: 'example/2024-25', file: 'content/reports/example/2024-25/young-people.yaml', data: YoungPeopleEditionSchema.parse(edition(themes)) }],
  });

  it('needs 5 to 8 themes for an annual report, 3 to 6 for a plan or review', () => {
    const three = ['a', 'b', 'c'].map((id) => theme(id));
    expect(validateEditions(content(three)).map((problem) => problem.message)).toEqual(['This annual report edition has 3 themes; it needs 5 to 8. Add a theme.']);
    expect(validateEditions(content(three, 'practice-review'))).toEqual([]);
  });

  it('names a section slug that is not in the report', () => {
    const themes = ['a', 'b', 'c', 'd', 'e'].map((id) => theme(id));
    themes[2] = theme('c', { sections: ['lado', 'nowhere'] });
    expect(validateEditions(content(themes))).toEqual([
      {
        file: 'content/reports/example/2024-25/young-people.yaml',
        field: 'themes.2.sections.1',
        message: 'No section "nowhere" in this report. Use the file name (without .mdx) of a section in content/reports/example/2024-25/.',
      },
    ]);
  });

  it('names the field that is too hard to read', () => {
    const themes = ['a', 'b', 'c', 'd', 'e'].map((id) => theme(id));
    themes[1] = theme('b', { forYou: 'Multi-agency safeguarding arrangements necessitate comprehensive organisational accountability.' });
    const problems = validateEditions(content(themes));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'themes.1.forYou' });
    expect(problems[0]!.message).toMatch(/^Too hard for young readers: .*Rewrite this field\.$/);
  });
});
