// Links to other websites in content open without telling them which page the reader came from,
// and a link that is not https, or that points into a private network, stops the build (the same
// rule as the content check: checkExternalUrl in src/lib/external-url.ts).
import { checkExternalUrl, isExternalLink } from './external-url';

const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''));

export function rehypeExternalLinks() {
  return (tree, file) => {
    const problems = [];
    const visit = (node) => {
      if (node.type === 'element' && node.tagName === 'a' && node.properties?.href !== undefined) {
        let href = String(node.properties.href);
        // A bare "www.example.org" in the text becomes an http:// link (GFM autolink): make it https.
        if (/^http:\/\/www\./i.test(href) && textOf(node) === href.slice('http://'.length)) {
          href = `https://${href.slice('http://'.length)}`;
          node.properties.href = href;
        }
        if (isExternalLink(href)) {
          const problem = checkExternalUrl(href);
          if (problem) problems.push(problem);
          if (/^https?:\/\//i.test(href)) node.properties.rel = ['noopener', 'noreferrer'];
        }
      }
      (node.children ?? []).forEach(visit);
    };
    visit(tree);
    if (problems.length) {
      throw new Error(`${file?.path ?? 'A section'}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    }
  };
}
