// The site's own MDX components, as data: the attributes each one takes (checked with zod) and the
// HTML it becomes (built as a hast tree). A section's body may use only these, with literal
// attributes; `render.ts` refuses anything else. The markup is the same the Astro components in
// `src/components/mdx/` produced when sections were compiled as MDX modules.
import { z } from 'astro/zod';
import { h } from 'hastscript';
import type { ElementContent, Element } from 'hast';

type Children = ElementContent[];

interface ComponentSpec<T extends z.ZodTypeAny> {
  /** One line for editors: what the component is for. */
  purpose: string;
  /** The attributes, checked after they are read as literal values. */
  props: T;
  /** Whether Markdown may sit between its opening and closing tags. */
  children: boolean;
  /** The HTML: `children` is the converted Markdown between the tags (empty when it takes none). */
  render: (props: z.infer<T>, children: Children) => Element;
}

const text = z.string().trim().min(1, 'must not be empty');

const STATUS_WORDS = {
  complete: 'Complete',
  green: 'Green: on track',
  amber: 'Amber: some delay',
  red: 'Red: off track',
  'not-started': 'Not started',
  ongoing: 'Ongoing',
} as const;

/** A table in its own scrolling, labelled box (WCAG 1.4.10 Reflow). */
const tableBox = (label: string, table: Element) => h('div.app-table-wrap', { tabIndex: 0, role: 'region', ariaLabel: label }, [table]);

/** The heading of a numbered block (recommendation, consideration) with its copyable "#" link. */
function numberedHeading(id: string, label: string, title: string | undefined, linkText: string) {
  return h('h3', { id: `${id}-heading` }, [
    `${label}${title ? `: ${title}` : ''} `,
    h('a.app-heading-anchor', { href: `#${id}` }, [h('span.app-visually-hidden', linkText), h('span', { ariaHidden: 'true' }, '#')]),
  ]);
}

const spec = <T extends z.ZodTypeAny>(s: ComponentSpec<T>) => s;

