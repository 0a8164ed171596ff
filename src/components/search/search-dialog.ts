/**
 * The search dialog's behaviour, loaded on demand the first time a reader opens it. A modal
 * <dialog> keeps the rest of the page inert; Tab and Shift+Tab also wrap inside it, Escape closes
 * it, and focus goes back to where the reader was.
 */
import { loadPagefind, showResults } from './pagefind.ts';

let wired: HTMLDialogElement | null = null;
let returnTo: HTMLElement | null = null;

function parts(dialog: HTMLDialogElement) {
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) throw new Error('The search dialog is incomplete.');
  return { input, status, list };
}

function focusable(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter(
    (el) => el.getClientRects().length > 0,
  );
}

function wire(dialog: HTMLDialogElement): void {
  const { input, status, list } = parts(dialog);
  let latest = '';

  const view = {
    status,
    list,
    limit: 8,
    subs: 2,
    unavailable: 'Search is not available: the search index could not be loaded.',
  };
  function run(query: string): Promise<void> {
    latest = query;
    return showResults(query, view, () => query === latest);
  }

  input.addEventListener('input', () => void run(input.value));
  dialog.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('a[href]')?.click();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes the dialog.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Following a result closes the dialog (the link may point into the current page).
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href]')) {
      returnTo = null;
      dialog.close();
    }
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // Close at once: a search field would otherwise use the first Escape to clear itself.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Tab') {
      const items = focusable(dialog);
      const first = items[0];
      const last = items.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const links = [...list.querySelectorAll<HTMLAnchorElement>(':scope > li > a')];
      if (links.length === 0) return;
      event.preventDefault();
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = at + step;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    }
  });
  dialog.addEventListener('close', () => {
    if (returnTo?.isConnected) returnTo.focus();
    returnTo = null;
  });
}

/** Opens the search dialog; `trigger` gets the focus back when it closes. */
export function openSearch(trigger?: Element | null): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog#search-dialog');
  if (!dialog) {
    location.href = '/search/';
    return;
  }
  if (wired !== dialog) {
    wire(dialog);
    wired = dialog;
  }
  if (dialog.open) return;
  const active = trigger ?? document.activeElement;
  returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
  dialog.showModal();
  const { input, status } = parts(dialog);
  input.focus();
  input.select();
  loadPagefind().catch(() => {
    status.textContent = 'Search is not available: the search index could not be loaded.';
  });
}
