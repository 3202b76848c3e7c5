// Which picture of an RSS or Atom entry becomes its teaser's thumbnail. Feeds that show each case
// for real are in test/feed.test.ts.
import { expect } from '@open-wc/testing';
import { mediaOf, thumbnail, xmlEntries } from '../src/teaser-list/feed-xml.js';
import { personName } from '../src/text/feed-fields.js';

describe('thumbnail()', () => {
  const MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/"';
  const rssItem = (inner: string) =>
    new DOMParser()
      .parseFromString(
        `<rss ${MEDIA}><channel><item><title>A</title>${inner}</item></channel></rss>`,
        'application/xml',
      )
      .querySelector('item')!;
  const atomEntry = (inner: string) =>
    new DOMParser()
      .parseFromString(
        `<feed xmlns="http://www.w3.org/2005/Atom" ${MEDIA}><entry>${inner}</entry></feed>`,
        'application/xml',
      )
      .querySelector('entry')!;
  const content = (url: string, attributes = '') => `<media:content url="${url}" ${attributes}/>`;

  const cases: [string, Element, string | undefined][] = [
    [
      'the widest of several sizes',
      rssItem(content('/a.jpg?w=140', 'width="140"') + content('/a.jpg?w=460', 'width="460"')),
      '/a.jpg?w=460',
    ],
    [
      'the widest, whatever the order',
      rssItem(content('/a.jpg?w=460', 'width="460"') + content('/a.jpg?w=140', 'width="140"')),
      '/a.jpg?w=460',
    ],
    [
      'the widest up to 1200 pixels',
      rssItem(
        content('/s.jpg', 'width="460"') +
          content('/xl.jpg', 'width="3000"') +
          content('/l.jpg', 'width="1200"'),
      ),
      '/l.jpg',
    ],
    [
      'the narrowest when all are wider than 1200',
      rssItem(content('/xxl.jpg', 'width="2400"') + content('/xl.jpg', 'width="1800"')),
      '/xl.jpg',
    ],
    [
      'a known width over an unknown one',
      rssItem(content('/unknown.jpg') + content('/known.jpg', 'width="300"')),
      '/known.jpg',
    ],
    [
      'the first when no width is known',
      rssItem(content('/first.png') + content('/second.png')),
      '/first.png',
    ],
    ['medium="image" with no extension', rssItem(content('/image?id=7', 'medium="image"')), '/image?id=7'],
    [
      'type="image/jpeg" with no extension',
      rssItem(content('/image?id=7', 'type="image/jpeg"')),
      '/image?id=7',
    ],
    [
      'an image extension in any case, before a fragment',
      rssItem(content('/PHOTO.WEBP#crop')),
      '/PHOTO.WEBP#crop',
    ],
    ['no media:content whose kind cannot be told', rssItem(content('/image?id=7')), undefined],
    ['no video, even with an image-like query', rssItem(content('/clip.mp4?poster=a.jpg')), undefined],
    ['no video that says so', rssItem(content('/clip.jpg', 'medium="video"')), undefined],
    [
      'no audio enclosure (a podcast)',
      rssItem('<enclosure url="/603.mp3" length="105003355" type="audio/mpeg"/>'),
      undefined,
    ],
    [
      'an image enclosure after a video one',
      rssItem('<enclosure url="/a.mp4" type="video/mp4"/><enclosure url="/a.jpg" type="image/jpeg"/>'),
      '/a.jpg',
    ],
    [
      'media:content before media:thumbnail',
      rssItem('<media:thumbnail url="/thumb.jpg"/>' + content('/big.jpg', 'medium="image"')),
      '/big.jpg',
    ],
    [
      'media:thumbnail before an enclosure',
      rssItem('<enclosure url="/e.jpg" type="image/jpeg"/><media:thumbnail url="/t.jpg"/>'),
      '/t.jpg',
    ],
    [
      'media:thumbnail when media:content is a video',
      rssItem(content('/v.mp4', 'type="video/mp4"') + '<media:thumbnail url="/poster.jpg"/>'),
      '/poster.jpg',
    ],
    [
      'a video’s own thumbnail',
      rssItem(
        `<media:content url="/v.mp4" medium="video"><media:thumbnail url="/still.jpg"/></media:content>`,
      ),
      '/still.jpg',
    ],
    [
      'the widest image of a media:group',
      rssItem(
        `<media:group>${content('/g.jpg?w=300', 'width="300"')}${content('/g.jpg?w=900', 'width="900"')}</media:group>`,
      ),
      '/g.jpg?w=900',
    ],
    [
      'the entry’s own picture before a group’s',
      rssItem(
        `<media:group>${content('/group.jpg', 'width="900"')}</media:group><enclosure url="/own.jpg" type="image/jpeg"/>`,
      ),
      '/own.jpg',
    ],
    [
      'an Atom image enclosure',
      atomEntry(
        '<link rel="alternate" href="/story"/><link rel="enclosure" type="image/png" href="/pic.png"/>',
      ),
      '/pic.png',
    ],
    [
      'nothing from Atom’s own content',
      atomEntry('<content type="html">&lt;img src="/inline.jpg"&gt;</content>'),
      undefined,
    ],
    ['nothing without any media', rssItem('<description>Text only</description>'), undefined],
  ];
  for (const [what, entry, expected] of cases) {
    it(`takes ${what}`, () => {
      expect(thumbnail(entry)).to.equal(expected);
    });
  }
});

