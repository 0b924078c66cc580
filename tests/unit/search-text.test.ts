// What people type: risk phrases matched through case, punctuation and word forms; "Did you mean"
// by edit distance; everyday words mapped to sections; UK phone numbers.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editDistance, matchesAny, normalise, phraseKey, stem, suggest } from '../../src/lib/search-text';
import { everydayWords, wordList } from '../../src/lib/search-words';
import { formatPhone, telHref } from '../../src/lib/phone';
import { PartnershipSchema } from '../../src/schemas/partnership';
import { RiskPhraseGroupSchema, SearchWordSchema } from '../../src/schemas/help';

const groups = Object.values(parse(readFileSync('content/help/risk-phrases.yaml', 'utf8')) as Record<string, unknown>).map((group) => RiskPhraseGroupSchema.parse(group));
const keys = [...new Set(groups.flatMap((group) => group.phrases.map(phraseKey)))];

describe('risk phrases', () => {
  it.each([
    'my dad hits me',
    'My Dad HITS me!!',
    'mum keeps hitting me',
    'i want to run away',
    'someone touched me',
    'i am scared at home',
    "i'm scared",
    'I feel unsafe at home',
    'self-harm',
    'i cut myself',
    'i want to kill myself',
    'suicidal thoughts',
    'kicked out of home',
    'i am homeless',
    'being bullied at school',
    'he is grooming me',
    'my step dad beat me',
    'worried about a child',
    'my social worker',
    'abused',
    'running away from home',
  ])('“%s” shows the help panel', (query) => {
    expect(matchesAny(query, keys)).toBe(true);
  });

  it.each(['annual report 2024-25', 'budget', 'private fostering', 'LADO', 'training courses', 'partnership plan', 'hitchin', 'runner'])(
    '“%s” does not',
    (query) => {
      expect(matchesAny(query, keys)).toBe(false);
    },
  );

  it('matches whole words only, in order', () => {
    expect(matchesAny('hit me', ['hit me'])).toBe(true);
    expect(matchesAny('me hit', ['hit me'])).toBe(false);
    expect(matchesAny('white men', ['hit me'])).toBe(false);
  });

  it('stems word forms together', () => {
    expect(['hits', 'hitting', 'hit'].map(stem)).toEqual(['hit', 'hit', 'hit']);
    expect(['bullied', 'bullying', 'bullies', 'bully'].map(stem)).toEqual(['bully', 'bully', 'bully', 'bully']);
    expect(stem('scared')).toBe(stem('scare'));
    expect(stem('abuses')).toBe(stem('abused'));
    expect(normalise("Don't — SELF-harm!")).toBe('dont self harm');
  });

  it('rejects an empty phrase list', () => {
    expect(RiskPhraseGroupSchema.safeParse({ about: 'x', phrases: [] }).success).toBe(false);
  });
});

describe('did you mean', () => {
  const words = ['safety', 'plan', 'exploitation', 'fostering', 'private', 'running', 'away', 'safer', 'missing'];
  it.each([
    ['saftey plan', 'safety plan'],
    ['exploitaton', 'exploitation'],
    ['fostring', 'fostering'],
    ['privte fostering', 'private fostering'],
  ])('“%s” → “%s”', (typed, expected) => {
    expect(suggest(typed, words)).toBe(expected);
  });
  it('leaves known and very short words alone', () => {
    expect(suggest('safety plan', words)).toBeUndefined();
    expect(suggest('cat', words)).toBeUndefined();
  });
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('saftey', 'safety')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('lists the most common words first', () => {
    expect(wordList(['safety plan', 'safety first', 'a plan for safety'])).toEqual(['safety', 'plan', 'first', 'for']);
  });
});

describe('everyday words', () => {
  const entries = Object.values(parse(readFileSync('content/help/search-words.yaml', 'utf8')) as Record<string, unknown>).map((entry) => SearchWordSchema.parse(entry));
  it('finds a section by an everyday word that its title or "Also called" list means', () => {
    expect(everydayWords({ title: 'Children missing from home and care', alsoCalled: ['running away'] }, entries)).toContain('runaway');
    expect(everydayWords({ title: 'Private fostering', alsoCalled: [] }, entries)).toContain('foster');
  });
  it('matches whole words only', () => {
    expect(everydayWords({ title: 'Budgeting tools', alsoCalled: [] }, entries)).not.toContain('money');
  });
});

describe('phone numbers', () => {
  it.each([
    ['0208 356 5500', '020 8356 5500', 'tel:02083565500'],
    ['0207332 3621', '020 7332 3621', 'tel:02073323621'],
    ['08088005000', '0808 800 5000', 'tel:08088005000'],
    ['0800 1111', '0800 1111', 'tel:08001111'],
    ['999', '999', 'tel:999'],
    ['+44 20 8356 5500', '020 8356 5500', 'tel:02083565500'],
  ])('%s is written %s', (raw, written, href) => {
    expect(formatPhone(raw)).toBe(written);
    expect(telHref(raw)).toBe(href);
  });
  it('asks editors for the usual UK way of writing a number', () => {
    const base = { name: 'x', shortName: 'x', area: 'x', description: 'x', youngDescription: 'x', accent: '#1d5a8c', statutoryPartners: ['x'] };
    const result = PartnershipSchema.safeParse({ ...base, contacts: [{ name: 'MASH', description: 'x', phone: '0208 356 5500' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('020 8356 5500');
  });
});
