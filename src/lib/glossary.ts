import type { GlossaryTerm } from './site';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');

/** Glossary terms (or their variants) that appear as whole words in a text, in glossary order. */
export function termsIn(glossary: GlossaryTerm[], text: string): GlossaryTerm[] {
  return glossary.filter((term) =>
    [term.term, ...term.variants].some((form) => new RegExp(`(?<![\\w-])${escape(form)}(?![\\w-])`).test(text)),
  );
}
