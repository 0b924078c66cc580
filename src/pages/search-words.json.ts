// The word list behind "Did you mean" on the search page: words from section titles, summaries and
// "Also called" lists, the glossary, the help phrases and the everyday search words, most common
// first. Fetched from this site by the search page only when a search finds little.
import type { APIRoute } from 'astro';
import { getSearchContent, getSite } from '../lib/content';
import { wordList } from '../lib/search-words';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const search = await getSearchContent();
  const texts = [
    ...site.sections.flatMap((section) => [section.data.title, section.data.summary, ...section.data.alsoCalled]),
    ...site.reports.map((report) => report.data.title),
    ...site.glossary.flatMap((term) => [term.term, term.expansion ?? '', ...term.alsoCalled]),
    ...[...site.helpTopics.values()].flatMap((topic) => [topic.title, topic.text]),
    ...search.riskPhrases.flatMap((group) => group.phrases),
    ...search.searchWords.flatMap((entry) => [...entry.words, ...entry.means]),
    ...search.popularTopics.map((topic) => topic.label),
  ];
  return new Response(JSON.stringify(wordList(texts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
