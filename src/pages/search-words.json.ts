// The word list behind "Did you mean" on the search page: words from section titles, summaries,
// "Also called" lists and text, the glossary, the help phrases and the everyday search words, most
// common first. Fetched from this site by the search page, once, when someone searches.
import type { APIRoute } from 'astro';
import { getSearchContent, getSite } from '../lib/content';
import { wordList } from '../lib/search-words';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const search = await getSearchContent();
  const texts = [
    ...site.sections.flatMap((section) => [section.data.title, section.data.summary, ...section.data.alsoCalled, section.data.youngPeople.summary]),
    // Every word of the section text, so a real word is never "corrected" into another.
    ...site.sections.map((section) => section.body.replace(/<[^>]*>|\{[^}]*\}|\]\([^)]*\)/g, ' ')),
    ...site.reports.map((report) => report.data.title),
    ...site.glossary.flatMap((term) => [term.term, term.expansion ?? '', ...term.alsoCalled]),
    ...[...site.helpTopics.values()].flatMap((topic) => [topic.title, topic.text]),
    ...search.riskPhrases.flatMap((group) => group.phrases),
    ...search.searchWords.flatMap((entry) => [...entry.words, ...entry.means]),
    ...search.popularTopics.map((topic) => topic.label),
  ];
  return new Response(JSON.stringify(wordList(texts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
