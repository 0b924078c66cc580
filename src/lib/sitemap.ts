import type { Site } from './site';

/** The paths of every readable page, in a stable order. */
export function sitemapPaths(site: Site<unknown>): string[] {
  const paths = ['/', '/search/', '/glossary/', '/get-help/', '/accessibility/', '/leave-this-site/', '/figures/'];
  for (const id of site.measured) paths.push(`/figures/${id}/`);
  for (const partnership of site.partnerships) {
    paths.push(partnership.url);
    for (const priority of partnership.data.priorities) paths.push(`${partnership.url}priorities/${priority.id}/`);
    for (const report of partnership.reports) {
      paths.push(report.url, `${report.url}print/`, `${report.url}about-these-figures/`);
      if (report.youngPeople) paths.push(report.youngPeople.url, report.youngPeople.posterUrl);
      for (const section of report.sections) paths.push(section.url);
    }
  }
  return paths;
}
