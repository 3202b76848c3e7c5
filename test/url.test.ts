import { expect } from '@open-wc/testing';
import { absoluteUrl } from '../src/text/url.js';

describe('absoluteUrl', () => {
  // [url, base, result]
  const table: [string, string | undefined, string][] = [
    ['/news/story', 'https://example.com/feed.xml', 'https://example.com/news/story'],
    ['story.html', 'https://example.com/news/', 'https://example.com/news/story.html'],
    ['//cdn.example.com/a.jpg', 'https://example.com/', 'https://cdn.example.com/a.jpg'],
    ['https://other.example/a b', 'https://example.com/', 'https://other.example/a%20b'],
    // Without a base an absolute URL is still written the standard way; a relative one stays.
    ['HTTPS://Example.com', undefined, 'https://example.com/'],
    ['/news/story', undefined, '/news/story'],
    ['/news/story', 'not a url', '/news/story'],
    ['http://[bad', 'https://example.com/', 'http://[bad'],
  ];
  for (const [url, base, result] of table) {
    it(`resolves ${JSON.stringify(url)} against ${JSON.stringify(base)}`, () => {
      expect(absoluteUrl(url, base)).to.equal(result);
    });
  }
});
