/** One worker of `renderFiles` (batch.ts): renders each document it is sent and writes its page. */
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Job } from './batch.js';
import { renderArticle, type ServerRenderOptions } from './render.js';

const { options } = workerData as { options: ServerRenderOptions };

parentPort!.on('message', ({ file, out }: Job) => {
  try {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(error instanceof SyntaxError ? `not JSON: ${error.message}` : (error as Error).message);
    }
    writeFileSync(out, renderArticle(input, options));
    parentPort!.postMessage({});
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message });
  }
});
