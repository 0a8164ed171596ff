/**
 * What the service worker stores for offline reading: every file of the build that a reader's
 * pages use, by the address the browser asks for, and a version that changes with any of them.
 */
import { createHash } from 'node:crypto';

/** Built files that no page needs offline. */
const SKIPPED: readonly RegExp[] = [
  /^sw\.js$/, // the worker itself is fetched by the browser's update check, never from a cache
  /^_headers$/,
  /^offline-files\.json$/, // the list itself, fetched by the worker when it installs
  /^robots\.txt$/,
  /^sitemap[^/]*\.xml$/,
  /^og-image\.png$/, // for link previews only
  // Pagefind's ready-made interfaces and playground: the site uses its search API alone.
  /^pagefind\/pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/,
  /^pagefind\/playground\//,
];

/**
 * The address a built file is requested by, or `null` when it is not stored for offline use.
 * Pages are asked for by folder (`lessons/x/index.html` → `/lessons/x/`). Of Pagefind's WebAssembly
 * files, only those of the site's languages are kept.
 *
 * @example precacheUrl('lessons/what-is-a-bounce/index.html', ['en']) // '/lessons/what-is-a-bounce/'
 * @example precacheUrl('pagefind/wasm.unknown.pagefind', ['en']) // null
 */
export function precacheUrl(file: string, languages: readonly string[]): string | null {
  if (SKIPPED.some((pattern) => pattern.test(file))) return null;
  const wasm = /^pagefind\/wasm\.([^/]+)\.pagefind$/.exec(file);
  if (wasm && !languages.includes(wasm[1] ?? '')) return null;
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** One built file: its path under dist/ (with `/`) and its contents. */
export interface BuiltFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** The precache list of a build. */
export interface Precache {
  /** 16 hex digits of a SHA-256 over every stored address and its contents. */
  readonly version: string;
  /** Addresses, sorted. */
  readonly files: readonly string[];
  /** Bytes the cache holds once filled. */
  readonly bytes: number;
}

/** Builds the precache list and its content version from the built files. */
export function precache(files: readonly BuiltFile[], languages: readonly string[]): Precache {
  const entries = files
    .map((f) => ({ url: precacheUrl(f.file, languages), bytes: f.bytes }))
    .filter((e): e is { url: string; bytes: Uint8Array } => e.url !== null)
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const hash = createHash('sha256');
  for (const e of entries) {
    hash.update(`${e.url}\0${createHash('sha256').update(e.bytes).digest('hex')}\n`);
  }
  return {
    version: hash.digest('hex').slice(0, 16),
    files: entries.map((e) => e.url),
    bytes: entries.reduce((sum, e) => sum + e.bytes.length, 0),
  };
}

const BUILD_LINE = /^const BUILD = .*$/m;

/**
 * Writes the build's version into the worker's source (its `const BUILD = …` line), so a changed
 * site makes a changed worker. Running it again on its own output replaces the version.
 */
export function injectPrecache(workerSource: string, list: Precache): string {
  if (!BUILD_LINE.test(workerSource)) {
    throw new Error('sw.js has no `const BUILD = …` line to write the build version into.');
  }
  const build = JSON.stringify({ version: list.version });
  return workerSource.replace(BUILD_LINE, () => `const BUILD = ${build};`);
}

/** The list the worker fetches when it installs (`/offline-files.json`). */
export function offlineFiles(list: Precache): string {
  return `${JSON.stringify({ version: list.version, files: list.files })}\n`;
}
