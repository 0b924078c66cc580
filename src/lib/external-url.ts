// Which links to other websites content may hold: https only, and never to an address inside a
// private network or the reader's own machine (a link there could probe the reader's router or a
// cloud metadata service, or simply leak where the reader is). Pure: used by the content check and
// the build (src/lib/validate.ts), the schemas' link fields (src/schemas/url.ts) and the Markdown
// renderer (src/lib/rehype-external-links.mjs).

/** Schemes allowed besides https: they open the reader's own mail or phone app. */
const OTHER_SCHEMES = new Set(['mailto:', 'tel:']);

/** Host names that always mean this machine or a private network. */
const PRIVATE_NAMES = /(?:^|\.)(?:localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/i;

/** IPv4 ranges that are not public: [first octets as a number, prefix length]. */
const PRIVATE_V4: [number, number][] = [
  [ip4('0.0.0.0'), 8], // "this network"
  [ip4('10.0.0.0'), 8],
  [ip4('100.64.0.0'), 10], // carrier-grade NAT
  [ip4('127.0.0.0'), 8], // loopback
  [ip4('169.254.0.0'), 16], // link-local, including cloud metadata at 169.254.169.254
  [ip4('172.16.0.0'), 12],
  [ip4('192.168.0.0'), 16],
  [ip4('224.0.0.0'), 4], // multicast
  [ip4('240.0.0.0'), 4], // reserved and broadcast
];

function ip4(text: string): number {
  return text.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

function isPrivateV4(host: string): boolean {
  if (!/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return false;
  const address = ip4(host);
  return PRIVATE_V4.some(([base, bits]) => Math.floor(address / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

/** Expands an IPv6 literal (without brackets) to eight 16-bit groups, or undefined when it is not one. */
function ip6Groups(host: string): number[] | undefined {
  if (!host.includes(':')) return undefined;
  let text = host;
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4) {
    const n = ip4(v4[1]!);
    text = `${text.slice(0, -v4[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parts = (value: string) => (value ? value.split(':').map((group) => parseInt(group, 16)) : []);
  const start = parts(head);
  const end = tail === undefined ? [] : parts(tail);
  const groups = tail === undefined ? start : [...start, ...Array(8 - start.length - end.length).fill(0), ...end];
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : undefined;
}

function isPrivateV6(host: string): boolean {
  const groups = ip6Groups(host);
  if (!groups) return false;
  const [first = 0] = groups;
  if (groups.every((group) => group === 0)) return true; // ::
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return true; // ::1 loopback
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((first & 0xff00) === 0xff00) return true; // multicast
  // IPv4-mapped (::ffff:a.b.c.d): judge the IPv4 address.
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [a = 0, b = 0] = groups.slice(6);
    return isPrivateV4(`${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`);
  }
  return false;
}

/**
 * Checks one link to another website. Returns what is wrong and how to fix it, or undefined when the
 * link is fine. Links within the site (`/…`, `#…`, relative paths) are not this function's business:
 * pass only links with a scheme (`https:`, `http:`, `mailto:`…) or that start with `//`.
 */
export function checkExternalUrl(url: string): string | undefined {
  const text = url.trim();
  if (text.startsWith('//')) return `The link "${text}" has no scheme: write it in full, starting with https://.`;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return `"${text}" is not a web address: write it in full, starting with https://.`;
  }
  if (OTHER_SCHEMES.has(parsed.protocol)) return undefined;
  if (parsed.protocol === 'http:') {
    return `The link "${text}" uses http://, which anyone on the reader's network can read or change: use https:// (check the site opens with it).`;
  }
  if (parsed.protocol !== 'https:') {
    return `Links may only start with https:// (or mailto: and tel:), but this one starts with "${parsed.protocol}": remove it or link to a web page.`;
  }
  if (parsed.username || parsed.password) return `The link "${text}" holds a user name or password: remove them from the address.`;
  const host = parsed.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (PRIVATE_NAMES.test(host) || isPrivateV4(host) || isPrivateV6(host) || (!host.includes('.') && !host.includes(':'))) {
    return `The link "${text}" points to a private, local or internal address (${host}), which readers cannot reach and which could probe their own network: link to a public website instead.`;
  }
  return undefined;
}

/** True when a link target leaves the site (has a scheme or starts with `//`), so checkExternalUrl applies. */
export function isExternalLink(url: string): boolean {
  return /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}
