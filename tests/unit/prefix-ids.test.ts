import { describe, expect, it } from 'vitest';
import { prefixIds } from '../../src/lib/prefix-ids';

describe('prefixIds (print page sections)', () => {
  it('prefixes every id and the in-page links to it', () => {
    const html = '<h3 id="challenges">Challenges <a href="#challenges">#</a></h3>';
    expect(prefixIds(html, 'lado')).toBe('<h3 id="lado--challenges">Challenges <a href="#lado--challenges">#</a></h3>');
  });
  it('prefixes ARIA and label references to ids in the same section', () => {
    const html = '<section aria-labelledby="r1-heading other"><h4 id="r1-heading">R1</h4></section><label for="q">Q</label><input id="q">';
    expect(prefixIds(html, 'cr')).toBe('<section aria-labelledby="cr--r1-heading other"><h4 id="cr--r1-heading">R1</h4></section><label for="cr--q">Q</label><input id="cr--q">');
  });
  it('leaves links to other pages and to ids outside the section alone', () => {
    const html = '<a href="#contents">Contents</a> <a href="/islington/2024-25/lado/#challenges">LADO</a> <p id="x"></p>';
    expect(prefixIds(html, 's')).toBe('<a href="#contents">Contents</a> <a href="/islington/2024-25/lado/#challenges">LADO</a> <p id="s--x"></p>');
  });
  it('handles ids written with percent-encoding in links', () => {
    expect(prefixIds('<h3 id="café">C</h3><a href="#caf%C3%A9">go</a>', 's')).toBe('<h3 id="s--café">C</h3><a href="#s--caf%C3%A9">go</a>');
  });
});
