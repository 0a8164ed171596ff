// Shared set-up for the browser tests: a static server for the built site (dist/) and a headless
// Debian Chromium driven by playwright-core. Set CHROMIUM_PATH to use another Chromium binary.
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.eml': 'message/rfc822',
};

/** Maps a URL path to a file in dist/, the way a static host does (`/a/` → `/a/index.html`). */
export function fileFor(pathname) {
  const decoded = decodeURIComponent(pathname);
  const candidate = join(DIST, decoded.endsWith('/') ? join(decoded, 'index.html') : decoded);
  if (!candidate.startsWith(DIST + sep) && candidate !== DIST) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const asDirectory = join(candidate, 'index.html');
  return existsSync(asDirectory) ? asDirectory : null;
}

/** Serves dist/ on a free loopback port; unknown paths get dist/404.html with status 404. */
export async function startServer() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no index.html: run `npm run build` before the browser tests.');
  }
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(pathname);
    const status = file ? 200 : 404;
    const served = file ?? join(DIST, '404.html');
    res.writeHead(status, {
      'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(served).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Launches headless Chromium with the flags this sandbox needs (no background networking). */
export async function launchBrowser() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  // playwright-core gives every launch a fresh, empty profile directory of its own.
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** True for the pages Astro writes for `redirects` (a meta refresh to the new address). */
export function isRedirectPage(file) {
  return /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8').slice(0, 600));
}

/**
 * Every built HTML page as a URL path, e.g. `/lessons/what-is-a-bounce/`. Redirect pages are left
 * out: they navigate away as soon as they load (links.test.mjs checks where they lead).
 */
export function builtPages() {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html') && !isRedirectPage(full)) {
        const path = '/' + relative(DIST, full).split(sep).join('/');
        pages.push(path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** Runs `task` over `items`, at most `limit` at a time (the machine has two cores). */
export async function pool(items, limit, task) {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length > 0) await task(queue.shift());
  });
  await Promise.all(workers);
}

/**
 * Registers a test file's set-up: the static server and Chromium start before its tests and stop
 * after them. Read `site.origin` and `site.browser` inside tests.
 */
export function useSite() {
  const site = { origin: '', browser: /** @type {import('playwright-core').Browser} */ (null) };
  let server;
  let chromium;
  before(async () => {
    server = await startServer();
    chromium = await launchBrowser();
    site.origin = server.origin;
    site.browser = chromium.browser;
  });
  after(async () => {
    await chromium?.close();
    await server?.close();
  });
  return site;
}
