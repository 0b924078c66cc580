// `node scripts/compare-pages.mjs <before-dist> <after-dist>`: compares every built page of two builds.
// before: drop <div class="app-note" role="note"> in the prose (body notes);
// after: drop note markers, marker-only paragraphs and the Notes list.
// Then: text, headings+ids, links and ids of <main> must match exactly; body note texts must match.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';


const { fromHtml } = await import('hast-util-from-html');
const { toText } = await import('hast-util-to-text');
const [beforeDir, afterDir] = process.argv.slice(2);
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const cls = (n) => (n.properties?.className ?? []);
function prune(tree, drop, notes) {
  const visit = (node) => {
    if (!node.children) return;
    node.children = node.children.filter((c) => {
      if (c.type === 'element' && drop(c)) { if (notes) notes.push(c); return false; }
      return true;
    });
    node.children.forEach(visit);
  };
  visit(tree);
}
function info(tree) {
  let main; const headings = [], links = [], ids = [];
  const visit = (n) => { if (n.type === 'element') { if (n.tagName === 'main') main = n;
    if (/^h[1-6]$/.test(n.tagName)) headings.push(`${n.tagName}#${n.properties.id ?? ''} ${norm(toText(n))}`);
    if (n.tagName === 'a') links.push(`${n.properties.href} ${norm(toText(n))} ${(n.properties.rel ?? []).join(' ')}`);
    if (n.properties.id) ids.push(String(n.properties.id)); }
    (n.children ?? []).forEach(visit); };
  visit(tree);
  return { text: main ? norm(toText(main)) : '', headings, links, ids };
}
let differ = 0, same = 0, noteMismatch = 0; const report = [];
for (const file of walk(beforeDir).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).sort()) {
  const rel = relative(beforeDir, file);
  const b = fromHtml(readFileSync(file, 'utf8'));
  const a = fromHtml(readFileSync(join(afterDir, rel), 'utf8'));
  const beforeNotes = [], afterNotes = [];
  prune(b, (n) => n.tagName === 'div' && cls(n).includes('app-note') && n.properties.role === 'note', beforeNotes);
  prune(a, (n) => (n.tagName === 'section' && cls(n).includes('app-notes')), afterNotes);
  prune(a, (n) => (n.tagName === 'sup' && cls(n).includes('app-note-ref')) || (n.tagName === 'p' && cls(n).includes('app-note-ref-line')));
  const ib = info(b), ia = info(a);
  const bn = beforeNotes.map((n) => norm(toText(n)).replace(/^Note on the source: /, ''));
  // after: the body notes are the list items whose back link goes to a marker (#…note-ref-N)
  const an = [];
  for (const section of afterNotes) {
    const visit = (n) => { if (n.type === 'element' && n.tagName === 'li') { const back = []; const find = (m) => { if (m.type === 'element' && m.tagName === 'a') back.push(m.properties.href); (m.children ?? []).forEach(find); }; find(n);
      if (back.some((h) => /note-ref-\d+$/.test(h))) { const t = norm(toText(n)).replace(/ Back to text for note \d+$/, ''); an.push(t); } return; } (n.children ?? []).forEach(visit); };
    visit(section);
  }
  const problems = [];
  for (const k of ['text', 'headings', 'links', 'ids']) if (JSON.stringify(ib[k]) !== JSON.stringify(ia[k])) problems.push(k);
  if (JSON.stringify(bn) !== JSON.stringify(an)) { problems.push(`notes(${bn.length} vs ${an.length})`); noteMismatch++; }
  if (problems.length) { differ++; report.push(`${rel}: ${problems.join(', ')}`); } else same++;
}
console.log(`${same} pages identical after taking out the intended note changes; ${differ} differ`);
console.log(report.join('\n'));
