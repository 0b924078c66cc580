// A worker thread of the section render pool (render-pool.ts): renders its share of the sections
// with the very function the loader uses on its own thread, and sends the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// The renderer is TypeScript; outside Vite, tsx reads it (as it does for `npm run check:content`).
register();
const { renderSectionFile } = await import('./section-file.ts');
parentPort.postMessage(workerData.jobs.map((job) => renderSectionFile(job, workerData.contentDir)));