export const COMPONENTS = {
  Note: spec({
    purpose: 'a note about the source (garbled text, figures that do not add up); becomes a numbered note at the end of the section',
    props: z.object({}).strict(),
    children: true,
    // Notes never render in place: render.ts moves them to the section's list of notes.
    render: (_props, children) => h('div', children),
  }),
  Recommendation: spec({
    purpose: 'a numbered recommendation with its own link, #recommendation-<number>',
    props: z.object({ number: z.union([z.number().int().positive(), z.string().regex(/^[0-9]+[a-z]?$/, 'must be a number such as 3 or "3a"')]), title: text.optional() }).strict(),
    children: true,
    render: ({ number, title }, children) => {
      const id = `recommendation-${number}`;
      return h('section.app-numbered', { id, ariaLabelledBy: `${id}-heading` }, [
        numberedHeading(id, `Recommendation ${number}`, title, `Link to recommendation ${number}`),
        ...children,
      ]);
    },
  }),
  Consideration: spec({
    purpose: 'a lettered consideration with its own link, #consideration-<letter>',
    props: z.object({ letter: z.string().regex(/^[A-Za-z0-9]{1,3}$/, 'must be a letter or number, such as "A" or "3"'), title: text.optional() }).strict(),
    children: true,
    render: ({ letter, title }, children) => {
      const id = `consideration-${letter.toLowerCase()}`;
      const upper = letter.toUpperCase();
      return h('section.app-numbered', { id, ariaLabelledBy: `${id}-heading` }, [
        numberedHeading(id, `Consideration ${upper}`, title, `Link to consideration ${upper}`),
        ...children,
      ]);
    },
  }),
  ActionPlan: spec({
    purpose: 'an action-plan table; status is written in words as well as colour',
    props: z
      .object({
        caption: text.optional(),
        items: z
          .array(
            z
              .object({
                action: text,
                status: z.enum(['complete', 'green', 'amber', 'red', 'not-started', 'ongoing']),
                progress: z.string().optional(),
                owner: z.string().optional(),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    children: false,
    render: ({ items, caption = 'Actions and progress' }) => {
      const hasOwner = items.some((item) => item.owner);
      const hasProgress = items.some((item) => item.progress);
      return tableBox(
        caption,
        h('table.app-action-plan', [
          h('caption', caption),
          h('thead', [h('tr', [h('th', { scope: 'col' }, 'Action'), hasOwner ? h('th', { scope: 'col' }, 'Who') : null, h('th', { scope: 'col' }, 'Status'), hasProgress ? h('th', { scope: 'col' }, 'Progress') : null].filter((x) => x !== null))]),
          h(
            'tbody',
            items.map((item) =>
              h(
                'tr',
                [
                  h('td', item.action),
                  hasOwner ? h('td', item.owner ?? '') : null,
                  h('td', [h(`span.app-rag.app-rag--${item.status}`, STATUS_WORDS[item.status])]),
                  hasProgress ? h('td', item.progress ?? '') : null,
                ].filter((x) => x !== null),
              ),
            ),
          ),
        ]),
      );
    },
  }),
  AttendanceGrid: spec({
    purpose: 'who attended which meetings, as a table',
    props: z
      .object({
        caption: text,
        columns: z.array(text).min(1),
        rows: z.array(z.object({ name: text, values: z.array(z.union([z.boolean(), z.string(), z.null()])) }).strict()).min(1),
      })
      .strict(),
    children: false,
    render: ({ caption, columns, rows }) => {
      const cell = (value: boolean | string | null) => (value === true ? 'Attended' : value === false ? 'Did not attend' : (value ?? 'Not recorded'));
      return tableBox(
        caption,
        h('table.app-attendance', [
          h('caption', caption),
          h('thead', [h('tr', [h('th', { scope: 'col' }, 'Agency'), ...columns.map((column) => h('th', { scope: 'col' }, column))])]),
          h(
            'tbody',
            rows.map((row) => h('tr', [h('th', { scope: 'row' }, row.name), ...columns.map((_, index) => h('td', cell(row.values[index] ?? null)))])),
          ),
        ]),
      );
    },
  }),
  AudienceMessages: spec({
    purpose: '"what you need to know": messages grouped by who they are for',
    props: z.object({ audiences: z.array(z.object({ audience: text, messages: z.array(text).min(1) }).strict()).min(1) }).strict(),
    children: false,
    render: ({ audiences }) =>
      h(
        'ul.app-cards',
        audiences.map((group) => h('li.app-card', [h('p', [h('strong', group.audience)]), h('ul', group.messages.map((message) => h('li', message)))])),
      ),
  }),
  Charter: spec({
    purpose: 'a charter or pledge: numbered commitments under a title',
    props: z.object({ title: text, commitments: z.array(text).min(1), intro: text.optional() }).strict(),
    children: false,
    render: ({ title, commitments, intro }) =>
      h('div.app-charter.app-card', [h('p', [h('strong', title)]), intro ? h('p', intro) : null, h('ol', commitments.map((c) => h('li', c)))].filter((x) => x !== null)),
  }),
  GoldenRules: spec({
    purpose: 'a mnemonic list of rules (such as SAFER): letter, rule and explanation',
    props: z.object({ title: text.optional(), rules: z.array(z.object({ letter: text, title: text, text: text.optional() }).strict()).min(1) }).strict(),
    children: false,
    render: ({ rules, title }) =>
      h(
        'div.app-golden-rules',
        [
          title ? h('p', [h('strong', title)]) : null,
          h(
            'ol.app-cards',
            rules.map((rule) =>
              h('li.app-card', [h('p', [h('strong', [h('span', { ariaHidden: 'true' }, `${rule.letter}: `), rule.title])]), rule.text ? h('p', rule.text) : null].filter((x) => x !== null)),
            ),
          ),
        ].filter((x) => x !== null),
      ),
  }),
  KeyMessages: spec({
    purpose: 'key messages for practice, as a list under a label',
    props: z.object({ messages: z.array(text).min(1), title: text.optional() }).strict(),
    children: false,
    render: ({ messages, title = 'Key messages for practice' }) =>
      h('div.app-note.app-key-messages', [h('p', [h('strong', title)]), h('ul', messages.map((m) => h('li', m)))]),
  }),
  Snapshot: spec({
    purpose: 'a grid of facts about an area for one period',
    props: z.object({ title: text, period: text, items: z.array(z.object({ label: text, value: text, note: text.optional() }).strict()).min(1) }).strict(),
    children: false,
    render: ({ title, period, items }) =>
      h('div.app-snapshot', [
        h('p', [h('strong', title), ` (${period})`]),
        h(
          'ul',
          items.map((item) =>
            h('li', [h('span.app-snapshot__value', item.value), ` ${item.label}`, ...(item.note ? [' ', h('span.app-metric__meta', item.note)] : [])]),
          ),
        ),
      ]),
  }),
} as const;

export type ComponentName = keyof typeof COMPONENTS;
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

/**
 * Raw HTML elements a body may use (lower-case tags in MDX), with the attributes each may carry.
 * Everything else (script, style, iframe, object, embed, form, meta, links written as <a>…) is refused.
 */
export const HTML_ALLOWED: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
  span: ['lang'],
};
