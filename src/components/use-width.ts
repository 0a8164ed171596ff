import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The content width of an element, in CSS pixels, kept up to date as the page resizes. Charts
 * use it as their SVG coordinate width, so 12 px text stays 12 px on a 320 px phone instead of
 * being scaled down with the drawing. `fallback` is used before the first measurement.
 */
export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = Math.floor(element.clientWidth);
      if (next > 0) setWidth(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
