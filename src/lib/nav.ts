// Navigation worked out from the site model: year switcher, the same section in other years,
// previous and next, breadcrumbs.
import type { Site, SiteReport, SiteSection } from './site';

export interface Crumb {
  label: string;
  url?: string;
}

export interface YearLink {
  /** The period label, e.g. `2020-21`. */
  label: string;
  url: string;
  current: boolean;
  /** True when the link goes to the same section in that report, false when to its overview. */
  sameSection: boolean;
  /** The title of the section the link opens, when it is the same section in that year. */
  sectionTitle?: string | undefined;
}

/** Reports of the same partnership and kind, newest first: the years a reader can switch between. */
export function siblingReports<S>(report: SiteReport<S>): SiteReport<S>[] {
  return report.partnership.reports.filter((other) => other.data.kind === report.data.kind);
}

/** The sections in another report that continue this one: same slug or `topic`, then declared `counterparts` (either way round). */
export function matchingSections<S>(section: SiteSection<S>, report: SiteReport<S>): SiteSection<S>[] {
  if (report === section.report) return [section];
  const key = (target: SiteSection<S>) => `${target.report.slug}/${target.slug}`;
  const sameTopic = report.sections.filter((other) => other.topic === section.topic);
  const declared = section.data.counterparts
    .map((counterpart) => report.sections.find((other) => key(other) === counterpart))
    .filter((other): other is SiteSection<S> => Boolean(other));
  const declaring = report.sections.filter((other) => other.data.counterparts.includes(key(section)));
  return [...new Set([...sameTopic, ...declared, ...declaring])];
}

/** The section on the same topic in another report (the first counterpart), if there is one. */
export function matchingSection<S>(section: SiteSection<S>, report: SiteReport<S>): SiteSection<S> | undefined {
  return matchingSections(section, report)[0];
}

/** Links for the year switcher: each year goes to the same section when it has one, else to its overview. */
export function yearLinks<S>(report: SiteReport<S>, section?: SiteSection<S>): YearLink[] {
  return siblingReports(report).map((other) => {
    const match = section ? matchingSection(section, other) : undefined;
    return {
      label: other.data.period.label,
      url: match ? match.url : other.url,
      current: other === report,
      sameSection: Boolean(match),
      sectionTitle: match?.data.title,
    };
  });
}

/** The same section (and its declared counterparts) in other years of the partnership, newest first. */
export function otherYears<S>(section: SiteSection<S>): SiteSection<S>[] {
  return siblingReports(section.report)
    .filter((report) => report !== section.report)
    .flatMap((report) => matchingSections(section, report));
}

/** The sections before and after this one in report order. */
export function previousAndNext<S>(section: SiteSection<S>): { previous?: SiteSection<S>; next?: SiteSection<S> } {
  const list = section.report.sections;
  const index = list.indexOf(section);
  return { previous: list[index - 1], next: list[index + 1] };
}

/** Breadcrumbs from the home page down to a report or section; the last crumb has no link. */
export function breadcrumbs<S>(report: SiteReport<S>, section?: SiteSection<S>, leaf?: string): Crumb[] {
  const crumbs: Crumb[] = [
    { label: 'Home', url: '/' },
    { label: report.partnership.data.name, url: report.partnership.url },
    { label: report.data.shortTitle, url: report.url },
  ];
  if (section) crumbs.push({ label: section.data.title, url: section.url });
  if (leaf) crumbs.push({ label: leaf });
  const last = crumbs[crumbs.length - 1]!;
  delete last.url;
  return crumbs;
}

/** Sections, across every report of a partnership, that serve one of its priorities. */
export function sectionsForPriority<S>(site: Site<S>, partnershipId: string, priorityId: string): SiteSection<S>[] {
  return site.sections.filter(
    (section) => section.report.partnership.id === partnershipId && section.data.priorities.includes(priorityId),
  );
}
