// The search page: reads ?q= and filters from the address, asks pagefind, and lists results with
// excerpts and links to the matching headings. Loaded on this page only. Nothing typed leaves the
// page or is stored: pagefind and the word list are files on this site.
// - A search that holds a risk phrase (content/help/risk-phrases.yaml), or that finds fewer than
//   three results, shows the help panel above the results.
// - A search that finds little is retried: a likely misspelling is corrected from the site's word
//   list ("Did you mean"), then everyday filler words are dropped, then each word is tried alone.
// - The status line announces the number of results only, never the words typed.
import { matchesAny, normalise, suggest } from '../lib/search-text';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-module="search"]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusBox = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const filterBox = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
const filterCount = document.querySelector<HTMLElement>('[data-filter-count]');
const helpPanel = document.querySelector<HTMLElement>('[data-search-help]');
const noneBox = document.querySelector<HTMLElement>('[data-search-none]');
const suggestionLine = document.querySelector<HTMLElement>('[data-search-suggestion]');
const riskKeys = (helpPanel?.dataset.risk ?? '').split('|').filter(Boolean);
const FILTERS = ['partnership', 'year', 'kind', 'audience'];
const PAGE_SIZE = 20;
/** Fewer results than this counts as "little": help shows, and the search is retried. */
const FEW = 3;
/** Headings every section page has: never useful as a sub-result. */
const BOILERPLATE = new Set(['in simple words', 'key figures', 'charts and tables', 'this section in other years', 'about this section', 'in short']);
/** Everyday filler words, dropped when the whole question finds little ("i want to run away" → "run away"). */
const FILLER = new Set(
  'i im ive me my mine myself you your we our us he she him her his they them their it its a an the and or but to of in on at for with from by about is am are was were be been being do does did dont doesnt have has had want wanna need get got can cant could should would will what who how why when where which that this there someone somebody keeps keep always really so very just like feel please'.split(' '),
);
/** Words that show someone is asking about their own life ("my dad hits me"): then the words that carry the meaning lead. */
const PERSONAL = new Set('i im ive me my mine myself someone somebody'.split(' '));
/** Ranking tuned against the query set in tests/e2e/search-quality.spec.ts (see docs/ARCHITECTURE.md). */
const RANKING = { termSimilarity: 1.0, pageLength: 0.6, termSaturation: 1.2, termFrequency: 1.0 };

let pagefind: Pagefind | undefined;
let runs = 0;
let words: Promise<{ list: string[]; set: Set<string> }> | undefined;

async function loadPagefind(): Promise<Pagefind | undefined> {
  if (pagefind) return pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24, ranking: RANKING });
    return pagefind;
  } catch {
    document.querySelector<HTMLElement>('[data-search-dev]')?.removeAttribute('hidden');
    return undefined;
  }
}

/** The site's word list for "Did you mean", fetched from this site once per page. */
function loadWords(): Promise<{ list: string[]; set: Set<string> }> {
  words ??= fetch('/search-words.json')
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => [] as string[])
    .then((list) => ({ list, set: new Set(list) }));
  return words;
}

/** Makes an element from trusted tag names and plain text; excerpts keep only pagefind's <mark>. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  return node;
}

/**
 * Leaves out the hidden list of everyday search words (between ⁅ and ⁆ on section pages), which
 * pagefind shows like any other text; a list cut by the excerpt's edge leaves only one mark.
 */
function withoutSearchWords(html: string): string {
  let text = html.replace(/⁅[^⁅⁆]*⁆/g, ' ');
  if (text.includes('⁆')) text = text.slice(text.lastIndexOf('⁆') + 1);
  if (text.includes('⁅')) text = text.slice(0, text.indexOf('⁅'));
  return text.replace(/\s+/g, ' ').trim();
}

function excerpt(raw: string, fallback: string | undefined): HTMLParagraphElement {
  const cleaned = withoutSearchWords(raw);
  const html = cleaned.split(' ').length < 8 && fallback ? fallback : cleaned;
  const paragraph = element('p');
  // Pagefind escapes the page text and adds only <mark>; rebuild it node by node to be sure.
  html.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const mark = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (mark ? mark[1]! : part).replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    paragraph.append(mark ? element('mark', text) : document.createTextNode(text));
  });
  return paragraph;
}

/** A query shown back on the page: shortened, so a very long one never fills the screen. */
const shown = (query: string) => (query.length > 60 ? `${query.slice(0, 57)}…` : query);

function readState(): { query: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(window.location.search);
  const filters: Record<string, string[]> = {};
  for (const name of FILTERS) {
    const values = params.getAll(name);
    if (values.length) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim().slice(0, 200), filters };
}

function showState(state: ReturnType<typeof readState>): void {
  if (input) input.value = state.query;
  let on = 0;
  form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => {
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    if (box.checked) on += 1;
  });
  if (filterCount) filterCount.textContent = on ? ` (${on} on)` : '';
}

type Search = (query: string) => Promise<PagefindResult[]>;

