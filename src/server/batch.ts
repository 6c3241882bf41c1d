/**
 * `dw-article render --out DIR FILE…`: many article documents to pages, spread over worker
 * threads (one per core by default), each page written as it is done. A document that cannot
 * be rendered is reported by name and the others go on; nothing already written is lost.
 * Node only; not part of `dw-article/server.js` (bundlers never see the worker's URL).
 */
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ServerRenderOptions } from './render.js';

export interface BatchResult {
  /** The pages written, as `[document, page]` paths. */
  written: [string, string][];
  /** The documents that could not be rendered, each with why. */
  failed: { file: string; message: string }[];
  seconds: number;
  workers: number;
  /** The process's peak resident memory, its worker threads included, in KB. */
  peakKB: number;
}

export interface Job {
  file: string;
  out: string;
}

/** Where each document's page goes: `DIR/<name>.html` (a name used twice gets `-2`, `-3`...). */
function jobsFor(files: readonly string[], outDir: string): Job[] {
  const taken = new Map<string, number>();
  return files.map((file) => {
    const name = basename(file, extname(file));
    const seen = (taken.get(name) ?? 0) + 1;
    taken.set(name, seen);
    return { file, out: join(outDir, `${seen === 1 ? name : `${name}-${seen}`}.html`) };
  });
}

export async function renderFiles(
  files: readonly string[],
  outDir: string,
  options: ServerRenderOptions,
  workers = Math.min(availableParallelism(), files.length),
  onPage?: (job: Job, error?: string) => void,
): Promise<BatchResult> {
  const started = performance.now();
  const queue = jobsFor(files, outDir);
  const result: BatchResult = { written: [], failed: [], seconds: 0, workers: Math.max(1, workers), peakKB: 0 };
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: { options } });
      let current: Job | undefined;
      const next = () => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (reply: { error?: string }) => {
        if (reply.error) result.failed.push({ file: current!.file, message: reply.error });
        else result.written.push([current!.file, current!.out]);
        onPage?.(current!, reply.error);
        next();
      });
      worker.on('error', reject);
      next();
    });
  await Promise.all(Array.from({ length: result.workers }, run));
  result.seconds = (performance.now() - started) / 1000;
  result.peakKB = process.resourceUsage().maxRSS;
  return result;
}
