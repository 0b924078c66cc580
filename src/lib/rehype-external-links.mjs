// Links to other websites in content open without telling them which page the reader came from.
export function rehypeExternalLinks() {
  return (tree) => {
    const visit = (node) => {
      if (node.type === 'element' && node.tagName === 'a' && /^https?:\/\//.test(String(node.properties?.href ?? ''))) {
        node.properties.rel = ['noopener', 'noreferrer'];
      }
      (node.children ?? []).forEach(visit);
    };
    visit(tree);
  };
}
