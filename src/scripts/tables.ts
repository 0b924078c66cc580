// A table box that must scroll sideways says so ("Scroll the table sideways", shown by CSS on
// `data-overflowing`) and is a keyboard stop, so keyboard users can scroll it; a table that fits
// is neither (no needless tab stop, no empty landmark). Without JavaScript every box keeps its
// tab stop, which is harmless. Loaded on every page (BaseLayout): table boxes come from Markdown,
// the section renderer's components, figure tables and charts alike, so the class is the one mark
// they all share.
const wraps = document.querySelectorAll<HTMLElement>('.app-table-wrap');
const NAMING = ['aria-label', 'aria-labelledby'] as const;

function update(wrap: HTMLElement): void {
  const overflowing = wrap.scrollWidth > wrap.clientWidth + 1;
  wrap.toggleAttribute('data-overflowing', overflowing);
  // Remember how the box is named, to give the name back when it scrolls again.
  for (const name of NAMING) {
    const value = wrap.getAttribute(name);
    if (value) wrap.dataset[name === 'aria-label' ? 'label' : 'labelledby'] = value;
  }
  if (overflowing) {
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('role', 'region');
    if (wrap.dataset.label) wrap.setAttribute('aria-label', wrap.dataset.label);
    if (wrap.dataset.labelledby) wrap.setAttribute('aria-labelledby', wrap.dataset.labelledby);
  } else if (document.activeElement !== wrap) {
    // A region name on a plain box is not allowed (ARIA), so it goes with the role.
    wrap.removeAttribute('tabindex');
    wrap.removeAttribute('role');
    NAMING.forEach((name) => wrap.removeAttribute(name));
  }
}

if (wraps.length > 0) {
  if ('ResizeObserver' in window) {
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const wrap = (entry.target as HTMLElement).closest<HTMLElement>('.app-table-wrap');
        if (wrap) update(wrap);
      }
    });
    wraps.forEach((wrap) => {
      observer.observe(wrap);
      if (wrap.firstElementChild) observer.observe(wrap.firstElementChild);
    });
  } else {
    wraps.forEach(update);
  }
}
