import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, searchTerms } from './excerpt.ts';

describe('excerptParts', () => {
  it('keeps marks and decodes the text around them', () => {
    expect(excerptParts('Status: <mark>5.1.1</mark> &lt;jane@example.net&gt; &amp; more')).toEqual([
      { text: 'Status: ', mark: false },
      { text: '5.1.1', mark: true },
      { text: ' <jane@example.net> & more', mark: false },
    ]);
  });

  it('turns any other tag into visible text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><mark>hit</mark><b>bold</b>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: 'hit', mark: true },
      { text: '<b>bold</b>', mark: false },
    ]);
  });

  it('does not decode a tag out of an entity into markup', () => {
    expect(excerptParts('&lt;mark&gt;not a mark&lt;/mark&gt;')).toEqual([
      { text: '<mark>not a mark</mark>', mark: false },
    ]);
  });

  it('joins neighbouring runs of the same kind and drops empty ones', () => {
    expect(excerptParts('<mark>a</mark><mark>b</mark>')).toEqual([{ text: 'ab', mark: true }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes numeric references and leaves unknown or invalid ones alone', () => {
    expect(decodeEntities('&#39;a&#x27; &nbsp;&bogus; &#xD800; &#0;')).toBe(
      "'a' \u00a0&bogus; &#xD800; &#0;",
    );
  });
});

describe('searchTerms', () => {
  it('searches status codes as exact phrases', () => {
    expect(searchTerms('5.1.1')).toBe('"5.1.1"');
    expect(searchTerms(' 550   4.2.2 mailbox ')).toBe('550 "4.2.2" mailbox');
    expect(searchTerms('X.1.1')).toBe('"X.1.1"');
  });

  it('leaves other words and versions alone', () => {
    expect(searchTerms('mailbox full')).toBe('mailbox full');
    expect(searchTerms('5.1')).toBe('5.1');
    expect(searchTerms('7.1.1.1')).toBe('7.1.1.1');
    expect(searchTerms('3.1.1')).toBe('3.1.1');
  });
});
