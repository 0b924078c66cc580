// Wraps each Markdown table in a focusable, labelled box that scrolls sideways on its own, so a
// wide table never makes the whole page scroll on a small screen (WCAG 1.4.10 Reflow).
const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''));
const HEADING = /^h[2-6]$/;

export function rehypeTableWrap() {
  return (tree) => {
    let heading = '';
    const visit = (node) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (child.type === 'element' && HEADING.test(child.tagName)) heading = textOf(child).replace(/#?Link to this part:.*$/, '').trim();
        if (child.type === 'element' && child.tagName === 'table') {
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: ['app-table-wrap'], tabIndex: 0, role: 'region', ariaLabel: heading ? `Table: ${heading}` : 'Table' },
            children: [child],
          };
        }
        visit(child);
        return child;
      });
    };
    visit(tree);
  };
}
