import { describe, expect, it } from 'vitest';
import { headerPolicy, headersFile, metaPolicy } from './headers.ts';

const POLICY = "default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; ";

describe('metaPolicy', () => {
  it('reads the policy of the page', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="${POLICY}"></head>`;
    expect(metaPolicy(html)).toBe(POLICY);
    expect(metaPolicy('<head></head>')).toBeNull();
  });
});

describe('headersFile', () => {
  it('sends each page its policy with frame-ancestors, and caching rules', () => {
    const file = headersFile([
      { path: '/lessons/a/', policy: POLICY },
      { path: '/', policy: POLICY },
    ]);
    const expected = `  Content-Security-Policy: ${headerPolicy(POLICY)}`;
    expect(headerPolicy(POLICY)).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
    );
    const lines = file.split('\n');
    expect(lines.slice(lines.indexOf('/'), lines.indexOf('/') + 4)).toEqual([
      '/',
      expected,
      '/lessons/a/',
      expected,
    ]);
    expect(file).toContain('/sw.js\n  Cache-Control: no-cache\n');
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    // Never on every path: workers must not inherit a page policy.
    expect(file).not.toMatch(/\/\*\n(?: {2}.*\n)*? {2}Content-Security-Policy/);
  });
});
