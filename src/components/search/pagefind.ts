/**
 * Site search in the browser, shared by the search dialog and the /search/ page. Pagefind's script
 * and the index fragments a query needs load only when `loadPagefind` is first called.
 */
import { excerptParts, searchTerms } from './excerpt.ts';

interface SubResult {
  url: string;
  title: string;
  excerpt: string;
}

/** What Pagefind returns for one page. */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}

interface RawResult {
  id: string;
  data: () => Promise<SearchHit>;
}

interface Pagefind {
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: RawResult[] }>;
  debouncedSearch: (
    q: string,
    options?: object,
    ms?: number,
  ) => Promise<{ results: RawResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind's search API (once). Rejects when the index was not built. */
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  loading ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.init();
    return pagefind;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The pages that match `query`, best first; `null` when a newer query superseded this one. */
export async function searchSite(
  query: string,
  limit: number,
): Promise<{ total: number; hits: SearchHit[] } | null> {
  const pagefind = await loadPagefind();
  const terms = searchTerms(query);
  const found = await pagefind.debouncedSearch(terms, {}, 200);
  if (found === null) return null;
  let results = found.results;
  if (terms !== query.trim()) {
    // An exact phrase comes back unranked: order it by the ranking of the plain words.
    const ranked = await pagefind.search(query.trim());
    const rank = new Map(ranked.results.map((r, i) => [r.id, i]));
    results = [...results].sort(
      (a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity),
    );
  }
  const hits = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return { total: results.length, hits };
}

/** Appends an excerpt's text to `parent`, with `<mark>` elements for the matches and nothing else. */
export function appendExcerpt(parent: HTMLElement, html: string): void {
  for (const part of excerptParts(html)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else parent.append(part.text);
  }
}

/** One result as a list item: the page title as a link, the excerpt, and up to `subs` sections. */
export function resultItem(hit: SearchHit, subs: number): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search__result';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.meta.title ?? hit.url;
  const excerpt = document.createElement('p');
  appendExcerpt(excerpt, hit.excerpt);
  item.append(link, excerpt);
  const sections = (hit.sub_results ?? []).filter((s) => s.url !== hit.url).slice(0, subs);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    for (const s of sections) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      a.textContent = s.title;
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** "3 pages found for “5.1.1”." and the like, for the live status line. */
export function resultSummary(query: string, total: number): string {
  if (total === 0) return `Nothing found for “${query}”.`;
  return `${total} ${total === 1 ? 'page' : 'pages'} found for “${query}”.`;
}

/** Where a search's answer is shown, and how. */
export interface ResultsView {
  status: HTMLElement;
  list: HTMLOListElement;
  /** How many pages to show. */
  limit: number;
  /** How many sub-results (sections) to show under each page. */
  subs: number;
  /** What to say when the index cannot be loaded. */
  unavailable: string;
}

/**
 * Runs `query` and shows its results in `view`; an empty query clears them, and an answer that a
 * newer query has overtaken (`isCurrent` false, or Pagefind's own debounce) is dropped.
 */
export async function showResults(
  query: string,
  view: ResultsView,
  isCurrent: () => boolean = () => true,
): Promise<void> {
  const { status, list } = view;
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  let found;
  try {
    found = await searchSite(query, view.limit);
  } catch {
    status.textContent = view.unavailable;
    return;
  }
  if (found === null || !isCurrent()) return;
  status.textContent = resultSummary(query, found.total);
  list.replaceChildren(...found.hits.map((hit) => resultItem(hit, view.subs)));
}
