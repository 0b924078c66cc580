// HTML validation of every built page (scripts/validate-html.mjs, a step of `npm test`).
// Close to GOV.UK Frontend's configuration (as NHS.UK Frontend also uses it): the recommended and
// document presets, with only style rules that do not fit minified output switched off.
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // ARIA lets authors name a list (the search results are announced as "Search results, list").
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // Astro writes boolean attributes both ways; both are valid HTML.
    'attribute-boolean-style': 'off',
    // Radio buttons and checkboxes in one group share a name.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'submit'] }],
    // Page titles end with the site's name, as GOV.UK's do.
    'long-title': 'off',
    // Buttons outside forms do not submit, so a missing type is harmless (GOV.UK Frontend turns this off too).
    'no-implicit-button-type': 'off',
    // Landmark roles are sometimes repeated on purpose for older assistive technology.
    'no-redundant-role': 'off',
    // Whitespace and void-element style come from Astro's compiler, not from us.
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    // The "Leave this site" link keeps role="button" as in GOV.UK's Exit this page pattern.
    'prefer-native-element': 'off',
    // Ids only need to be valid HTML5 (no spaces): published heading anchors such as
    // `#1-the-health-and-stability-of-the-safeguarding-workforce` start with a digit and must keep working.
    'valid-id': ['error', { relaxed: true }],
    // Every script and style is served from this site; there is nothing to pin with SRI.
    'require-sri': 'off',
  },
});
