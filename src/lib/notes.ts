// Numbered notes ("footnotes") for one section. The contract every part of the site shares:
// figure notes come first (metrics, then charts, in frontmatter order; identical texts share one
// number), then the notes in the section's body, numbered on from there. A note's own id is
// `note-<n>`; the marker that points to it is `note-ref-<n>` (the first marker, when several
// figures share one note); markers link to `#note-<n>` and the note links back to its marker.

/** One numbered note, as listed under "Notes" at the end of a section. */
export interface NumberedNote {
  /** The note's number, from 1. */
  n: number;
  /** The note's text: plain text for figure notes, HTML for notes from the body. */
  text: string;
  /** Whether `text` is already HTML (body notes) rather than plain text (figure notes). */
  html: boolean;
}

/** The figure notes of one section, numbered, and which number each metric and chart points to. */
export interface FigureNotes {
  notes: NumberedNote[];
  /** The note number of each metric, by index in `metrics` (undefined when it has no note). */
  metric: (number | undefined)[];
  /** The note number of each chart, by index in `charts` (undefined when it has no note). */
  chart: (number | undefined)[];
}

/** Numbers a section's figure notes (metrics first, then charts); identical texts share a number. */
export function numberFigureNotes(section: {
  metrics: readonly { note?: string | undefined }[];
  charts: readonly { note?: string | undefined }[];
}): FigureNotes {
  const notes: NumberedNote[] = [];
  const byText = new Map<string, number>();
  const numberOf = (note: string | undefined) => {
    if (!note) return undefined;
    const key = note.trim();
    let n = byText.get(key);
    if (n === undefined) {
      n = notes.length + 1;
      byText.set(key, n);
      notes.push({ n, text: key, html: false });
    }
    return n;
  };
  const metric = section.metrics.map((m) => numberOf(m.note));
  const chart = section.charts.map((c) => numberOf(c.note));
  return { notes, metric, chart };
}

/** The id of note `n`, and of the (first) marker that points to it. */
export const noteId = (n: number) => `note-${n}`;
export const noteRefId = (n: number) => `note-ref-${n}`;
