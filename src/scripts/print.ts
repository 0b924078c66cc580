// The print page's button opens the browser's print dialogue (save as PDF is one of its options).
document.querySelector('[data-module="print"]')?.addEventListener('click', () => window.print());
