import { useEffect, useState } from 'preact/hooks';

/**
 * False during server rendering and the hydration pass, true right after. Islands that show
 * browser-only state (localStorage) render the server's markup first, then the real state:
 * Preact's hydration reuses the server's attributes as they are, so state that changes an
 * attribute must arrive in a render of its own.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
