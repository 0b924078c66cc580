// The Content-Security-Policy, written once and used by the meta tag on every page and by
// `public/_headers` (a test checks that both agree).

/** Directives every page gets: the site's own files only, no inline script, no plugins, no framing. */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

/** Pages that run the search index, which is WebAssembly (pagefind): only they may compile it. */
export const WASM_PAGES = ['/search/'];

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** The policy for the meta tag on every page but search (`frame-ancestors` only works as a header, so it lives in `_headers`). */
export const CONTENT_SECURITY_POLICY = policy(CSP_DIRECTIVES);

/** The policy for the search page: the same, plus `'wasm-unsafe-eval'` so the search index can run. */
export const SEARCH_CONTENT_SECURITY_POLICY = policy({ ...CSP_DIRECTIVES, 'script-src': "'self' 'wasm-unsafe-eval'" });

/** The policy for the page at a URL path. */
export function contentSecurityPolicy(pathname: string): string {
  return WASM_PAGES.some((page) => pathname === page || pathname.startsWith(page)) ? SEARCH_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}
