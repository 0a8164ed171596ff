// Bounce Lab's service worker: keeps the whole course readable offline.
// - On install it stores every page, script, style, sample and the search index of this build,
//   listed in /offline-files.json (written after the build by src/site/postbuild.ts). The version
//   below is a hash of their contents, so any change to the site makes a new worker.
// - It answers those requests from its cache, so later visits work with the network off.
// - A new deploy installs a new worker beside the old one; it waits until the reader chooses
//   "reload" (the page sends 'skip-waiting'), then takes over and deletes the old cache.
// Anything not in the list goes to the network as usual.
const BUILD = { version: 'development' }; // written by src/site/postbuild.ts

const PREFIX = 'bounce-lab-';
const CACHE = PREFIX + BUILD.version;
const DEVELOPMENT = BUILD.version === 'development';

// Under `astro dev` the worker has no list: it takes over at once only to clear the course stored
// by a built site on the same address, then unregisters itself.
if (DEVELOPMENT) {
  self.addEventListener('install', () => self.skipWaiting());
  self.addEventListener('activate', (event) => event.waitUntil(self.registration.unregister()));
}

self.addEventListener('install', (event) => {
  if (DEVELOPMENT) return;
  event.waitUntil(
    fetch('/offline-files.json', { cache: 'reload' })
      .then((response) => response.json())
      .then((list) => {
        // A list from another build (a half-finished deploy) is not stored under this version.
        if (list.version !== BUILD.version) throw new Error('offline list of another build');
        return caches
          .open(CACHE)
          .then((cache) =>
            cache.addAll(list.files.map((url) => new Request(url, { cache: 'reload' }))),
          );
      }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => /** @type {any} */ (self).clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (DEVELOPMENT) return;
  // Pages are stored under their folder address; query strings (?q=, ?policy=, Pagefind's ?ts=)
  // do not change the file. What the cache does not hold goes to the network.
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.pathname))
      .then((hit) => hit ?? fetch(request)),
  );
});
