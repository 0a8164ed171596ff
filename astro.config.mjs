// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { darkTheme, dsnGrammar, lightTheme } from './src/highlight/index.ts';
import { CSP_CONFIG } from './src/site/csp.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // The public address the sitemap and Open Graph URLs are built from; override with SITE_URL.
  site: process.env.SITE_URL ?? 'https://bounce-lab.example.org',
  trailingSlash: 'always',
  // Keep the build cache (content data store included) with the checkout rather than inside
  // node_modules, which can be shared between checkouts of different branches.
  cacheDir: './.astro/cache',
  // Stylesheets as files, never inlined: the Content-Security-Policy allows styles from the site
  // itself and the hashes Astro knows of, and a small stylesheet Vite inlines is not one of those.
  build: { inlineStylesheets: 'never' },
  integrations: [mdx(), preact(), sitemap()],
  security: {
    // A strict Content-Security-Policy <meta> on every page: see src/site/csp.ts.
    csp: CSP_CONFIG,
  },
  // Lessons that were merged or renamed keep their old addresses working.
  redirects: {
    '/lessons/why-addresses-bounce-hard/': '/lessons/why-bounces-happen/#addresses-that-are-gone',
    '/lessons/why-messages-bounce-soft/': '/lessons/why-bounces-happen/#conditions-that-pass',
  },
  markdown: {
    shikiConfig: {
      // Both themes are emitted as CSS variables; src/styles/global.css picks one per [data-theme].
      themes: { light: lightTheme, dark: darkTheme },
      defaultColor: false,
      langs: [dsnGrammar],
      wrap: true,
    },
  },
});
