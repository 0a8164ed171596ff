/**
 * Offline reading: registers the service worker (public/sw.js) once the page has loaded, so it
 * never competes with first paint, and offers a reload when a newer version of the course is
 * installed and waiting. Part of the small script every page loads (see BaseLayout.astro).
 */
let asked = false;

function offerReload(waiting: ServiceWorker): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  const button = notice?.querySelector<HTMLButtonElement>('button');
  if (!notice || !button) return;
  button.onclick = () => {
    button.disabled = true;
    asked = true;
    waiting.postMessage('skip-waiting');
  };
  notice.hidden = false;
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register('/sw.js', {
    updateViaCache: 'none',
  });
  const track = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      // Only an update waits behind a worker that already controls this page; a first install
      // takes over without asking.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerReload(worker);
    };
    check();
    worker.addEventListener('statechange', check);
  };
  track(registration.waiting);
  registration.addEventListener('updatefound', () => track(registration.installing));
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The new worker took over because the reader chose "reload" here: show the new version.
    // (Other open pages keep what they show; their next navigation gets the new version.)
    if (asked) location.reload();
  });
  const start = () => void register().catch(() => {});
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
