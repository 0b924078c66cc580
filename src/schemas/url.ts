import { z } from 'astro/zod';
import { checkExternalUrl } from '../lib/external-url';

/** A link to another website: https only, never a private, local or link-local address. */
export const ExternalUrlSchema = z.string().superRefine((url, ctx) => {
  const problem = checkExternalUrl(url);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});
