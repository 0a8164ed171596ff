/**
 * The last step of `npm run build`, after `astro build` and Pagefind: writes `dist/_headers` from
 * each page's Content-Security-Policy, the service worker's file list (`dist/offline-files.json`)
 * and its build version (into `dist/sw.js`).
 * Prints what a reader's browser stores for offline use.
 *
 * Usage: node src/site/postbuild.ts [dist]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFile, metaPolicy, type PagePolicy } from './headers.ts';
import { injectPrecache, offlineFiles, precache, type Precache } from './precache.ts';

/** A page that only sends the reader elsewhere (`<meta http-equiv="refresh">`). */
const REFRESH = /<meta http-equiv="refresh"/i;
/** The policy of such a page: it loads and runs nothing. */
const REDIRECT_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory()
      ? walk(full, root)
      : [relative(root, full).split(sep).join('/')];
  });
}

/** Languages Pagefind indexed, from its entry file (`{"languages": {"en": …}}`). */
function searchLanguages(dist: string): string[] {
  const entry = join(dist, 'pagefind', 'pagefind-entry.json');
  let parsed: { languages?: Record<string, { wasm?: string }> };
  try {
    parsed = JSON.parse(readFileSync(entry, 'utf8')) as typeof parsed;
  } catch {
    throw new Error(`${entry} is missing: run Pagefind (pagefind --site dist) before this step.`);
  }
  return Object.entries(parsed.languages ?? {}).map(([lang, info]) => info.wasm ?? lang);
}

/** Finishes a build in `dist`: `_headers` and the worker's precache list. */
export function finishBuild(dist: string): { pages: number; list: Precache; worker: string } {
  const files = walk(dist);
  const pages: PagePolicy[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, file), 'utf8');
    let policy = metaPolicy(html);
    if (!policy && REFRESH.test(html)) {
      // Astro's redirect pages (an old lesson address) run nothing: the strictest policy fits.
      policy = REDIRECT_POLICY;
      writeFileSync(
        join(dist, file),
        html.replace(
          /^(<!doctype html>)/i,
          `$1<meta http-equiv="content-security-policy" content="${REDIRECT_POLICY}">`,
        ),
      );
    }
    if (!policy) throw new Error(`dist/${file} has no Content-Security-Policy <meta>.`);
    const path =
      file === 'index.html'
        ? '/'
        : file.endsWith('/index.html')
          ? `/${file.slice(0, -10)}`
          : `/${file}`;
    pages.push({ path, policy });
  }
  writeFileSync(join(dist, '_headers'), headersFile(pages));

  const list = precache(
    files.map((file) => ({ file, bytes: readFileSync(join(dist, file)) })),
    searchLanguages(dist),
  );
  const workerFile = join(dist, 'sw.js');
  const worker = injectPrecache(readFileSync(workerFile, 'utf8'), list);
  writeFileSync(workerFile, worker);
  writeFileSync(join(dist, 'offline-files.json'), offlineFiles(list));
  return { pages: pages.length, list, worker };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const { pages, list, worker } = finishBuild(dist);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`_headers: Content-Security-Policy for ${pages} pages`);
  console.log(
    `service worker: sw.js ${kb(Buffer.byteLength(worker))}, ${kb(gzipSync(worker, { level: 9 }).length)} gzip`,
  );
  console.log(
    `offline cache ${list.version}: ${list.files.length} files, ${kb(list.bytes)} (${(list.bytes / 1048576).toFixed(2)} MB)`,
  );
}
