/**
 * Words for counts, sizes and durations, so the widgets never write "1 values" or "0 recipients".
 */

const NUMBER = new Intl.NumberFormat('en');

/**
 * A count with its noun: "no recipients", "1 value", "1,200 messages".
 *
 * @example count(1, 'value') // '1 value'
 * @example count(0, 'recipient') // 'no recipients'
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  if (n === 0) return `no ${plural}`;
  return `${NUMBER.format(n)} ${n === 1 ? singular : plural}`;
}

/** A number written for readers: `1,000`. */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/**
 * A duration a reader can take in: "21 ms" below a second, "1.4 s" above.
 *
 * @example formatDuration(1420) // '1.4 s'
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms / 1000)} s`;
}

/**
 * A size in bytes, in the unit that suits it: "640 bytes", "12 KB", "3.1 MB".
 *
 * @example formatSize(3 * 1024 * 1024) // '3.0 MB'
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return count(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Starts a sentence with a capital letter: "no recipients" → "No recipients". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Lowercases the first letter for use inside a sentence, unless it starts an acronym.
 *
 * @example lowerFirst('Network or DNS problem') // 'network or DNS problem'
 * @example lowerFirst('DNS lookup failed') // 'DNS lookup failed'
 */
export function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