// Which video or audio an RSS or Atom entry is, and how long: `length` is the file's size in bytes,
// never its duration, which `<itunes:duration>` or Media RSS's `duration` give.
describe('mediaOf()', () => {
  const NS =
    'xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
  const read = (inner: string) => {
    const doc = new DOMParser().parseFromString(
      `<rss ${NS}><channel><item><title>A</title>${inner}</item></channel></rss>`,
      'application/xml',
    );
    const [entries, item] = xmlEntries(doc, (url) => (typeof url === 'string' ? url : undefined));
    const { media, duration } = item(entries[0]!);
    return { media, duration };
  };

  const cases: [string, string, { media?: string; duration?: string }][] = [
    [
      'an MP3 enclosure, its length in bytes not taken for a duration',
      '<enclosure url="/603.mp3" length="105003355" type="audio/mpeg"/>',
      { media: 'audio', duration: undefined },
    ],
    [
      'a podcast’s <itunes:duration> clock',
      '<enclosure url="/603.mp3" length="105003355" type="audio/mpeg"/><itunes:duration>1:02:03</itunes:duration>',
      { media: 'audio', duration: '1:02:03' },
    ],
    [
      'a video media:content’s duration in seconds',
      '<media:content url="/clip.mp4" medium="video" type="video/mp4" duration="95"/>',
      { media: 'video', duration: '95' },
    ],
    [
      'the video after an image enclosure',
      '<enclosure url="/a.jpg" type="image/jpeg" length="2048"/><enclosure url="/a.mp4" type="video/mp4" length="9000000"/>',
      { media: 'video', duration: undefined },
    ],
    ['no media from an image alone', '<enclosure url="/a.jpg" type="image/jpeg"/>', {}],
    ['no media from a PDF', '<enclosure url="/r.pdf" type="application/pdf" length="1000"/>', {}],
  ];
  for (const [what, inner, expected] of cases) {
    it(`reads ${what}`, () => {
      const { media, duration } = read(inner);
      expect({ media, duration }).to.deep.equal({ media: expected.media, duration: expected.duration });
    });
  }

  it('reads an Atom video enclosure', () => {
    const entry = new DOMParser()
      .parseFromString(
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link rel="enclosure" type="video/webm" length="5000" href="/v.webm"/></entry></feed>',
        'application/xml',
      )
      .querySelector('entry')!;
    expect(mediaOf(entry)).to.deep.equal({ media: 'video', duration: undefined });
  });
});

describe("an RSS item's <author>", () => {
  it('is the name in brackets, never the address', () => {
    expect(personName('desk@harbour.example (Amina Yusuf)')).to.equal('Amina Yusuf');
    expect(personName('desk@harbour.example')).to.equal(undefined);
  });

  it('reads 100,000 opening brackets in one pass (a rescan from each took seconds)', () => {
    const author = `desk@harbour.example ${'('.repeat(100_000)}`;
    expect(personName(author)).to.equal(undefined);
    expect(personName(`${'('.repeat(100_000)}Amina Yusuf)`)).to.equal('Amina Yusuf');
  });
});
