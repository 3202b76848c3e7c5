/**
 * Addresses of videos on YouTube and Vimeo, both ways: the player to put in an iframe, and the
 * video's own page for a link. The converter needs the first, the article body's embeds the second;
 * neither pulls in the other's code.
 */

// [any address of a video, capturing its id (and an unlisted video's key); its player; its page]
// A playlist's player (`embed/videoseries?list=…`) is no video's: it is left as it is.
type Address = (id: string, key?: string, start?: number) => string;
const VIDEOS: [RegExp, Address, Address][] = [
  [
    /^https?:\/\/(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|shorts\/|live\/|embed\/)|youtu\.be\/)(?!videoseries\b)([\w-]{6,})/i,
    (id, _, start) => `https://www.youtube.com/embed/${id}${start ? `?start=${start}` : ''}`,
    (id, _, start) => `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`,
  ],
  [
    // An unlisted video is reached only with its key: `vimeo.com/<id>/<key>`, or the player's `?h=`.
    /^https?:\/\/(?:(?:www\.)?vimeo\.com\/(?:video\/)?(\d+)(?:\/([\da-f]{6,})(?=[/?#]|$))?|player\.vimeo\.com\/video\/(\d+)(?:\?(?:[^#]*&)?h=([\da-f]+))?)/i,
    (id, key) => `https://player.vimeo.com/video/${id}${key ? `?h=${key}` : ''}`,
    (id, key) => `https://vimeo.com/${id}${key ? `/${key}` : ''}`,
  ],
];

// Where a YouTube link starts (`t=3725s`, `t=1h2m5s`, `t=90`) or its player (`start=90`).
const START = /[?&#](?:t|start)=(?:(\d+)h)?(?:(\d+)m)?(\d*)s?(?=[&#]|$)/;

function address(url: string, which: 1 | 2): string | undefined {
  url = url.trim();
  const [, h = 0, m = 0, s = 0] = START.exec(url) ?? [];
  for (const video of VIDEOS) {
    const match = video[0].exec(url);
    const id = match?.[1] ?? match?.[3];
    if (id) return video[which](id, match![2] ?? match![4], +h * 3600 + +m * 60 + +s);
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