/** Results for several searches merged: pages found by more of them first, then by best score. */
async function anyOf(run: Search, queries: string[]): Promise<PagefindResult[]> {
  const found = new Map<string, { result: PagefindResult; hits: number; score: number }>();
  for (const results of await Promise.all(queries.map(run))) {
    for (const result of results) {
      const seen = found.get(result.id);
      if (seen) {
        seen.hits += 1;
        seen.score = Math.max(seen.score, result.score);
      } else found.set(result.id, { result, hits: 1, score: result.score });
    }
  }
  return [...found.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((entry) => entry.result);
}

/** The original results, then any found by a retry that are not already listed. */
function withExtra(first: PagefindResult[], extra: PagefindResult[]): PagefindResult[] {
  const ids = new Set(first.map((result) => result.id));
  return [...first, ...extra.filter((result) => !ids.has(result.id))];
}

/** Searches, and when that finds little, tries a corrected spelling, fewer words and single words. */
async function findResults(run: Search, query: string): Promise<{ results: PagefindResult[]; suggestion?: string; exactCount: number }> {
  let results = await run(query);
  const exactCount = results.length;
  const typed = normalise(query).split(' ').filter(Boolean);
  const core = typed.filter((word) => !FILLER.has(word)).join(' ');
  // "i want to run away": pagefind needs every word, so the filler words would decide the results.
  if (core && core !== typed.join(' ') && typed.some((word) => PERSONAL.has(word))) results = withExtra(await run(core), results);
  // A word the site never uses is probably misspelt: pagefind's own loose matching may still find
  // something, so the corrected search leads ("fostring" → "fostering").
  const known = await loadWords();
  let suggestion = suggest(query, known.list, known.set);
  if (suggestion) {
    const corrected = await run(suggestion);
    if (corrected.length > 0) results = withExtra(corrected, results);
    else suggestion = undefined;
  }
  if (results.length < FEW) {
    const kept = normalise(suggestion ?? query)
      .split(' ')
      .filter((word) => word && !FILLER.has(word));
    if (kept.length > 0 && kept.join(' ') !== normalise(query)) results = withExtra(results, await run(kept.join(' ')));
    if (results.length < FEW && kept.length > 1) results = withExtra(results, await anyOf(run, kept));
  }
  return suggestion ? { results, suggestion, exactCount } : { results, exactCount };
}

function showSuggestion(suggestion: string | undefined, exactCount: number): void {
  if (!suggestionLine) return;
  suggestionLine.replaceChildren();
  suggestionLine.hidden = !suggestion;
  if (!suggestion) return;
  const link = element('a', suggestion);
  const params = new URLSearchParams(window.location.search);
  params.set('q', suggestion);
  link.href = `?${params.toString()}`;
  suggestionLine.append(
    `${exactCount === 0 ? 'No results for your words. ' : ''}Did you mean `,
    link,
    exactCount === 0 ? '? Showing results for it.' : '? Results for it are listed first.',
  );
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = element('li');
  const heading = element('h2');
  heading.className = 'app-search-result__title';
  const link = element('a', result.meta.title ?? result.url);
  link.href = result.url;
  heading.append(link);
  item.append(heading);
  if (result.meta.report) item.append(element('p', result.meta.report));
  item.append(excerpt(result.excerpt, result.meta.summary?.replace(/^In short:\s*/, '')));
  const subs = result.sub_results
    .filter((sub) => sub.url !== result.url && sub.url.includes('#') && !BOILERPLATE.has(sub.title.trim().toLowerCase()))
    .slice(0, 3);
  if (subs.length) {
    const subList = element('ul');
    for (const sub of subs) {
      const subItem = element('li');
      const subLink = element('a', sub.title);
      subLink.href = sub.url;
      subItem.append(subLink);
      subList.append(subItem);
    }
    item.append(subList);
  }
  return item;
}

async function run(): Promise<void> {
  const state = readState();
  const thisRun = (runs += 1);
  showState(state);
  if (!list || !statusBox) return;
  list.replaceChildren();
  if (noneBox) noneBox.hidden = true;
  if (helpPanel) helpPanel.hidden = true;
  showSuggestion(undefined, 0);
  if (!state.query) {
    statusBox.textContent = '';
    return;
  }
  // Help first: a search that suggests someone is at risk shows the panel before anything loads.
  const risky = matchesAny(state.query, riskKeys);
  if (helpPanel && risky) helpPanel.hidden = false;
  statusBox.textContent = 'Searching…';
  void loadWords();
  const engine = await loadPagefind();
  if (!engine) return;
  const search: Search = async (query) => (await engine.search(query, { filters: state.filters }))?.results ?? [];
  const { results, suggestion, exactCount } = await findResults(search, state.query);
  // A newer search has started while this one ran: leave the page to it.
  if (thisRun !== runs) return;
  const count = results.length;
  if (helpPanel) helpPanel.hidden = !(risky || count < FEW);
  if (noneBox) noneBox.hidden = count >= FEW;
  showSuggestion(suggestion, exactCount);
  const data = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
  if (thisRun !== runs) return;
  list.replaceChildren(...data.map(resultItem));
  // Announced once the results are on the page.
  statusBox.textContent =
    count === 0 ? 'No results.' : `${count} result${count === 1 ? '' : 's'}${count > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`;
}

if (form) {
  // Filters start open on a wide screen; on a phone they wait behind "Filter results".
  if (filterBox && window.matchMedia('(min-width: 48em)').matches) filterBox.open = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    if (!params.get('q')) params.delete('q');
    history.pushState(null, '', `?${params.toString()}`);
    void run();
  });
  form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) =>
    box.addEventListener('change', () => form.requestSubmit()),
  );
  window.addEventListener('popstate', () => void run());
  // Arrow keys move between result links, as well as Tab.
  list?.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
  void run();
}
