// Renders many sections on every core. Astro runs a loader on one thread, and rendering sections is
// most of the content layer's work (about 10–16 ms each), so a large site renders its sections in
// worker threads as well as on the loader's own thread. Each thread runs the same function
// (section-file.ts) on its share; results come back in the order the jobs were given.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { renderSectionFile, type SectionJob, type SectionResult } from './section-file';

/** Below this many sections per thread, starting a worker (about a second) costs more than it saves. */
const MIN_PER_THREAD = 100;

function inWorker(workerFile: string, jobs: SectionJob[], contentDir: string): Promise<SectionResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { jobs, contentDir } });
    worker.once('message', (results: SectionResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`A section render worker stopped with exit code ${code}.`));
    });
  });
}

/**
 * Renders every job, on up to `threads` threads (the loader's own and workers running
 * `render-worker.mjs` from `srcDir`). Falls back to one thread if a worker cannot start.
 */
export async function renderSections(
  jobs: SectionJob[],
  {
    contentDir,
    srcDir,
    threads = Math.min(availableParallelism(), 4),
    minPerThread = MIN_PER_THREAD,
    warn,
  }: { contentDir: string; srcDir: string; threads?: number; minPerThread?: number; warn?: (message: string) => void },
): Promise<SectionResult[]> {
  const count = Math.max(1, Math.min(threads, Math.floor(jobs.length / minPerThread)));
  if (count === 1) return jobs.map((job) => renderSectionFile(job, contentDir));
  // Dealt round-robin, so each thread gets a similar mix of long and short sections.
  const shares = Array.from({ length: count }, (_, thread) => jobs.filter((_, index) => index % count === thread));
  const workerFile = join(srcDir, 'lib', 'mdx', 'render-worker.mjs');
  const pending = shares.slice(1).map((share) => inWorker(workerFile, share, contentDir));
  // The loader's own thread takes the first share while the workers start.
  const own = shares[0]!.map((job) => renderSectionFile(job, contentDir));
  let others: SectionResult[][];
  try {
    others = await Promise.all(pending);
  } catch (error) {
    warn?.(`Rendering sections on one thread: a worker failed (${(error as Error).message}).`);
    others = shares.slice(1).map((share) => share.map((job) => renderSectionFile(job, contentDir)));
  }
  const byThread = [own, ...others];
  return jobs.map((_, index) => byThread[index % count]![Math.floor(index / count)]!);
}
