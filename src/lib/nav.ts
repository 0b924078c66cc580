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
}

/** Reports of the same partnership and kind, newest first: the years a reader can switch between. */
export function siblingReports<S>(report: SiteReport<S>): SiteReport<S>[] {
  return report.partnership.reports.filter((other) => other.data.kind === report.data.kind);
}

/** Finds the section on the same topic in another report, if there is one. */
export function matchingSection<S>(section: SiteSection<S>, report: SiteReport<S>): SiteSection<S> | undefined {
  return report.sections.find((other) => other.topic === section.topic);
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
    };
  });
}

/** The same section in other years of the partnership, newest first. */
export function otherYears<S>(section: SiteSection<S>): SiteSection<S>[] {
  return siblingReports(section.report)
    .filter((report) => report !== section.report)
    .map((report) => matchingSection(section, report))
    .filter((match): match is SiteSection<S> => Boolean(match));
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
