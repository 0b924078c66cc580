// How a report names its source document to readers and in the data files: a citation, never the
// working file the content was taken from.
import type { Citation } from '../schemas/report';

/** The citation as one line of plain text, e.g. `Publisher (2025). Title. Available at http://…`. */
export function citationText(citation: Citation): string {
  const parts = [
    `${citation.author ? `${citation.author}, ${citation.publisher}` : citation.publisher} (${citation.date ?? 'not dated'}).`,
    `${citation.title.replace(/[.\s]+$/, '')}.`,
  ];
  if (citation.url) parts.push(`Available at ${citation.url}`);
  return parts.join(' ');
}

/** The citation as plain fields for `data.json` and `data.csv`: empty strings where the source gives nothing. */
export function citationFields(citation: Citation): { publisher: string; title: string; author: string; date: string; url: string } {
  return {
    publisher: citation.publisher,
    title: citation.title,
    author: citation.author ?? '',
    date: citation.date ?? '',
    url: citation.url ?? '',
  };
}
