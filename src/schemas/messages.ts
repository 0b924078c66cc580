// The site's words for every schema problem, in place of zod's defaults ("Required", "Expected
// string, received number"): each says what is wrong with the field and how to fix it. Used by every
// schema parse: the content check (scripts/lib/content-files.ts) passes `siteErrorMap`, and the build
// (src/content.config.ts) wraps each schema in `withSiteMessages`, so both print the same message.
import { z, type ZodErrorMap, type ZodType, type ZodTypeDef } from 'astro/zod';

const GUIDE = 'docs/CONTENT-GUIDE.md lists every field';

/** The field's own name (the last named step of its path), for "add `name:`" fixes. */
function fieldName(path: (string | number)[]): string | undefined {
  return [...path].reverse().find((step): step is string => typeof step === 'string');
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text && text.length > 60 ? `${text.slice(0, 57)}…` : String(text);
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of indented fields',
  date: 'a date',
  null: 'empty',
  nan: 'not a number',
};

const HOW: Record<string, string> = {
  string: "put it in quotes, e.g. '2024'",
  number: 'write digits only, without quotes, commas, units or % (e.g. 1234 or 12.5)',
  boolean: 'write true or false',
  array: 'write it as [first, second] or one "- item" per line below it',
  object: 'indent its fields by two spaces below it',
  date: 'write it as YYYY-MM-DD, e.g. 2025-03-31',
};

/** The site's message for one schema problem. */
export const siteErrorMap: ZodErrorMap = (issue, ctx) => {
  // A schema's own error map (e.g. STRICT in common.ts) has already written a better message: keep it.
  if (ctx.defaultError !== z.defaultErrorMap(issue, { data: ctx.data, defaultError: ctx.defaultError }).message) return { message: ctx.defaultError };
  const name = fieldName(issue.path);
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type: {
      if (issue.received === 'undefined') {
        return { message: `Missing: add ${name ? `\`${name}:\` with ` : ''}${KINDS[issue.expected] ?? 'a value'} (${GUIDE}).` };
      }
      if (issue.received === 'null') {
        return { message: `Empty: give ${KINDS[issue.expected] ?? 'a value'} after the colon, or remove the line if the field is optional.` };
      }
      return {
        message: `Should be ${KINDS[issue.expected] ?? issue.expected}, but is ${KINDS[issue.received] ?? issue.received} (${shown(ctx.data)}): ${HOW[issue.expected] ?? `give ${issue.expected}`}.`,
      };
    }
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `${shown(issue.received)} is not an allowed value: use one of ${issue.options.join(', ')}.` };
    case z.ZodIssueCode.invalid_literal:
      return { message: `Must be ${shown(issue.expected)}.` };
    case z.ZodIssueCode.invalid_date:
      return { message: `Not a real date: ${HOW.date}.` };
    case z.ZodIssueCode.not_finite:
      return { message: 'Must be an ordinary number, not infinity: write the figure as the source prints it.' };
    case z.ZodIssueCode.too_small:
      if (issue.type === 'string') {
        return { message: issue.minimum === 1 ? 'Empty: write the text, or remove the line if the field is optional.' : `Too short: write at least ${issue.minimum} characters.` };
      }
      if (issue.type === 'array') return { message: `Needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}: add ${issue.minimum === 1 ? 'one' : 'more'}.` };
      if (issue.type === 'number') return { message: `Must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, but is ${shown(ctx.data)}.` };
      return { message: `Too early: must be on or after ${String(issue.minimum)}.` };
    case z.ZodIssueCode.too_big:
      if (issue.type === 'string') return { message: `Too long: at most ${issue.maximum} characters, but this has ${String(ctx.data).length}. Shorten it.` };
      if (issue.type === 'array') return { message: `Too many items: at most ${issue.maximum}, but this has ${(ctx.data as unknown[]).length}. Keep the most important.` };
      if (issue.type === 'number') return { message: `Must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, but is ${shown(ctx.data)}.` };
      return { message: `Too late: must be on or before ${String(issue.maximum)}.` };
    case z.ZodIssueCode.not_multiple_of:
      return { message: `Must be a multiple of ${String(issue.multipleOf)}.` };
    case z.ZodIssueCode.invalid_string:
      if (issue.validation === 'email') return { message: `${shown(ctx.data)} is not an email address: write it as name@example.org.` };
      if (issue.validation === 'url') return { message: `${shown(ctx.data)} is not a web address: write it in full, starting with https://.` };
      return { message: `${shown(ctx.data)} is not in the expected form.` };
    case z.ZodIssueCode.invalid_union:
      return { message: `${shown(ctx.data)} is not in any of the forms this field takes (${GUIDE}).` };
    case z.ZodIssueCode.unrecognized_keys:
      return { message: `Unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}: check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'}.` };
    default:
      return { message: ctx.defaultError };
  }
};

/**
 * Wraps a schema so that the build reports the site's messages too. Astro parses every entry with
 * its own error map, which replaces zod's messages but not the site's: so the schema is parsed here
 * with `siteErrorMap` and each problem handed on with its message already written.
 */
export function withSiteMessages<Output>(schema: ZodType<Output, ZodTypeDef, unknown>) {
  return z.unknown().transform((data, ctx): Output => {
    const result = schema.safeParse(data, { errorMap: siteErrorMap });
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: z.ZodIssueCode.custom, path: issue.path, message: issue.message });
    return z.NEVER;
  });
}

/**
 * The site's message for a YAML syntax error: the whole reason, the line and column in the file
 * (`lineOffset` is the number of lines before the YAML, e.g. 1 for the `---` that opens a
 * frontmatter), and the offending line itself.
 */
export function yamlErrorMessage(error: unknown, source: string, lineOffset = 0): { line?: number; message: string } {
  const raw = (error as Error).message ?? String(error);
  const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  // The yaml package ends the first line with " at line L, column C:" and then shows the source.
  const reason = raw.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
  if (!pos) return { message: `Not valid YAML: ${reason}.` };
  const line = pos.line + lineOffset;
  const text = source.split(/\r?\n/)[pos.line - 1] ?? '';
  const hint = /tab/i.test(reason) ? ' Indent with spaces, never tabs.' : /indent|mapping|implicit key/i.test(reason) ? ' Check the indentation and that the line has one "name: value".' : '';
  return {
    line,
    message: `Not valid YAML at line ${line}, column ${pos.col}: ${reason}.${hint} The line reads: ${JSON.stringify(text.replace(/\t/g, '→'))}`,
  };
}
