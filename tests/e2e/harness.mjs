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
  '.webmanifest': 'application/manifest+json',
};

/** Maps a URL path to a file in `root` (dist/ by default), the way a static host does (`/a/` → `/a/index.html`). */
export function fileFor(pathname, root = DIST) {
  const decoded = decodeURIComponent(pathname);
  const candidate = join(root, decoded.endsWith('/') ? join(decoded, 'index.html') : decoded);
  if (!candidate.startsWith(root + sep) && candidate !== root) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const asDirectory = join(candidate, 'index.html');
  return existsSync(asDirectory) ? asDirectory : null;
}

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format): a path pattern on its own line
 * (`*` at the end matches any rest), then indented `Name: value` lines.
 */
export function readHeadersFile(file) {
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return (pathname) => {
    const headers = {};
    for (const { pattern, headers: add } of rules) {
      const matches = pattern.endsWith('*')
        ? pathname.startsWith(pattern.slice(0, -1))
        : pathname === pattern;
      if (matches) Object.assign(headers, add);
    }
    return headers;
  };
}

/**
 * Serves `root` (dist/ by default) on a free loopback port; unknown paths get its 404.html with
 * status 404. With `headers: true`, responses also carry what the build's `_headers` file says
 * (as a static host would send it), e.g. each page's Content-Security-Policy.
 */
export async function startServer({ root = DIST, headers = false } = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root} has no index.html: run \`npm run build\` before the browser tests.`);
  }
  const extra = headers ? readHeadersFile(join(root, '_headers')) : () => ({});
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(pathname, root);
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    res.writeHead(status, {
      'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...(file ? extra(pathname) : {}),
    });
    createReadStream(served).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(done);
      }),
  };
}

/** Where Chromium is and the flags this sandbox needs (no background networking). */
export function chromiumOptions() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return {
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
  };
}

/** Launches headless Chromium with the flags this sandbox needs (no background networking). */
export async function launchBrowser() {
  // playwright-core gives every launch a fresh, empty profile directory of its own.
  const browser = await chromium.launch(chromiumOptions());
  // The site registers a service worker that stores the whole course (2–3 MB) on a first visit.
  // Tests get fresh contexts all the time, so it is off unless a test asks for it with
  // `newContext({ serviceWorkers: 'allow' })` (the offline and CSP tests do).
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
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
 * after them. Read `site.origin` and `site.browser` inside tests. `options` go to `startServer`.
 */
export function useSite(options = {}) {
  const site = { origin: '', browser: /** @type {import('playwright-core').Browser} */ (null) };
  let server;
  let chromium;
  before(async () => {
    server = await startServer(options);
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

/**
 * Picks project sample `id` in the inspector's picker labelled `label` (its options carry the
 * sample id after a group number, `2:gmail-mailbox-full`).
 */
export async function pickSample(page, id, label = 'Sample by reason') {
  const select = page.getByLabel(label);
  const value = await select.evaluate(
    (el, want) =>
      [...el.options].find((o) => o.value === want || o.value.endsWith(`:${want}`))?.value,
    id,
  );
  if (!value) throw new Error(`the inspector's picker has no sample ${id}`);
  await select.selectOption(value);
}

/**
 * Reads `read()` until `ready(value)` holds or `timeout` ms pass, and returns the last value, so a
 * test can assert on state a component sets after an effect (focus, the address bar) without a
 * fixed wait. The caller still asserts: a value that never becomes ready fails there.
 */
export async function settled(read, ready, timeout = 5000) {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ready(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
