import { describe, expect, it } from 'vitest';
import { moveForKey, stepAfter, stepLabel } from './index.ts';

describe('stepper', () => {
  it('maps arrow keys and Home/End to moves, and leaves other keys alone', () => {
    expect(moveForKey('ArrowRight')).toBe('next');
    expect(moveForKey('ArrowLeft')).toBe('previous');
    expect(moveForKey('Home')).toBe('first');
    expect(moveForKey('End')).toBe('last');
    expect(moveForKey('ArrowDown')).toBeNull();
    expect(moveForKey('Enter')).toBeNull();
  });

  it('moves one step at a time and stops at both ends', () => {
    expect(stepAfter(0, 6, 'next')).toBe(1);
    expect(stepAfter(5, 6, 'next')).toBe(5);
    expect(stepAfter(0, 6, 'previous')).toBe(0);
    expect(stepAfter(3, 6, 'previous')).toBe(2);
    expect(stepAfter(3, 6, 'first')).toBe(0);
    expect(stepAfter(3, 7, 'last')).toBe(6);
  });

  it('brings an index from outside the range back inside it', () => {
    expect(stepAfter(9, 6, 'previous')).toBe(4);
    expect(stepAfter(-3, 6, 'next')).toBe(1);
    expect(stepAfter(2, 0, 'next')).toBe(0);
  });

  it('counts steps from one', () => {
    expect(stepLabel(0, 6)).toBe('Step 1 of 6');
    expect(stepLabel(6, 7)).toBe('Step 7 of 7');
  });
});
