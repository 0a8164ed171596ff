/**
 * The site's Content-Security-Policy, beyond the `script-src` and `style-src` that Astro fills in
 * with the hashes of the scripts and styles it inlines (`security.csp` in astro.config.mjs).
 *
 * - Scripts: `'self'` and hashes only; no `'unsafe-inline'`, no `'unsafe-eval'`. The inline theme
 *   snippet is not processed by Astro, so its hash is added here.
 * - Styles: `'self'` and hashes for `<style>` and stylesheets. Inline `style` attributes stay
 *   allowed (`style-src-attr 'unsafe-inline'`): code blocks highlighted at build time carry their
 *   token colours as CSS variables in `style` attributes. An attribute cannot run script, and
 *   `img-src`/`font-src`/`connect-src` keep any `url()` in one on this origin.
 * - Workers (the inspector's classifier, Pagefind's search) and the manifest come from this origin;
 *   nothing may be framed, posted elsewhere or loaded as a plugin.
 */
import type { AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './theme-script.ts';

/** `'sha256-…'` source expression (without quotes) for an inline script or style. */
export function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Directives added to every page, next to Astro's `script-src` and `style-src`. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

type CspOption = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Astro's `security.csp` option. */
export const CSP_CONFIG: CspOption = {
  algorithm: 'SHA-256',
  directives: [...CSP_DIRECTIVES],
  scriptDirective: { resources: ["'self'"], hashes: [sha256(THEME_SCRIPT)] },
  styleDirective: {
    resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
  },
};

/**
 * Directives a `<meta>` policy cannot carry (CSP3 §6.1: `frame-ancestors` is ignored there); the
 * `_headers` file sends them with the page's policy.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;
