// The Content-Security-Policy, written once and used by the meta tag on every page and by
// `public/_headers` (a test checks that both agree).

/** Directives the site needs: its own files only, plus WebAssembly for the search index (pagefind). */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

/** The policy for the meta tag (`frame-ancestors` is ignored in meta tags, so it lives in the headers file only). */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
