// Gives section headings stable, copyable anchors: Astro's slug of the heading text, plus any former
// ids listed in the section's `anchors` frontmatter (so links survive rewording), and a small "#"
// link on each heading for copying.
const HEADINGS = new Set(['h2', 'h3', 'h4']);

const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''));

/**
 * Runs after Astro's heading ids: a section's frontmatter `anchors` maps a heading's current id to
 * the ids it had before it was reworded, and each former id gets an empty target inside the heading.
 */
export function rehypeFormerAnchors() {
  return (tree, file) => {
    const anchors = file.data?.astro?.frontmatter?.anchors ?? {};
    const visit = (node) => {
      if (node.type === 'element' && HEADINGS.has(node.tagName) && anchors[node.properties?.id]) {
        for (const former of anchors[node.properties.id]) {
          node.children.unshift({ type: 'element', tagName: 'span', properties: { id: former }, children: [] });
        }
      }
      (node.children ?? []).forEach(visit);
    };
    visit(tree);
  };
}

/** Runs after Astro's heading ids: adds the copyable "#" link. */
export function rehypeHeadingLinks() {
  return (tree) => {
    const visit = (node) => {
      if (node.type === 'element' && HEADINGS.has(node.tagName) && node.properties?.id) {
        const label = textOf(node).trim();
        node.children.push(
          { type: 'text', value: ' ' },
          {
            type: 'element',
            tagName: 'a',
            // Left out of the search index entirely, so search results name the part by its heading alone.
            properties: { href: `#${node.properties.id}`, className: ['app-heading-anchor'], dataPagefindIgnore: 'all' },
            children: [
              { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
              { type: 'element', tagName: 'span', properties: { className: ['app-visually-hidden'] }, children: [{ type: 'text', value: `Link to this part: ${label}` }] },
            ],
          },
        );
        return;
      }
      (node.children ?? []).forEach(visit);
    };
    visit(tree);
  };
}
