// The print page puts every section of a report on one page. Sections share heading texts
// ("Challenges", "Case studies"), so their ids would clash and in-page links would go to the wrong
// section. This prefixes every id in one section's HTML, and every in-page reference to those ids.

/** The id a section's own `id` takes on the print page: `<section-slug>--<id>`. */
export const prefixedId = (prefix: string, id: string) => `${prefix}--${id}`;

const ID = /(\sid=")([^"]+)(")/g;
const HASH_LINK = /(\shref="#)([^"]+)(")/g;
const REFERENCE_LISTS = /(\s(?:aria-labelledby|aria-describedby|aria-controls|for|headers)=")([^"]+)(")/g;

/**
 * Prefixes every `id` in `html` and every `href="#…"`, `aria-labelledby`, `aria-describedby`,
 * `aria-controls`, `for` and `headers` reference to one of those ids. References to ids that are
 * not in `html` (elsewhere on the page) are left alone.
 */
export function prefixIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(ID)].map((match) => match[2]!));
  const rename = (id: string) => (ids.has(id) ? prefixedId(prefix, id) : id);
  return html
    .replace(ID, (_all, before: string, id: string, after: string) => `${before}${prefixedId(prefix, id)}${after}`)
    .replace(HASH_LINK, (_all, before: string, id: string, after: string) => {
      const decoded = safeDecode(id);
      return ids.has(decoded) ? `${before}${encodeURI(prefixedId(prefix, decoded)).replace(/#/g, '%23')}${after}` : `${before}${id}${after}`;
    })
    .replace(REFERENCE_LISTS, (_all, before: string, list: string, after: string) => `${before}${list.split(/\s+/).map(rename).join(' ')}${after}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
