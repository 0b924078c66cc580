// Keeps the reader on the same heading when switching year: the heading's anchor follows the link
// (if the other year has no such heading, the browser simply opens the section at the top).
document.querySelectorAll<HTMLAnchorElement>('a[data-year-link][data-same-section="true"]').forEach((link) =>
  link.addEventListener('click', () => {
    if (window.location.hash) link.hash = window.location.hash;
  }),
);
