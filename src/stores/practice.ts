import { persistentAtom } from '@nanostores/persistent';
import { computed } from 'nanostores';
import {
  EMPTY_PROGRESS,
  readProgress,
  recordAnswer,
  summarize,
  type Answer,
  type PracticeProgress,
} from '../lib/practice/progress/index.ts';

/**
 * The reader's practice record (mastery per reason, the round counter, the ops-track switch), kept
 * in this browser only. A damaged or older value is read as far as it can be (`readProgress`).
 */
export const $practice = persistentAtom<PracticeProgress>('bounce-lab:practice', EMPTY_PROGRESS, {
  encode: JSON.stringify,
  decode: readProgress,
});

/** Mastery per reason and per track, weakest first. */
export const $practiceSummary = computed($practice, summarize);

/** Records one answer: the scheduler moves the topic's next review. */
export function recordPracticeAnswer(answer: Answer): void {
  $practice.set(recordAnswer($practice.get(), answer));
}

/** Turns the reason question (the ops track) on or off. */
export function setOpsTrack(on: boolean): void {
  $practice.set({ ...$practice.get(), opsTrack: on });
}

/** Forgets every practice answer in this browser. */
export function resetPractice(): void {
  $practice.set(EMPTY_PROGRESS);
}
