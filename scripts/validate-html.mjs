// Validates every built page with html-validate (rules in .htmlvalidate.mjs, close to GOV.UK
// Frontend's). Prints each error with file, line and rule, then one summary line; exits 1 on any error.
// Usage: node scripts/validate-html.mjs [folder]   (default: $OUT_DIR or dist)
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader, formatterFactory } from 'html-validate';
import config from '../.htmlvalidate.mjs';

const root = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';

/** Every `.html` file under `folder`. */
function htmlFiles(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

// The project's rules apply wherever the pages are (OUT_DIR may be outside the project).
const validator = new HtmlValidate(new StaticConfigLoader(config));
const files = htmlFiles(root);
if (files.length === 0) {
  console.error(`No HTML files in ${root}/: run npm run build first.`);
  process.exit(1);
}
const results = [];
let errors = 0;
for (const file of files) {
  const report = await validator.validateFile(file);
  if (!report.valid) {
    results.push(...report.results);
    errors += report.errorCount;
  }
}
if (results.length) console.log(formatterFactory('text')(results.map((result) => ({ ...result, filePath: relative(process.cwd(), result.filePath) }))));
console.log(errors === 0 ? `HTML valid: ${files.length} pages, 0 errors.` : `HTML validation failed: ${errors} errors in ${new Set(results.map((r) => r.filePath)).size} of ${files.length} pages.`);
process.exit(errors === 0 ? 0 : 1);
