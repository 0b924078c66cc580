// The print page shows every section of a report on one page, under the section's own h2. Section
// HTML is stored once (for the section page), so here its headings move down a level and the ids
// of its notes and note markers get the section's slug, so they stay unique on the page.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export function printHtml(html: string, prefix: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const level = /^h([2-5])$/.exec(child.tagName);
      if (level) child.tagName = `h${Number(level[1]) + 1}`;
      const id = child.properties.id;
      if (typeof id === 'string' && /^note-(ref-)?\d+$/.test(id)) child.properties.id = `${prefix}${id}`;
      const href = child.properties.href;
      if (typeof href === 'string' && /^#note-(ref-)?\d+$/.test(href)) child.properties.href = `#${prefix}${href.slice(1)}`;
      visit(child);
    }
  };
  visit(tree);
  return toHtml(tree);
}
