/**
 * Addresses of videos on YouTube and Vimeo, both ways: the player to put in an iframe, and the
 * video's own page for a link. The converter needs the first, the article body's embeds the second;
 * neither pulls in the other's code.
 */

// [any address of a video, capturing its id (and an unlisted video's key); its player; its page]
// A playlist's player (`embed/videoseries?list=…`) is no video's: it is left as it is.
const VIDEOS: [RegExp, (id: string, key?: string) => string, (id: string, key?: string) => string][] = [
  [
    /^https?:\/\/(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|shorts\/|live\/|embed\/)|youtu\.be\/)(?!videoseries\b)([\w-]{6,})/i,
    (id) => `https://www.youtube.com/embed/${id}`,
    (id) => `https://www.youtube.com/watch?v=${id}`,
  ],
  [
    // An unlisted video is reached only with its key: `vimeo.com/<id>/<key>`, or the player's `?h=`.
    /^https?:\/\/(?:(?:www\.)?vimeo\.com\/(?:video\/)?(\d+)(?:\/([\da-f]{6,})(?=[/?#]|$))?|player\.vimeo\.com\/video\/(\d+)(?:\?(?:[^#]*&)?h=([\da-f]+))?)/i,
    (id, key) => `https://player.vimeo.com/video/${id}${key ? `?h=${key}` : ''}`,
    (id, key) => `https://vimeo.com/${id}${key ? `/${key}` : ''}`,
  ],
];

function address(url: string, which: 1 | 2): string | undefined {
  for (const video of VIDEOS) {
    const match = video[0].exec(url.trim());
    const id = match?.[1] ?? match?.[3];
    if (id) return video[which](id, match![2] ?? match![4]);
  }
  return undefined;
}

/** The embeddable player for a video's address (its page, a short link or a player), if known. */
export const playerUrl = (url: string): string | undefined => address(url, 1);

/**
 * The video's own page for any of its addresses, a player's above all: a link a reader can follow
 * and recognise (`https://www.youtube.com/watch?v=…`, never the bare `/embed/…` player).
 */
export const pageUrl = (url: string): string | undefined => address(url, 2);
