const warned = new WeakMap<object, Set<string>>();

/**
 * One clear console warning per element and problem: bad content is reported once, not on every
 * render. `key` names the problem (usually the attribute) so different problems still each warn.
 */
export function warnOnce(element: object, key: string, message: string): void {
  let keys = warned.get(element);
  if (!keys) warned.set(element, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`news-elements: ${message}`);
}

/** Forget earlier warnings for `key`, so a corrected-then-broken-again value warns again. */
export function clearWarning(element: object, key: string): void {
  warned.get(element)?.delete(key);
}
