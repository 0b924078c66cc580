// Wraps each Markdown table in a focusable, labelled box that scrolls sideways on its own, so a
// wide table never makes the whole page scroll on a small screen (WCAG 1.4.10 Reflow). The box
// shows that it scrolls and gives up its tab stop when the table fits (src/scripts/tables.ts).
// Cells that hold a number are marked so the number is never wrapped onto two lines.
const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''));
const HEADING = /^h[2-6]$/;
/** A short cell that starts with a number, e.g. `95`, `43.7%`, `£1,200`, `6,146 (43.7%)`. */
const NUMBER = /^[<>~≈]?\s?[£$€]?[-–]?\d/;

const markNumbers = (node) => {
  if (node.type !== 'element') return;
  if (node.tagName === 'td' || node.tagName === 'th') {
    const text = textOf(node).trim();
    if (NUMBER.test(text) && text.length <= 24) {
      const className = node.properties.className ?? [];
      node.properties.className = [...(Array.isArray(className) ? className : [className]), 'app-nowrap'];
    }
    return;
  }
  (node.children ?? []).forEach(markNumbers);
};

export function rehypeTableWrap() {
  return (tree) => {
    let heading = '';
    const visit = (node) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (child.type === 'element' && HEADING.test(child.tagName)) heading = textOf(child).replace(/#?Link to this part:.*$/, '').trim();
        if (child.type === 'element' && child.tagName === 'table') {
          markNumbers(child);
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
