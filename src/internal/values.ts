// Properties can be set to anything from script, usually straight from CMS data. These read such
// values without ever throwing: an object whose `toString` or `valueOf` is not a function (JSON
// such as {"toString": ""}) makes `String(x)`, `Number(x)`, `x > 0` and `x == 'a'` throw.

/** A string property's text, trimmed; anything that is not a string counts as empty. */
export const text = (value: unknown): string => (typeof value == 'string' ? value.trim() : '');

/**
 * A date as text: a Date or a timestamp in milliseconds (what a framework may pass) as its instant
 * in UTC, one that is no date as written (for its warning); else as `text`.
 */
export function dateText(value: unknown): string {
  if (!(value instanceof Date || typeof value == 'number')) return text(value);
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? String(value) : moment.toISOString();
}

/** A name, or a list of names, as trimmed strings: anything that is not a string is left out. */
export const names = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map(text).filter(Boolean);

/** A number property's value; strings are parsed, anything else is NaN. */
export const number = (value: unknown): number =>
  typeof value == 'number' ? value : typeof value == 'string' && value.trim() ? Number(value) : NaN;

/** A positive, finite number of pixels, or `undefined`. */
export const pixels = (value: unknown): number | undefined => {
  const n = number(value);
  return n > 0 && n < Infinity ? n : undefined;
};

/** A value quoted for a warning, shortened so the console stays readable. */
export function quote(value: unknown): string {
  let shown: string;
  try {
    shown = String(value);
  } catch {
    shown = `[${typeof value}]`;
  }
  return JSON.stringify(shown.slice(0, 80));
}
