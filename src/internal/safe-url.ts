/**
 * The one URL filter for everything that comes from content. Lit escapes text but not URLs in
 * attribute bindings, so every `href` and `src` built from input passes through here.
 */

/**
 * `link`: http(s), protocol-relative and relative. `body-link`: a link in article text, which may
 * also start an e-mail or a call (`mailto:`, `tel:`); never a teaser's or a banner's link.
 * `image`: a link's schemes plus raster `data:image/` (not SVG).
 */
type UrlKind = 'link' | 'body-link' | 'image';

// Browsers ignore ASCII tab and newlines anywhere in a URL and strip leading/trailing C0 controls
// and spaces, so "java\tscript:" is still javascript:. Remove them before looking at the scheme.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const IGNORED = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
const SAFE_DATA_IMAGE = /^data:image\/(png|jpeg|jpg|gif|webp|avif);/i;

/**
 * Returns the URL if it is safe to render for `kind`, otherwise `undefined`.
 * Relative and protocol-relative URLs have no scheme and are allowed.
 */
export function safeUrl(value: unknown, kind: UrlKind = 'link'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const compact = trimmed.replace(IGNORED, '');
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return compact.startsWith('\\') ? undefined : trimmed;
  if (scheme === 'http' || scheme === 'https') return trimmed;
  if (kind === 'body-link' && (scheme === 'mailto' || scheme === 'tel')) return trimmed;
  if (kind === 'image' && scheme === 'data' && SAFE_DATA_IMAGE.test(compact)) return trimmed;
  return undefined;
}
