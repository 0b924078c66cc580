// Reads one section file into what the content store keeps: its checked frontmatter, its body and
// the body rendered to HTML with its headings and notes, or the problems that stop it. Pure work on
// the file's text, so the loader can run it on several cores (render-pool.ts) with the same result.
import { SectionSchema } from '../../schemas/section';
import { numberFigureNotes } from '../notes';
import { checkEntry, type EntryProblem } from '../yaml-files';
import { parseYaml, splitFrontmatter } from './files';
import { renderSectionBody, type Heading } from './render';

/** One section to read: its id, its file (for messages) and its text. */
export interface SectionJob {
  id: string;
  file: string;
  text: string;
}

/** What the loader keeps beside the HTML, in `rendered.metadata`. */
export interface SectionMetadata {
  headings: Heading[];
  /** The body's notes as HTML, numbered on from the section's figure notes. */
  notes: string[];
}

export type SectionResult =
  | { id: string; ok: true; data: Record<string, unknown>; body: string; html: string; metadata: SectionMetadata }
  | { id: string; ok: false; problems: EntryProblem[] };

/** Checks and renders one section. Never throws for bad content: it returns problems. */
export function renderSectionFile({ id, file, text }: SectionJob, contentDir: string): SectionResult {
  try {
    const { frontmatter, body, bodyLine } = splitFrontmatter(text);
    const checked = checkEntry(file, parseYaml(frontmatter, 1), SectionSchema);
    if (!checked.data) return { id, ok: false, problems: checked.problems };
    const data = checked.data;
    const firstNote = numberFigureNotes(data).notes.length + 1;
    const rendered = renderSectionBody(body, { file, frontmatter: data as unknown as Record<string, unknown>, firstNote, contentDir, bodyLine });
    if (rendered.problems.length > 0) {
      return { id, ok: false, problems: rendered.problems.map((problem) => ({ file, field: problem.line ? `line ${problem.line}` : undefined, message: problem.message })) };
    }
    return { id, ok: true, data: data as unknown as Record<string, unknown>, body, html: rendered.html, metadata: { headings: rendered.headings, notes: rendered.notes } };
  } catch (error) {
    // A YAML error (ContentFileError) has the site's message; anything else is reported, never a crash.
    return { id, ok: false, problems: [{ file, message: (error as Error).message }] };
  }
}
