/**
 * `url` resolved against `base` (a page's or a feed's address) into a full URL, or `url` as
 * written when it cannot be: relative with no base, or not a URL at all. It filters nothing: what
 * goes into an attribute still passes `safeUrl`.
 */
export function absoluteUrl(url: string, base: string | undefined): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
