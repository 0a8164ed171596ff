import { beforeEach, describe, expect, it } from 'vitest';
import {
  $inspectorText,
  $redaction,
  $textOrigin,
  $undo,
  applyRedaction,
  keepForUndo,
  replaceText,
  typeText,
  undo,
} from './inspector.ts';

const sample = (id: string) => ({ kind: 'sample' as const, id, title: id });

beforeEach(() => {
  replaceText('', { kind: 'empty' }, 'clearing');
  $undo.set(null);
});

describe('the inspector text and its undo', () => {
  it('keeps typed text one Undo away while the reader steps through samples', () => {
    typeText('my own bounce');
    replaceText('sample A', sample('a'), 'loading the sample');
    replaceText('sample B', sample('b'), 'loading the sample');
    expect($undo.get()).toMatchObject({ text: 'my own bounce', label: 'loading the sample' });
    expect(undo()?.text).toBe('my own bounce');
    expect($inspectorText.get()).toBe('my own bounce');
    expect($textOrigin.get()).toEqual({ kind: 'typed' });
    expect($undo.get()).toBeNull();
  });

  it('keeps an opened file and a cleared text for Undo, not a bare sample', () => {
    replaceText('from a file', { kind: 'file', name: 'a.eml' }, 'opening the file');
    replaceText('', { kind: 'empty' }, 'clearing');
    expect($undo.get()).toMatchObject({ text: 'from a file', label: 'clearing' });
    $undo.set(null);
    replaceText('sample A', sample('a'), 'loading the sample');
    replaceText('', { kind: 'empty' }, 'clearing');
    expect($undo.get()).toBeNull();
  });

  it('returns the text from before the first redaction, however often the reader redacts', () => {
    typeText('Jane <jane@acme.io>');
    applyRedaction(
      'Person 1 <user1@acme.io>',
      [],
      [
        { kind: 'name', original: 'Jane', replacement: 'Person 1' },
        { kind: 'address', original: 'jane@acme.io', replacement: 'user1@acme.io' },
      ],
    );
    applyRedaction('Person 1 <user1@acme.io>', [], []);
    expect($redaction.get()).toHaveLength(2);
    expect(undo()?.label).toBe('redaction');
    expect($inspectorText.get()).toBe('Jane <jane@acme.io>');
    expect($redaction.get()).toBeNull();
  });

  it('starts a new redaction after the reader edits the redacted text', () => {
    typeText('a@acme.io');
    applyRedaction(
      'user1@acme.io',
      [],
      [{ kind: 'address', original: 'a@acme.io', replacement: 'user1@acme.io' }],
    );
    typeText('user1@acme.io and b@acme.io');
    expect($redaction.get()).toBeNull();
    applyRedaction(
      'user1@acme.io and user2@acme.io',
      [],
      [{ kind: 'address', original: 'b@acme.io', replacement: 'user2@acme.io' }],
    );
    expect(undo()?.text).toBe('user1@acme.io and b@acme.io');
  });

  it('keeps text from an earlier visit for Undo only when it was the reader’s own', () => {
    keepForUndo({ text: 'sample', origin: sample('a'), files: [], label: 'loading the sample' });
    expect($undo.get()).toBeNull();
    keepForUndo({
      text: 'mine',
      origin: { kind: 'typed' },
      files: [],
      label: 'loading the sample',
    });
    expect($undo.get()?.text).toBe('mine');
  });
});
