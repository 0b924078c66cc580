import { z } from 'astro/zod';
import { SlugSchema } from './common';
import { ExternalUrlSchema } from './url';
import { contrastRatio } from '../lib/colour';
import { formatPhone } from '../lib/phone';

/** A phone line, text service or website that can help. Never invent a number: local ones only from a source document. */
export const ContactSchema = z.object({
  /** The service's name. */
  name: z.string().min(1),
  /** A short name for tight spaces such as the search page's help panel, e.g. `Hackney MASH`. */
  shortName: z.string().min(1).optional(),
  /** Who it is for and when to use it. */
  description: z.string().min(1),
  /**
   * The phone number the source gives, written the usual UK way (`020 8356 5500`, `0808 800 5000`).
   * Where the source misprints it, give the intended digits here and the misprint in `printedAs`.
   */
  phone: z
    .string()
    .min(1)
    .refine((phone) => phone === formatPhone(phone), (phone) => ({ message: `Write the number the usual UK way: "${formatPhone(phone)}".` }))
    .optional(),
  /** For editors only, never shown: the number exactly as the source prints it, when that differs (e.g. `o208 356 5500`). */
  printedAs: z.string().min(1).optional(),
  /** An email address. */
  email: z.string().email().optional(),
  /** The service's website. */
  url: ExternalUrlSchema.optional(),
  /** The source page (in the named report) where a local number is published. */
  source: z.string().min(1).optional(),
});

/** One of a partnership's strategic priorities. */
export const PrioritySchema = z.object({
  /** Stable id used by sections' `priorities` lists. */
  id: SlugSchema,
  /** The priority's name. */
  title: z.string().min(1),
  /** One or two sentences on what it means. */
  summary: z.string().min(1),
});

/** A Local Safeguarding Children Partnership: `content/partnerships/<id>.yaml`. */
export const PartnershipSchema = z.object({
  /** Full name, e.g. `Islington Safeguarding Children Partnership`. */
  name: z.string().min(1),
  /** Short name or initials, e.g. `ISCP`. */
  shortName: z.string().min(1),
  /** The area it serves, e.g. `the London Borough of Islington`. */
  area: z.string().min(1),
  /** The short name of the area a figure is for unless it says otherwise (a metric's `area`), e.g. `Islington`. */
  defaultArea: z.string().min(1).optional(),
  /** Two or three sentences on what the partnership is. */
  description: z.string().min(1),
  /** The same, for young people. */
  youngDescription: z.string().min(1),
  /** Accent colour (`#rrggbb`); must reach 4.5:1 contrast against white, as it is used for text and links. */
  accent: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Give the accent colour as six-digit hex, e.g. "#1d5f8a".')
    .refine((colour) => contrastRatio(colour, '#ffffff') >= 4.5, {
      message: 'The accent colour needs a contrast of at least 4.5:1 with white: choose a darker shade.',
    }),
  /** The statutory safeguarding partners, as the source names them. */
  statutoryPartners: z.array(z.string().min(1)).min(1),
  /** Who provides independent scrutiny, e.g. the Independent Scrutineer. */
  scrutiny: z.object({ role: z.string().min(1), name: z.string().min(1).optional() }).optional(),
  /** The partnership's own website. */
  website: ExternalUrlSchema.optional(),
  /** Strategic priorities. */
  priorities: z.array(PrioritySchema).default([]),
  /** Local help contacts given in the partnership's own documents. */
  contacts: z.array(ContactSchema).default([]),
  /** Position on the home page. */
  order: z.number().default(0),
});

export type PartnershipData = z.infer<typeof PartnershipSchema>;
export type Contact = z.infer<typeof ContactSchema>;
