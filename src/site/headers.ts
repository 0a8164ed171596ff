/**
 * The `_headers` file that static hosts such as Netlify and Cloudflare Pages read: each page's
 * Content-Security-Policy as a real header (the same policy as its <meta>, plus what a <meta>
 * cannot say), and caching rules for the worker and the hashed assets.
 */
import { HEADER_ONLY_DIRECTIVES } from './csp.ts';

/** A built page: its address and the policy in its <meta http-equiv="content-security-policy">. */
export interface PagePolicy {
  readonly path: string;
  readonly policy: string;
}

/** Reads the policy of a built page's <meta>, or `null` when it has none. */
export function metaPolicy(html: string): string | null {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replaceAll('&#39;', "'").replaceAll('&amp;', '&') ?? null;
}

/** Joins a <meta> policy with the header-only directives. */
export function headerPolicy(policy: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/**
 * The `_headers` file. The policy goes on pages only: workers get the policy of their own
 * response, and Pagefind's worker compiles WebAssembly, which a page policy need not allow.
 */
export function headersFile(pages: readonly PagePolicy[]): string {
  const lines = [
    '# Response headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Written after the build by src/site/postbuild.ts; do not edit.',
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '/sw.js',
    '  Cache-Control: no-cache',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
  ];
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    lines.push(page.path, `  Content-Security-Policy: ${headerPolicy(page.policy)}`);
  }
  return lines.join('\n') + '\n';
}
