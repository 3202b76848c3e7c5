import { expect } from '@open-wc/testing';
import { pageUrl, playerUrl } from '../src/text/video-url.js';

describe('playerUrl and pageUrl', () => {
  // [an address as content has it, its player, its page]
  const table: [string, string | undefined, string | undefined][] = [
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    [
      'https://m.youtube.com/watch?feature=share&v=abcdefghijk',
      'https://www.youtube.com/embed/abcdefghijk',
      'https://www.youtube.com/watch?v=abcdefghijk',
    ],
    [
      'https://www.youtube.com/shorts/abcdefghijk',
      'https://www.youtube.com/embed/abcdefghijk',
      'https://www.youtube.com/watch?v=abcdefghijk',
    ],
    // Where it starts, kept: the player's `start`, the page's `t`.
    [
      'https://youtu.be/dQw4w9WgXcQ?t=42',
      'https://www.youtube.com/embed/dQw4w9WgXcQ?start=42',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    ],
    [
      'https://www.youtube.com/watch?v=abcdefghijk&t=1h2m5s',
      'https://www.youtube.com/embed/abcdefghijk?start=3725',
      'https://www.youtube.com/watch?v=abcdefghijk&t=3725s',
    ],
    [
      'https://www.youtube.com/embed/abcdefghijk?start=90',
      'https://www.youtube.com/embed/abcdefghijk?start=90',
      'https://www.youtube.com/watch?v=abcdefghijk&t=90s',
    ],
    [
      'https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    [
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871', 'https://vimeo.com/76979871'],
    ['https://vimeo.com/video/123456', 'https://player.vimeo.com/video/123456', 'https://vimeo.com/123456'],
    // An unlisted video keeps its key, without which Vimeo says it does not exist.
    [
      'https://player.vimeo.com/video/76979871?h=8272103f6e',
      'https://player.vimeo.com/video/76979871?h=8272103f6e',
      'https://vimeo.com/76979871/8272103f6e',
    ],
    [
      'https://player.vimeo.com/video/76979871?title=0&h=8272103f6e',
      'https://player.vimeo.com/video/76979871?h=8272103f6e',
      'https://vimeo.com/76979871/8272103f6e',
    ],
    [
      'https://vimeo.com/76979871/8272103f6e',
      'https://player.vimeo.com/video/76979871?h=8272103f6e',
      'https://vimeo.com/76979871/8272103f6e',
    ],
    // A page of the video's is no key.
    [
      'https://vimeo.com/76979871/comments',
      'https://player.vimeo.com/video/76979871',
      'https://vimeo.com/76979871',
    ],
    // A playlist's player is no video's: not "watch?v=videoseries", a page that plays nothing.
    [
      'https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
      undefined,
      undefined,
    ],
    ['https://example.com/watch?v=abcdefghijk', undefined, undefined],
    ['https://maps.example.com/embed?x=1', undefined, undefined],
    ['javascript:alert(1)//youtube.com/embed/abcdefghijk', undefined, undefined],
  ];
  for (const [url, player, page] of table) {
    it(`${url}: player ${player}, page ${page}`, () => {
      expect(playerUrl(url)).to.equal(player);
      expect(pageUrl(url)).to.equal(page);
    });
  }
});
