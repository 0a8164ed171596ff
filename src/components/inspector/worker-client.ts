// The page's side of the classifier worker: created on first use (so a page whose text never
// changes never loads the classifier), one request at a time per kind, answers matched by id.
import type { WorkerReply, WorkerRequest } from '../classify-worker.ts';

type Reply<T extends WorkerReply['type']> = Extract<WorkerReply, { type: T }>;
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<WorkerRequest>;

interface Waiting {
  onChunk?: ((reply: Reply<'chunk'>) => void) | undefined;
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, Waiting>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../classify-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const entry = waiting.get(reply.id);
    if (!entry) return;
    if (reply.type === 'chunk') {
      entry.onChunk?.(reply);
      return;
    }
    waiting.delete(reply.id);
    entry.resolve(reply);
  };
  worker.onerror = () => {
    for (const entry of waiting.values()) entry.reject(new Error('The classifier stopped.'));
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/**
 * Sends a request to the worker. A classification resolves with its `done` or `failed` reply after
 * its chunks; a newer classification makes the worker drop an older one, whose promise then never
 * settles (the caller has moved on) — call `forget` to release it.
 */
export function ask(
  request: Request,
  onChunk?: (reply: Reply<'chunk'>) => void,
): { id: number; reply: Promise<WorkerReply> } {
  const id = ++next;
  const reply = new Promise<WorkerReply>((resolve, reject) => {
    waiting.set(id, { onChunk, resolve, reject });
  });
  start().postMessage({ ...request, id } as WorkerRequest);
  return { id, reply };
}

/** Stops listening for a request's answer. */
export function forget(id: number): void {
  waiting.delete(id);
}

/** True once the worker has been started on this page. */
export function workerStarted(): boolean {
  return worker !== null;
}
