// No extraction remarks in what readers see as titles and labels: where a remark matters, it is a note.
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../scripts/lib/content-files';

const REMARK = /as printed|not printed|not stated|label (unclear|lost)|cut off in the source|the source says|as given in/i;
const { content } = loadContentFiles(process.cwd());

describe('titles and labels in the content', () => {
  const labels = [
    ...content.sections.flatMap((section) => [
      ...section.data.metrics.map((metric) => `${section.id}: ${metric.label}`),
      ...section.data.charts.flatMap((chart) => [chart.title, ...chart.labels, ...chart.datasets.map((dataset) => dataset.label)].map((text) => `${section.id}: ${text}`)),
    ]),
    ...content.reports.flatMap((report) => report.data.headline.map((metric) => `${report.id}: ${metric.label}`)),
  ];
  it('has titles and labels to check', () => {
    expect(labels.length).toBeGreaterThan(500);
  });
  it('carries no extraction remarks (they belong in a note)', () => {
    expect(labels.filter((text) => REMARK.test(text))).toEqual([]);
  });
});
