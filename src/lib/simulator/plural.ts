/**
 * Counts with the right noun, for every sentence the simulator writes: "1 campaign", "2 campaigns",
 * "10,000 contacts". Numbers of 1,000 and more get thousands separators.
 * @example plural(1, 'contact') // '1 contact'
 * @example plural(2, 'mailbox', 'mailboxes') // '2 mailboxes'
 */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * A whole number with thousands separators (`100,000`); other numbers as they are.
 * @example formatCount(100000) // '100,000'
 */
export function formatCount(n: number): string {
  if (!Number.isInteger(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
