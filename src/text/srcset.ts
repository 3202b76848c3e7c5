import { safeUrl } from '../internal/safe-url.js';

/** A `srcset` with every candidate's URL filtered, and the widest candidate for the zoom view. */
export interface FilteredSrcset {
  value: string;
  largest?: string;
  dropped: boolean;
}

// As the HTML parser reads it: a URL is a run of non-whitespace (trailing commas end the
// candidate), then descriptors up to the next comma. Commas inside a URL (data:) stay in it.
const CANDIDATE = /[\s,]*([^\s,]\S*?)(?:,+(?=\s|$)|\s+([^,]*)|$)/g;

/** Keeps the candidates whose URL passes `safeUrl(…, 'image')`; `dropped` says whether any did not. */
export function filterSrcset(value: unknown): FilteredSrcset {
  const kept: string[] = [];
  let largest: string | undefined;
  let best = 0;
  let dropped = false;
  for (const [, raw, descriptor = ''] of typeof value == 'string' ? value.matchAll(CANDIDATE) : []) {
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
