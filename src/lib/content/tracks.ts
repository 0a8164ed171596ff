import type { TrackId } from './lesson.ts';

/** How each track is named and introduced on the home page and in the lesson sidebar. */
export const TRACKS: Readonly<
  Record<TrackId, { title: string; short: string; audience: string; summary: string }>
> = {
  core: {
    title: 'Core track',
    short: 'Core',
    audience: 'For marketers and support staff',
    summary:
      'What a bounce is, hard versus soft, why bounces happen, what is not a bounce, and what your team does about each. About half an hour.',
  },
  ops: {
    title: 'Operations track',
    short: 'Operations',
    audience: 'For email-operations hires',
    summary:
      'The codes and reports behind every bounce, how services escalate and judge you, and the practice of complaints, list quality and suppression.',
  },
};
