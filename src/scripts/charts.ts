// Finds chart placeholders and loads chart.js only when one comes near the viewport.
const placeholders = document.querySelectorAll<HTMLElement>('[data-chart]');

if (placeholders.length > 0 && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const placeholder = entry.target.querySelector<HTMLElement>('[data-chart]');
        if (placeholder) void import('./chart-render').then(({ renderChart }) => renderChart(placeholder));
      }
    },
    { rootMargin: '300px 0px' },
  );
  // The placeholder itself is hidden until drawn, and hidden elements never intersect: watch its figure.
  placeholders.forEach((placeholder) => observer.observe(placeholder.closest('figure') ?? placeholder));
}
