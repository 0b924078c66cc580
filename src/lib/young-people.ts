// Help for the young people's editions: the two national numbers every edition shows first, and the
// partnership's own published routes. Pure, so the page and the poster show the same help.
import type { Contact } from '../schemas/partnership';
import type { HelpContactData } from '../schemas/help';
import { phoneDigits as digits } from './phone';

export interface EditionHelpContact {
  name: string;
  phone: string;
  /** What the number is for, in young people's words. */
  text: string;
}

/** The national numbers, looked up in content/help/contacts.yaml by number so a renamed id cannot drop them. */
const NATIONAL = [
  { phone: '999', name: 'Emergency services', text: 'If you or someone else is in danger right now.' },
  { phone: '0800 1111', name: 'Childline', text: 'Childline: free, at any time, about anything that worries you.' },
];

export function editionHelp(
  site: { helpContacts: Map<string, HelpContactData & { id: string }> },
  partnership: { data: { contacts: Contact[] } },
): { national: EditionHelpContact[]; local: Contact[] } {
  const contacts = [...site.helpContacts.values()];
  const national = NATIONAL.map((fallback) => {
    const contact = contacts.find((entry) => entry.phone && digits(entry.phone) === digits(fallback.phone));
    return { name: contact?.name ?? fallback.name, phone: contact?.phone ?? fallback.phone, text: fallback.text };
  });
  const local = partnership.data.contacts.filter((contact) => contact.phone || contact.url);
  return { national, local };
}
