// Adds "Copy link" beside each "Link to this figure" where the Clipboard API is available (secure
// pages in current browsers). Without it the plain link still works: open it and copy the address.
const figureLinks = document.querySelectorAll<HTMLElement>('[data-figure-link]');

if (figureLinks.length > 0 && window.isSecureContext && navigator.clipboard?.writeText) {
  const status = document.createElement('p');
  status.className = 'app-visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);
  figureLinks.forEach((wrapper) => {
    const link = wrapper.querySelector('a');
    if (!link) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'app-link-button';
    button.textContent = 'Copy link';
    const name = link.textContent?.replace(/^Link to this figure:?\s*/, '') ?? '';
    button.setAttribute('aria-label', `Copy link to this figure: ${name}`);
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(new URL(link.getAttribute('href') ?? '', window.location.href).href);
        button.textContent = 'Link copied';
        status.textContent = `Link to ${name} copied.`;
        window.setTimeout(() => (button.textContent = 'Copy link'), 4000);
      } catch {
        status.textContent = 'The link could not be copied: use "Link to this figure" and copy the address instead.';
      }
    });
    wrapper.append(' ', button);
  });
}
