// Keeps table cells apart in the search index and excerpts. Pagefind joins the text of neighbouring
// elements that have no whitespace between them ("Partner</th><th>Agency" is indexed as
// "PartnerAgency"), and compiled MDX tables have none. A space after each cell's text fixes that
// without changing how the table looks.
const CELLS = new Set(['th', 'td', 'caption']);

export function rehypeSearchSpacing() {
  return (tree) => {
    const visit = (node) => {
      if (node.type === 'element' && CELLS.has(node.tagName)) {
        node.children = [...(node.children ?? []), { type: 'text', value: ' ' }];
        return;
      }
      (node.children ?? []).forEach(visit);
    };
    visit(tree);
  };
}
