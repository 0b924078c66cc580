// The search page: reads ?q= and filters from the address, asks pagefind, and lists results with
// excerpts and links to the matching headings. Loaded on this page only.
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
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('[data-module="search"]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusBox = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const filterBox = document.querySelector<HTMLElement>('[data-search-filters]');
const FILTERS = ['partnership', 'year', 'kind', 'audience'];
const PAGE_SIZE = 20;

let pagefind: Pagefind | undefined;

async function loadPagefind(): Promise<Pagefind | undefined> {
  if (pagefind) return pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  } catch {
    document.querySelector<HTMLElement>('[data-search-dev]')?.removeAttribute('hidden');
    return undefined;
  }
}

/** Makes an element from trusted tag names and plain text; excerpts keep only pagefind's <mark>. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  return node;
}

function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p');
  // Pagefind escapes the page text and adds only <mark>; rebuild it node by node to be sure.
  html.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const mark = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (mark ? mark[1]! : part).replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    paragraph.append(mark ? element('mark', text) : document.createTextNode(text));
  });
  return paragraph;
}

function readState(): { query: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(window.location.search);
  const filters: Record<string, string[]> = {};
  for (const name of FILTERS) {
    const values = params.getAll(name);
    if (values.length) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

function showState(state: ReturnType<typeof readState>): void {
  if (input) input.value = state.query;
  form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => {
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  });
}

async function run(): Promise<void> {
  const state = readState();
  showState(state);
  if (!list || !statusBox) return;
  list.replaceChildren();
  if (!state.query) {
    statusBox.textContent = '';
    return;
  }
  const engine = await loadPagefind();
  if (!engine) return;
  statusBox.textContent = 'Searching…';
  const search = await engine.search(state.query, { filters: state.filters });
  const results = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
  const count = search.results.length;
  statusBox.textContent =
    count === 0
      ? `No results for “${state.query}”. Try other words, or fewer filters.`
      : `${count} result${count === 1 ? '' : 's'} for “${state.query}”${count > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`;
  for (const result of results) {
    const item = element('li');
    const heading = element('h2');
    heading.className = 'app-search-result__title';
    const link = element('a', result.meta.title ?? result.url);
    link.href = result.url;
    heading.append(link);
    item.append(heading);
    if (result.meta.report) item.append(element('p', result.meta.report));
    item.append(excerpt(result.excerpt));
    const subs = result.sub_results.filter((sub) => sub.url !== result.url && sub.url.includes('#')).slice(0, 3);
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
    list.append(item);
  }
}

if (form) {
  filterBox?.removeAttribute('hidden');
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
