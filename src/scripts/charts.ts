// Finds chart placeholders and loads chart.js only when one comes near the viewport.
const placeholders = document.querySelectorAll<HTMLElement>('[data-chart]');

if (placeholders.length > 0 && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void import('./chart-render').then(({ renderChart }) => renderChart(entry.target as HTMLElement));
      }
    },
    { rootMargin: '300px 0px' },
  );
  placeholders.forEach((placeholder) => observer.observe(placeholder));
}
