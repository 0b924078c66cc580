// What the built files promise: no inline script, the same policy in the meta tag and the headers
// file, safe external links, and no abbreviation left unexplained. Reads the built site ($OUT_DIR or dist/) directly.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadContentFiles } from '../../scripts/lib/content-files';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, SEARCH_CONTENT_SECURITY_POLICY } from '../../src/lib/security';
import { findAbbreviations, glossaryForms } from '../../src/lib/validate';
import { OUT_DIR } from './site';

const walk = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const pages = walk(OUT_DIR).filter((file) => file.endsWith('.html'));
const headers = readFileSync(join(OUT_DIR, '_headers'), 'utf8');
const header = (name: string) => new RegExp(`^\\s*${name}: (.+)$`, 'm').exec(headers)?.[1];

test('no page has an inline script or an inline event handler', () => {
  const offending = pages.filter((file) => {
    const html = readFileSync(file, 'utf8');
    return /<script(?![^>]*\ssrc=)[^>]*>/i.test(html) || /<[^>]+\son[a-z]+=/i.test(html);
  });
  expect(offending).toEqual([]);
});

/** The URL path a built page is served at. */
const urlOf = (file: string) => `/${relative(OUT_DIR, file).split(sep).join('/')}`.replace(/index\.html$/, '');
/** The header lines of the `_headers` rule for one path pattern. */
const rule = (pattern: string) => new RegExp(`^${pattern.replace(/[*/]/g, '\\$&')}\n((?:[ \t]+.*\n?)*)`, 'm').exec(headers)?.[1] ?? '';

test('every page carries the Content-Security-Policy in a meta tag, WebAssembly allowed on the search page only', () => {
  const missing = pages.filter((file) => !readFileSync(file, 'utf8').includes(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(urlOf(file))}">`));
  expect(missing).toEqual([]);
  const withWasm = pages.filter((file) => readFileSync(file, 'utf8').includes('wasm-unsafe-eval')).map(urlOf);
  expect(withWasm).toEqual(['/search/']);
});

test('the headers file and the meta tag give the same policy, plus frame-ancestors', () => {
  expect(header('Content-Security-Policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  expect(rule('/*')).not.toContain('wasm-unsafe-eval');
  expect(rule('/search/*')).toContain('! Content-Security-Policy');
  expect(rule('/search/*')).toContain(`Content-Security-Policy: ${SEARCH_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  expect(SEARCH_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
});

test('the headers file sets the other security headers', () => {
  expect(header('Referrer-Policy')).toBe('no-referrer');
  expect(header('X-Content-Type-Options')).toBe('nosniff');
  expect(header('Strict-Transport-Security')).toMatch(/max-age=\d{8,}/);
  expect(header('Permissions-Policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
});

test('every link to another website opens without sharing this page', () => {
  const unsafe: string[] = [];
  for (const file of pages) {
    for (const match of readFileSync(file, 'utf8').matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
      if (!/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/.test(match[0])) unsafe.push(`${file}: ${match[0]}`);
    }
  }
  expect(unsafe).toEqual([]);
});

test('every abbreviation on every built page is in the glossary', () => {
  const { content } = loadContentFiles(process.env.CONTENT_DIR ? dirname(process.env.CONTENT_DIR) : process.cwd());
  const defined = glossaryForms(content.glossary);
  const missing = new Set<string>();
  for (const file of pages) {
    const text = readFileSync(file, 'utf8')
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/g, ' ');
    for (const token of findAbbreviations(text)) if (!defined.has(token)) missing.add(`${token} (${file})`);
  }
  expect([...missing]).toEqual([]);
});
