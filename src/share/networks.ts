/**
 * Where a story can be shared by a plain link, and each place's share page for a story. Pure
 * strings, no DOM: the element and its tests build the same links.
 */

/** What is shared: an absolute http(s) URL, its title and an optional line of text. */
export interface Shared {
  url: string;
  title: string;
  text: string;
}

/** Percent-encoded; a lone surrogate (broken CMS text), which encodeURIComponent throws on, becomes U+FFFD. */
const encode = (value: string) =>
  encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );

// encodeURIComponent, not URLSearchParams: mail clients read `+` as a plus sign (RFC 6068), so a
// space must be %20. Empty values are left out, rather than sent as `subject=`.
const query = (base: string, params: Record<string, string>) =>
  `${base}?${Object.entries(params)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encode(value)}`)
    .join('&')}`;

// Where a page takes only text, the title then the URL (which the place turns into a link card).
const post = ({ title, url }: Shared) => (title ? `${title} ${url}` : url);

/** Each place's name (brands are not translated) and its share page. */
export const places = {
  // RFC 6068: line breaks in a body are CRLF.
  email: [
    '',
    (s: Shared) =>
      query('mailto:', { subject: s.title, body: [s.text, s.url].filter(Boolean).join('\r\n\r\n') }),
  ],
  x: ['X', (s: Shared) => query('https://x.com/intent/tweet', { text: s.title, url: s.url })],
  facebook: ['Facebook', (s: Shared) => query('https://www.facebook.com/sharer/sharer.php', { u: s.url })],
  linkedin: [
    'LinkedIn',
    (s: Shared) => query('https://www.linkedin.com/sharing/share-offsite/', { url: s.url }),
  ],
  whatsapp: ['WhatsApp', (s: Shared) => query('https://wa.me/', { text: post(s) })],
  telegram: ['Telegram', (s: Shared) => query('https://t.me/share/url', { url: s.url, text: s.title })],
  bluesky: ['Bluesky', (s: Shared) => query('https://bsky.app/intent/compose', { text: post(s) })],
  threads: [
    'Threads',
    (s: Shared) => query('https://www.threads.com/intent/post', { text: s.title, url: s.url }),
  ],
  reddit: ['Reddit', (s: Shared) => query('https://www.reddit.com/submit', { url: s.url, title: s.title })],
} as const;

export type Place = keyof typeof places;

/**
 * The places named in a `networks` value ("email x whatsapp", any case, spaces or commas), in the
 * site's order, each once; and the names that are no place.
 */
export function parsePlaces(value: string): { chosen: Place[]; unknown: string[] } {
  const chosen: Place[] = [];
  const unknown: string[] = [];
  for (const name of value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    if (!Object.hasOwn(places, name)) unknown.push(name);
    else if (!chosen.includes(name as Place)) chosen.push(name as Place);
  }
  return { chosen, unknown };
}

/** The share page of `place` for what is shared. */
export const shareLink = (place: Place, shared: Shared): string => places[place][1](shared);

/**
 * `url` with its fragment replaced by `id` (a section, a live post, a picture on the page). An id
 * written with its `#` is taken as the id. Empty `id`: the URL as it is.
 */
export function withFragment(url: string, id: string): string {
  const name = id.replace(/^#/, '');
  return name ? `${url.replace(/#.*$/s, '')}#${encode(name)}` : url;
}
