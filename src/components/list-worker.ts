/// <reference lib="webworker" />
// Runs a list simulation in a Web Worker, so that 100,000 contacts × 156 campaigns never hold up
// the page. It posts its progress while it runs, then the figures. Nothing leaves the browser.
import { simulateList, type ListOptions, type ListResult } from '../lib/simulator/list.ts';
import type { Policy } from '../lib/simulator/policy-schema.ts';

export interface ListRequest {
  id: number;
  options: Omit<ListOptions, 'onProgress'>;
  policy: Policy;
}

export type ListReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: ListResult; ms: number }
  | { id: number; type: 'error'; message: string };

/** At most one progress message per this many milliseconds. */
const PROGRESS_EVERY_MS = 100;

self.onmessage = (event: MessageEvent<ListRequest>) => {
  const { id, options, policy } = event.data;
  const post = (reply: ListReply) => self.postMessage(reply);
  const started = performance.now();
  let last = started;
  try {
    const result = simulateList(
      {
        ...options,
        onProgress: (done, total) => {
          const now = performance.now();
          if (now - last >= PROGRESS_EVERY_MS || done === total) {
            last = now;
            post({ id, type: 'progress', done, total });
          }
        },
      },
      policy,
    );
    post({ id, type: 'done', result, ms: performance.now() - started });
  } catch (e) {
    post({
      id,
      type: 'error',
      message: e instanceof Error ? e.message : 'The simulation could not run with these settings.',
    });
  }
};
