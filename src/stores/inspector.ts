import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import type { ClassifyResult } from '../lib/bounce/index.ts';

/** The message in the inspector's text area. Kept in memory only: it never leaves the page. */
export const $inspectorText = atom('');

/** The inspector's latest result, for widgets that show what happens next. */
export const $inspectorResult = atom<ClassifyResult | null>(null);

/** The email service the reader wants to compare with, remembered across pages. */
export const $chosenEsp = persistentAtom<string>('bounce-lab:esp', 'mailchimp');
