import { safeUrl } from '../internal/safe-url.js';

/** A `srcset` with every candidate's URL filtered, and the widest candidate for the zoom view. */
export interface FilteredSrcset {
  value: string;
  largest?: string;
  dropped: boolean;
}

// As the HTML parser reads it: a URL is a run of non-whitespace (trailing commas end the
// candidate), then descriptors up to the next comma. Commas inside a URL (data:) stay in it.
// Read with sticky patterns, each character once: a pattern that looks ahead for the commas'
// end from each of a long run of commas is quadratic.
const SEPARATORS = /[\s,]*/y;
const URL_RUN = /\S+/y;
const DESCRIPTORS = /[^,]*/y;

/** Each candidate's URL and descriptors (`''` for none). */
function* candidates(value: string): Generator<[string, string]> {
  let at = 0;
  const read = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const found = pattern.exec(value)?.[0] ?? '';
    at += found.length;
    return found;
  };
  for (read(SEPARATORS); at < value.length; read(SEPARATORS)) {
    const run = read(URL_RUN);
    let end = run.length;
    while (run.charCodeAt(end - 1) === 44) end--;
    // Trailing commas end the candidate: it has no descriptors.
    yield [run.slice(0, end), end < run.length ? '' : read(DESCRIPTORS)];
  }
}

/** Keeps the candidates whose URL passes `safeUrl(…, 'image')`; `dropped` says whether any did not. */
export function filterSrcset(value: unknown): FilteredSrcset {
  const kept: string[] = [];
  let largest: string | undefined;
  let best = 0;
  let dropped = false;
  for (const [raw, descriptor] of typeof value == 'string' ? candidates(value) : []) {
    const url = safeUrl(raw, 'image');
    if (!url) {
      dropped = true;
      continue;
    }
    const size = descriptor.trim();
    kept.push(size ? `${url} ${size}` : url);
    // "1600w" counts 1600, "2x" counts 2, no descriptor is 1x.
    if ((parseFloat(size) || 1) > best) [best, largest] = [parseFloat(size) || 1, url];
  }
  return { value: kept.join(', '), largest, dropped };
}
