// Leave this site: hide the page at once, then replace it with a neutral site so that Back does
// not return here. Pressing Shift three times within two seconds does the same.
const links = document.querySelectorAll<HTMLAnchorElement>('[data-leave-this-site]');
const destination = links[0]?.href;

function leave(event?: Event): void {
  if (!destination) return;
  event?.preventDefault();
  document.body.classList.add('app-leaving');
  const overlay = document.createElement('div');
  overlay.className = 'app-leave-overlay';
  document.body.append(overlay);
  document.title = 'Loading';
  window.location.replace(destination);
}

links.forEach((link) => link.addEventListener('click', leave));

let presses: number[] = [];
document.addEventListener('keyup', (event) => {
  if (event.key !== 'Shift') {
    presses = [];
    return;
  }
  const now = Date.now();
  presses = [...presses.filter((time) => now - time < 2000), now];
  if (presses.length >= 3) leave();
});

// A page restored from the back-forward cache must not reappear as it was left.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) document.body.classList.remove('app-leaving');
});

// The top control is a link with role="button", so Space must work as it does on a button.
links.forEach((link) =>
  link.addEventListener('keydown', (event) => {
    if (event.key === ' ') leave(event);
  }),
);
