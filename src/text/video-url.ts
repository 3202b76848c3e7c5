/**
 * Addresses of videos on YouTube and Vimeo, both ways: the player to put in an iframe, and the
 * video's own page for a link. The converter needs the first, the article body's embeds the second;
 * neither pulls in the other's code.
 */

// [any address of a video, capturing its id; the player's prefix; the page's prefix]
const VIDEOS: [RegExp, string, string][] = [
  [
    /^https?:\/\/(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|shorts\/|live\/|embed\/)|youtu\.be\/)([\w-]{6,})/i,
    'https://www.youtube.com/embed/',
    'https://www.youtube.com/watch?v=',
  ],
  [
    /^https?:\/\/(?:(?:www\.)?vimeo\.com\/(?:video\/)?|player\.vimeo\.com\/video\/)(\d+)/i,
    'https://player.vimeo.com/video/',
    'https://vimeo.com/',
  ],
];

function address(url: string, which: 1 | 2): string | undefined {
  for (const video of VIDEOS) {
    const id = video[0].exec(url.trim())?.[1];
    if (id) return video[which] + id;
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
