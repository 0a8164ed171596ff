// Browser side of the practice pool: the index the page carries inline, and the per-sample chunks
// fetched from the site itself when a round needs them. Damaged data gives a message, never a crash.
import type {
  PracticeIndex,
  PracticeItem,
  SampleChunk,
  TopicInfo,
} from '../../lib/practice/pool/types.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The index in `<script type="application/json" id={id}>`, or a sentence saying what is wrong. */
export function readIndex(id: string): PracticeIndex | string {
  const element = document.getElementById(id);
  if (!element?.textContent) return 'The practice data is missing from this page. Reload the page.';
  try {
    const value: unknown = JSON.parse(element.textContent);
    if (isObject(value) && value['version'] === 1 && Array.isArray(value['items'])) {
      return value as unknown as PracticeIndex;
    }
  } catch {
    // Fall through to the message below.
  }
  return 'The practice data on this page is damaged. Reload the page.';
}

/** Fetches one sample's items; rejects with a sentence a reader understands. */
export async function loadChunk(base: string, sample: string): Promise<SampleChunk> {
  let response: Response;
  try {
    response = await fetch(`${base}${encodeURIComponent(sample)}.json`);
  } catch {
    throw new Error('The messages for this round could not be loaded: check your connection.');
  }
  if (!response.ok) {
    throw new Error(`The messages for this round could not be loaded (error ${response.status}).`);
  }
  const value: unknown = await response.json().catch(() => undefined);
  if (!isObject(value) || value['version'] !== 1 || !Array.isArray(value['items'])) {
    throw new Error('The messages for this round arrived damaged. Try again.');
  }
  return value as unknown as SampleChunk;
}

/** A topic's label, or its id when the index does not name it. */
export function topicLabel(topics: Readonly<Record<string, TopicInfo>>, topic: string): string {
  return topics[topic]?.label ?? topic;
}

/** Where a topic is taught: its entry in the reasons reference. */
export function topicHref(topic: string): string {
  return topic === 'not-bounce' ? '/reference/reasons/#none' : `/reference/reasons/#${topic}`;
}

/** An item of a loaded chunk. */
export function findItem(chunk: SampleChunk | undefined, id: string): PracticeItem | undefined {
  return chunk?.items.find((item) => item.id === id);
}
