import { z } from 'astro/zod';
import { PeriodSchema, SlugSchema, SourcePageSchema, UnitSchema } from './common';

/** The in-house icons a theme can show (drawn in `src/components/ThemeIcon.astro`). */
export const THEME_ICONS = ['home', 'outside', 'online', 'missing', 'care', 'school', 'voice', 'next', 'health', 'people', 'learning'] as const;
export const ThemeIconSchema = z.enum(THEME_ICONS, {
  errorMap: () => ({ message: `Use one of these icons: ${THEME_ICONS.join(', ')}.` }),
});
export type ThemeIcon = z.infer<typeof ThemeIconSchema>;

/** Fewest and most themes any edition may have (the cross-file check narrows this by kind of report). */
export const MIN_THEMES = 3;
export const MAX_THEMES = 8;
/** Most figures a theme may show. */
export const MAX_NUMBERS = 2;

/** The ways a figure may be written in a sentence: `1234`, `1,234`, `12.5`. */
export function figureForms(value: number): string[] {
  const plain = String(value);
  const grouped = value.toLocaleString('en-GB', { maximumFractionDigits: 10 });
  return [...new Set([plain, grouped])];
}

/** Whether `text` shows `value` as a whole number (not as part of a longer one, such as 28 in 287). */
export function showsFigure(text: string, value: number): boolean {
  return figureForms(value).some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![0-9.,])${escaped}(?![0-9]|[.,][0-9])`).test(text);
  });
}

const sentence = (field: string) =>
  z
    .string({
      required_error: `Required: write ${field}.`,
      invalid_type_error: 'Write plain text here. If it has a colon followed by a space, put the whole sentence in quotes.',
    }).trim().min(1, `Write ${field}: it cannot be empty.`);

/** One figure in a theme, explained in a sentence that shows it. */
export const EditionNumberSchema = z
  .object({
    /** The figure exactly as the report prints it, as a plain number. */
    value: z.number({ invalid_type_error: 'Write the figure as a plain number, e.g. 287 (not "287" or 287 people).' }),
    /** The unit, as for any figure. */
    unit: UnitSchema,
    /** The period the figure covers, e.g. `2024-25`. */
    period: PeriodSchema,
    /** The page of the report the figure is on. */
    sourcePage: SourcePageSchema,
    /** The sentence shown to readers; it must contain the figure in digits. */
    text: sentence('the sentence that explains the figure'),
    /** Optional: a short note where the report prints the figure oddly. */
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .superRefine((number, ctx) => {
    if (!showsFigure(number.text, number.value)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['text'],
        message: `The sentence must show the figure ${number.value} in digits (as "${figureForms(number.value).join('" or "')}"), so readers see the number it explains. Put the number in the sentence, or correct the value.`,
      });
    }
  });

/** One theme of the edition: what matters to young people, not a chapter of the report. */
export const EditionThemeSchema = z
  .object({
    /** A slug, used as the theme's anchor, e.g. `safe-at-home`. */
    id: SlugSchema,
    /** The theme's heading, in young people's words. */
    title: sentence('a short title in young people’s words'),
    /** One of the in-house icons. */
    icon: ThemeIconSchema,
    /** Two to five short sentences: what happened this year. */
    happened: z
      .array(sentence('each sentence'))
      .min(2, 'Write at least 2 short sentences under `happened` (one list item each).')
      .max(5, 'Keep `happened` to 5 short sentences at most: move the rest to another theme or leave them out.'),
    /** Up to two figures, each explained in words. */
    numbers: z.array(EditionNumberSchema).max(MAX_NUMBERS, `Show ${MAX_NUMBERS} figures at most in a theme: keep the one or two that matter most to young people.`).default([]),
    /** "What this means for you": one to three sentences. */
    forYou: sentence('`forYou`: one to three sentences on what this means for the reader'),
    /** Optional: the theme's one line on the printable poster; without it, the poster uses the first sentence of the first figure (or of `happened`). */
    poster: z.string().trim().min(1).max(110, 'Keep the poster line to one short sentence (110 characters at most).').optional(),
    /** Slugs of the report's sections this theme draws on. */
    sections: z.array(SlugSchema).min(1, 'Name at least one section of the report this theme draws on (its file name without .mdx).'),
  })
  .strict();

/** The young people's edition of one report: `content/reports/<partnership>/<report>/young-people.yaml`. */
export const YoungPeopleEditionSchema = z
  .object({
    /** Who the edition is for, shown as "For young people aged …", e.g. `11 to 17`. */
    audience: z
      .union([z.string(), z.number()])
      .transform((value) => String(value).trim())
      .pipe(z.string().regex(/^\d{1,2} to \d{1,2}$/, 'Write the ages as "11 to 17".')),
    /** Two to four short sentences: what this is, and that it is a short version of the full report. */
    intro: sentence('`intro`: 2 to 4 short sentences saying what this is'),
    /** Optional: a gentle content warning shown before anything else. */
    warning: z.string().trim().min(1).optional(),
    /** The themes, in the order they are read. */
    themes: z
      .array(EditionThemeSchema)
      .min(MIN_THEMES, `Write at least ${MIN_THEMES} themes.`)
      .max(MAX_THEMES, `Write ${MAX_THEMES} themes at most: join themes that overlap.`),
  })
  .strict()
  .superRefine((edition, ctx) => {
    const seen = new Set<string>();
    edition.themes.forEach((theme, index) => {
      if (seen.has(theme.id)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['themes', index, 'id'], message: `Two themes have the id "${theme.id}": give each theme its own id.` });
      }
      seen.add(theme.id);
    });
  });

export type YoungPeopleEditionData = z.infer<typeof YoungPeopleEditionSchema>;
export type EditionTheme = z.infer<typeof EditionThemeSchema>;
export type EditionNumber = z.infer<typeof EditionNumberSchema>;

/** Splits a sentence around the first place it shows its figure, so the figure can be set large. */
export function splitAtFigure(text: string, value: number): [string, string, string] {
  for (const form of figureForms(value).sort((a, b) => b.length - a.length)) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`(?<![0-9.,])${escaped}(?![0-9]|[.,][0-9])%?`).exec(text);
    if (match) return [text.slice(0, match.index), match[0], text.slice(match.index + match[0].length)];
  }
  return [text, '', ''];
}

/** The first sentence of a text. */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/.exec(text.trim());
  return match ? match[0] : text.trim();
}

/** A theme's one line on the poster: its own `poster` line, or the first sentence of its first figure or of what happened. */
export function posterLine(theme: Pick<EditionTheme, 'poster' | 'numbers' | 'happened'>): string {
  return theme.poster ?? firstSentence(theme.numbers[0]?.text ?? theme.happened[0] ?? '');
}
