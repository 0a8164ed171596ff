/**
 * The reference writes enhanced status codes without their class (X.1.1, RFC 3463 §2), while
 * readers search for what they saw in a bounce (5.1.1, 4.1.1). These are the concrete forms
 * indexed for search next to each pattern.
 */

/**
 * Concrete codes for a class-free pattern: always the transient (4) and permanent (5) classes,
 * plus success (2) when the registry lists a 2xx reply code for it.
 *
 * @example concreteCodes('X.1.1', ['451', '550']) // ['4.1.1', '5.1.1']
 * @example concreteCodes('X.0.0', ['250', '550']) // ['2.0.0', '4.0.0', '5.0.0']
 */
export function concreteCodes(pattern: string, replyCodes: readonly string[] = []): string[] {
  const match = /^X\.(\d{1,3})\.(\d{1,3})$/i.exec(pattern);
  if (!match) return [];
  const classes = new Set(['4', '5']);
  if (replyCodes.some((reply) => reply.startsWith('2'))) classes.add('2');
  return [...classes].sort().map((digit) => `${digit}.${match[1]}.${match[2]}`);
}
