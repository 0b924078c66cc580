// A table box that must scroll sideways says so ("Scroll the table sideways", shown by CSS on
// `data-overflowing`) and is a keyboard stop, so keyboard users can scroll it; a table that fits
// is neither (no needless tab stop, no empty landmark). Without JavaScript every box keeps its
// tab stop, which is harmless.
const wraps = document.querySelectorAll<HTMLElement>('[data-table-wrap]');

function update(wrap: HTMLElement): void {
  const overflowing = wrap.scrollWidth > wrap.clientWidth + 1;
  wrap.toggleAttribute('data-overflowing', overflowing);
  const label = wrap.getAttribute('aria-label') ?? wrap.dataset.label ?? '';
  if (label) wrap.dataset.label = label;
  if (overflowing) {
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('role', 'region');
    if (label) wrap.setAttribute('aria-label', label);
  } else if (document.activeElement !== wrap) {
    wrap.removeAttribute('tabindex');
    wrap.removeAttribute('role');
    wrap.removeAttribute('aria-label');
  }
}

if (wraps.length > 0) {
  if ('ResizeObserver' in window) {
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const wrap = (entry.target as HTMLElement).closest<HTMLElement>('[data-table-wrap]');
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
