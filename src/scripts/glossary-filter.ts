// Glossary filter, a progressive enhancement: without JavaScript the filter stays hidden and every
// term shows. With it, typing narrows the list to terms whose name or meaning contains the text.
const filter = document.querySelector<HTMLElement>('[data-module="glossary-filter"]');
const input = filter?.querySelector<HTMLInputElement>('input');
// Not `status`: in a script file that name is the browser's global `window.status` (a string).
const statusBox = filter?.querySelector<HTMLElement>('[role="status"]');

if (filter && input && statusBox) {
  const letters = [...document.querySelectorAll<HTMLElement>('[data-glossary-letter]')];
  const entries = letters.flatMap((letter) => [...letter.querySelectorAll<HTMLElement>('[data-glossary-entry]')]);
  const texts = new Map(entries.map((entry) => [entry, (entry.textContent ?? '').toLowerCase()]));
  let timer: number | undefined;

  const apply = () => {
    const query = input.value.trim().toLowerCase();
    let shown = 0;
    for (const entry of entries) {
      const match = !query || texts.get(entry)!.includes(query);
      entry.hidden = !match;
      if (match) shown += 1;
    }
    for (const letter of letters) letter.hidden = !letter.querySelector('[data-glossary-entry]:not([hidden])');
    window.clearTimeout(timer);
    // Announce once typing pauses, not on every key.
    timer = window.setTimeout(() => {
      statusBox.textContent = query ? `${shown} of ${entries.length} terms match “${input.value.trim()}”.` : '';
    }, 400);
  };

  filter.hidden = false;
  input.addEventListener('input', apply);
  if (input.value) apply();
}
