// Typographic quotes, dashes and ellipses, exactly as remark-smartypants 3 makes them (its logic,
// MIT licence), with one change for speed: its second pass (dashes, ellipses, backticks) re-parses
// every text node, so here it runs only on text that has something for it to change.
import type { Root } from 'mdast';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);
// Nodes whose text starts fresh: a quote at their start is always an opening quote.
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);
/** What the second pass can change: two dashes, dots, backticks, two straight single quotes. */
const SECOND_PASS = /--|\.\s?\.|`|''/;

type AnyNode = { type: string; value?: string; name?: unknown };
const isLiteral = (node: AnyNode): node is AnyNode & { value: string } => typeof node.value === 'string';
const isBlock = (node: AnyNode) => BLOCK_NODES.has(node.type);

export default function remarkSmartypantsFast() {
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { quotes: false });
  return (tree: Root) => {
    let allText = '';
    const nodes: AnyNode[] = [];
    visit(tree, (node, _index, parent) => {
      const n = node as AnyNode;
      const p = parent as AnyNode | undefined;
      const wanted =
        p &&
        (p.type !== 'mdxJsxTextElement' || (typeof p.name === 'string' && !IGNORED_HTML_ELEMENTS.has(p.name))) &&
        VISITED_NODES.has(n.type) &&
        (isLiteral(n) || isBlock(n));
      if (!wanted) return;
      if (isLiteral(n)) allText += n.type === 'text' ? n.value : 'A'.repeat(n.value.length);
      else allText += ' ';
      nodes.push(n);
    });
    allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (isLiteral(node)) {
        const end = start + node.value.length;
        if (node.type === 'text') {
          const text = allText.slice(start, end);
          node.value = SECOND_PASS.test(text) ? rest.processSync(text).toString() : text;
        }
        start = end;
      } else {
        start += 1;
      }
    }
  };
}
