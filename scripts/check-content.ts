// `npm run check:content [folder]`: checks every content file without building the site and prints
// every problem at once, with its file, field and fix. It uses the same schemas (src/schemas/) and
// the same cross-file rules (src/lib/validate.ts) as the build.
import { formatProblems } from '../src/lib/validate';
import { loadContentFiles } from './lib/content-files';

const root = process.argv[2] ?? process.cwd();
const { problems, fileCount } = loadContentFiles(root);

if (problems.length === 0) {
  console.log(`Content check passed: ${fileCount} files, no problems.`);
} else {
  console.error(formatProblems(problems));
  console.error(`\nContent check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${fileCount} files.`);
  process.exitCode = 1;
}
