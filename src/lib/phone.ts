// UK phone numbers written the usual way (020 8356 5500, 0808 800 5000, 0800 1111) and as tel: links.

/** The digits of a number, with +44 turned back into a leading 0. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('44') && phone.trim().startsWith('+') ? `0${digits.slice(2)}` : digits;
}

/** The usual UK grouping: 020 8356 5500 (London), 0808 800 5000 and 0800 1111 (free and national), 07700 900123 (mobiles). */
export function formatPhone(phone: string): string {
  const d = phoneDigits(phone);
  if (!d.startsWith('0') || d.length < 8) return d;
  if (/^02\d{9}$/.test(d)) return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
  if (/^0[38]\d{9}$/.test(d)) return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  if (/^0[38]\d{6,7}$/.test(d)) return `${d.slice(0, 4)} ${d.slice(4)}`;
  if (/^0[17]\d{9}$/.test(d)) return `${d.slice(0, 5)} ${d.slice(5)}`;
  return d;
}

/** A tel: link: the number's digits only (tel:02083565500, tel:999), which every phone dials from the UK. */
export function telHref(phone: string): string {
  return `tel:${phoneDigits(phone)}`;
}

/** A number for a link's text: grouped as usual, with non-breaking spaces so it never wraps (html-validate's tel-non-breaking). */
export function phoneLinkText(phone: string): string {
  return formatPhone(phone).replace(/ /g, '\u00a0');
}
