// A live blog's posts from JSON Feed, WordPress REST posts and the plain live shape, and how a
// poll's posts join those shown. Real captures: test/fixtures/README.md ("live-feeds").
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { parseLivePosts } from '../src/live-blog/live-data.js';
import type { LivePostItem } from '../src/live-blog/live-item.js';

const fixture = async (name: string) => {
  const response = await fetch(`/test/fixtures/live-feeds/${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return (await response.json()) as unknown;
};
const post = (id: string, minute: number, more: Partial<LivePostItem> = {}): LivePostItem => ({
  id,
  datetime: `2025-03-01T10:${String(minute).padStart(2, '0')}:00Z`,
  ...more,
});
const ids = (posts: LivePostItem[]) => posts.map((p) => p.id);
/** Nothing a reader could see as a broken value. */
const clean = (posts: unknown) =>
  expect(JSON.stringify(posts)).not.to.match(/undefined|NaN|Invalid Date|null/);

describe('live blog data', () => {
  afterEach(() => sinon.restore());

  describe('JSON Feed', () => {
    it('reads a 1.1 item: id, dates, title as text, HTML body and authors', () => {
      const posts = parseLivePosts({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            id: 'p-2',
            title: 'Polls close in the north &amp; west',
            content_html: '<p>Counting <b>starts</b> at 10pm.</p>',
            date_published: '2025-03-01T10:05:00+01:00',
            date_modified: '2025-03-01T10:20:00+01:00',
            authors: [{ name: 'Amal Haddad' }, { name: 'Jon Berg' }],
          },
        ],
      });
      expect(posts).to.deep.equal([
        {
          id: 'p-2',
          datetime: '2025-03-01T10:05:00+01:00',
          modified: '2025-03-01T10:20:00+01:00',
          headline: 'Polls close in the north & west',
          author: ['Amal Haddad', 'Jon Berg'],
          html: '<p>Counting <b>starts</b> at 10pm.</p>',
        },
      ]);
    });

    it('reads key events, pins and deletions from the _live extension and from tags', () => {
      const posts = parseLivePosts({
        version: 'https://jsonfeed.org/version/1.1',
        _live: { deleted: ['old-1', 7] },
        items: [
          { id: 'a', date_published: '2025-03-01T10:00:00Z', _live: { key_event: true } },
          { id: 'b', date_published: '2025-03-01T10:01:00Z', _live: { pinned: true } },
          { id: 'c', date_published: '2025-03-01T10:02:00Z', tags: ['Key event', 'Pinned'] },
          { id: 'd', _live: { deleted: true } },
        ],
      });
      expect(posts).to.deep.equal([
        { id: 'a', datetime: '2025-03-01T10:00:00Z', keyEvent: true },
        { id: 'b', datetime: '2025-03-01T10:01:00Z', pinned: true },
        { id: 'c', datetime: '2025-03-01T10:02:00Z', keyEvent: true, pinned: true },
        { id: 'd', datetime: '', deleted: true },
        { id: 'old-1', datetime: '', deleted: true },
        { id: '7', datetime: '', deleted: true },
      ]);
    });

    it("gives items without authors the feed's, and text-only items escaped paragraphs", () => {
      const [item] = parseLivePosts({
        version: 'https://jsonfeed.org/version/1',
        author: { name: 'Live desk' },
        items: [{ id: 1, date_published: '2025-03-01T10:00:00Z', content_text: 'A < B\n\nC & D' }],
      });
      expect(item).to.deep.equal({
        id: '1',
        datetime: '2025-03-01T10:00:00Z',
        author: 'Live desk',
        html: '<p>A &lt; B</p><p>C &amp; D</p>',
      });
    });

    it("reads jsonfeed.org's own feed (a real capture)", async () => {
      const posts = parseLivePosts(await fixture('jsonfeed-org.json'));
      expect(ids(posts)).to.deep.equal([
        'http://jsonfeed.micro.blog/2020/08/07/json-feed-version.html',
        'http://jsonfeed.micro.blog/2017/05/17/announcing-json-feed.html',
      ]);
      expect(posts[0]).to.include({
        datetime: '2020-08-07T11:44:36-05:00',
        headline: 'JSON Feed version 1.1',
      });
      expect(posts[0]!.html).to.contain('We&rsquo;ve updated the spec');
    });

    it('reads a blog that writes dates with a space and no zone (Adactio, a real capture)', async () => {
      const posts = parseLivePosts(await fixture('adactio.json'));
      expect(
        posts.map(({ id, datetime, headline, author }) => ({ id, datetime, headline, author })),
      ).to.deep.equal([
        {
          id: '19317',
          datetime: '2022-07-26T13:01:01',
          headline: 'The line-up for dConstruct 2022 …revealed!',
          author: 'Jeremy Keith',
        },
        { id: '19315', datetime: '2022-07-25T15:36:20', headline: 'Control', author: 'Jeremy Keith' },
      ]);
      expect(Number.isNaN(Date.parse(posts[0]!.datetime))).to.be.false;
    });
  });

  describe('WordPress REST posts', () => {
    const wp = (more: Record<string, unknown> = {}) => ({
      id: 512,
      date: '2025-03-01T11:00:00',
      date_gmt: '2025-03-01T10:00:00',
      modified_gmt: '2025-03-01T10:00:00',
      status: 'publish',
      sticky: false,
      title: { rendered: 'Turnout &#8216;highest since 1992&#8217;' },
      content: { rendered: '<p>Officials say&#8230;</p>\n', protected: false },
      _embedded: { author: [{ id: 3, name: 'Kim Ji-won' }] },
      ...more,
    });

    it('reads id, GMT dates, the rendered title as text, the body and the embedded author', () => {
      expect(parseLivePosts([wp({ modified_gmt: '2025-03-01T10:30:00' })])).to.deep.equal([
        {
          id: '512',
          datetime: '2025-03-01T10:00:00Z',
          modified: '2025-03-01T10:30:00Z',
          headline: 'Turnout ‘highest since 1992’',
          author: 'Kim Ji-won',
          html: '<p>Officials say&#8230;</p>',
        },
      ]);
    });

    it("reads WordPress 6.1's own answer (a capture from the test site)", async () => {
      const posts = parseLivePosts(await fixture('wordpress-posts.json'));
      expect(posts.map(({ html, ...rest }) => ({ ...rest, html: html!.slice(0, 30) }))).to.deep.equal([
        {
          id: '8',
          datetime: '2025-03-14T08:30:00Z',
          headline: 'Ferry fares rise 4% & the “harbour pass” goes',
          author: 'Tom Whitaker',
          html: '<div id="attachment_5" style="',
        },
        {
          id: '12',
          datetime: '2025-03-10T06:00:00Z',
          headline: 'Storm warning: what closes and when',
          author: 'Herald Desk',
          html: '<p>The port closes at noon on ',
          pinned: true,
        },
      ]);
    });

    it('takes sticky as pinned, the key-event tag or meta as a key event, and a trashed post as gone', () => {
      const terms = [[{ taxonomy: 'post_tag', slug: 'key-event', name: 'Key event' }]];
      const posts = parseLivePosts([
        wp({ id: 1, sticky: true }),
        wp({ id: 2, _embedded: { 'wp:term': terms } }),
        wp({ id: 3, meta: { news_key_event: true } }),
        wp({ id: 4, status: 'trash' }),
      ]);
      expect(
        posts.map(({ id, pinned, keyEvent, deleted }) => ({ id, pinned, keyEvent, deleted })),
      ).to.deep.equal([
        { id: '1', pinned: true, keyEvent: undefined, deleted: undefined },
        { id: '2', pinned: undefined, keyEvent: true, deleted: undefined },
        { id: '3', pinned: undefined, keyEvent: true, deleted: undefined },
        { id: '4', pinned: undefined, keyEvent: undefined, deleted: true },
      ]);
    });
  });

  describe('the plain live shape', () => {
    it('reads { posts, deleted }, with the JSON Feed date names too', () => {
      const warn = sinon.stub(console, 'warn');
      const posts = parseLivePosts({
        posts: [
          { id: 'x', datetime: '2025-03-01T10:00:00Z', headline: ' Q&A: <what next> ', author: ['A', 'B'] },
          {
            id: 'y',
            date_published: '2025-03-01T10:01:00Z',
            date_modified: '2025-03-01T10:09:00Z',
            keyEvent: true,
          },
          { id: 'z', datetime: '2025-03-01T10:02:00Z', pinned: 'yes', html: '<p>Hi</p>' },
        ],
        deleted: ['w'],
      });
      expect(posts).to.deep.equal([
        { id: 'x', datetime: '2025-03-01T10:00:00Z', headline: 'Q&A: <what next>', author: ['A', 'B'] },
        { id: 'y', datetime: '2025-03-01T10:01:00Z', modified: '2025-03-01T10:09:00Z', keyEvent: true },
        { id: 'z', datetime: '2025-03-01T10:02:00Z', html: '<p>Hi</p>' },
        { id: 'w', datetime: '', deleted: true },
      ]);
      expect(warn).to.have.been.calledOnceWith(
        'news-elements: live blog: a post has a pinned that is not true or false: taken as false.',
      );
    });

    it('takes only true as a flag, as `items` do, with one warning for each flag', () => {
      const warn = sinon.stub(console, 'warn');
      const owner = document.createElement('news-live-blog');
      const odd = [
        post('k', 1, { keyEvent: 'false' as unknown as boolean }),
        post('k2', 2, { keyEvent: 1 as unknown as boolean }),
        post('q', 3, { pinned: '0' as unknown as boolean }),
        post('d', 4, { deleted: 'false' as unknown as boolean }),
      ];
      const plain = [post('k', 1), post('k2', 2), post('q', 3), post('d', 4)];
      expect(parseLivePosts({ posts: odd }, owner)).to.deep.equal(plain);
      expect(parseLivePosts(odd, owner)).to.deep.equal(plain);
      expect(warn.args.map(([message]) => message)).to.deep.equal(
        ['keyEvent', 'pinned', 'deleted'].map(
          (name) =>
            `news-elements: <news-live-blog> a post has a ${name} that is not true or false: taken as false.`,
        ),
      );
    });

    it('reads an array of items as given to the element', () => {
      const items = [post('1', 0, { headline: 'One', author: 'Ana' }), post('2', 1, { pinned: true })];
      expect(parseLivePosts(items)).to.deep.equal(items);
    });

    it('writes dates every engine reads, and ids that can be anchors', () => {
      const posts = parseLivePosts([
        { id: ' live 1 ', datetime: '2025-03-01T10:00:00+0100' },
        { id: 2, datetime: 'Sat, 01 Mar 2025 10:00:00 GMT' },
        // Midnight as 24:00, which Date.parse reads and a post's date reader does not: in UTC.
        { id: 3, datetime: '2025-03-01T24:00:00Z' },
      ]);
      expect(posts).to.deep.equal([
        { id: 'live-1', datetime: '2025-03-01T10:00:00+01:00' },
        { id: '2', datetime: '2025-03-01T10:00:00.000Z' },
        { id: '3', datetime: '2025-03-02T00:00:00.000Z' },
      ]);
    });
  });

  describe('hostile and wrong-shaped input', () => {
    it('gives nothing, silently, for no data', () => {
      const warn = sinon.stub(console, 'warn');
      expect(parseLivePosts(null)).to.deep.equal([]);
      expect(parseLivePosts(undefined)).to.deep.equal([]);
      expect(warn).not.to.have.been.called;
    });

    it('gives nothing for a shape it does not know, with one warning naming the element', () => {
      const warn = sinon.stub(console, 'warn');
      const owner = document.createElement('news-live-blog');
      for (const data of [42, 'posts', { items: 'no' }, { html: '<p>' }, true]) {
        expect(parseLivePosts(data, owner)).to.deep.equal([]);
      }
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.contain('<news-live-blog>').and.contain('not JSON Feed, WordPress');
    });

    it('skips posts without an id or a date, or that are not objects, with one warning', () => {
      const warn = sinon.stub(console, 'warn');
      const owner = {};
      const hostile = { toString: '', valueOf: '' };
      const throwing = new Proxy(
        {},
        {
          get: () => {
            throw new Error('boom');
          },
        },
      );
      const posts = parseLivePosts(
        {
          posts: [
            post('ok', 1),
            { datetime: '2025-03-01T10:00:00Z' },
            { id: 'no-date' },
            { id: 'bad-date', datetime: '2025-99-99 nonsense' },
            { id: hostile, datetime: hostile, headline: hostile, author: [hostile], html: hostile },
            { id: 'h', datetime: '2025-03-01T10:00:00Z', headline: hostile, author: hostile, html: 5 },
            throwing,
            null,
            'text',
            [1, 2],
          ],
        },
        owner,
      );
      expect(posts).to.deep.equal([post('ok', 1), { id: 'h', datetime: '2025-03-01T10:00:00Z' }]);
      clean(posts);
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.contain('live blog: 8 of 10 posts have no id or no valid date');
      parseLivePosts({ posts: [{}] }, owner);
      expect(warn).to.have.been.calledOnce;
    });

    it('never throws on a revoked proxy or a throwing getter at the top', () => {
      const warn = sinon.stub(console, 'warn');
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const getter = Object.defineProperty({}, 'items', {
        get: () => {
          throw new Error('boom');
        },
      });
      expect(parseLivePosts(proxy, {})).to.deep.equal([]);
      expect(parseLivePosts(getter, {})).to.deep.equal([]);
      expect(warn).to.have.been.calledTwice;
      expect(warn.firstCall.args[0]).to.contain('could not be read');
    });
  });

  describe('the test server’s live feeds (test/support/live-feed.mjs)', () => {
    const key = () => `data-${Math.random().toString(36).slice(2)}`;
    const control = async (path: string) => (await fetch(`/__feeds/live/${path}`)).json();

    it('adds, edits and deletes posts between polls, in every format alike', async () => {
      const blog = key();
      await control(`${blog}/reset/3`);
      const load = async (format: string) =>
        parseLivePosts(await (await fetch(`/__feeds/live/${blog}/${format}`)).json());
      const before = await load('json');
      expect(ids(before)).to.deep.equal(['3', '2', '1']);
      await control(`${blog}/add/2`);
      await control(`${blog}/edit/2`);
      await control(`${blog}/delete/1`);
      const after = await load('plain');
      const shown = after.filter((post) => !post.deleted);
      expect(ids(shown)).to.deep.equal(['5', '4', '3', '2']);
      expect(after.find((post) => post.id === '2')!.headline).to.equal('Update 2 (edited)');
      expect(ids(after.filter((post) => post.deleted))).to.deep.equal(['1']);
      // WordPress leaves a deleted post out; the rest reads the same.
      expect(ids(await load('wp'))).to.deep.equal(ids(shown));
    });

    it('answers 304 to a poll with the current ETag or a later If-Modified-Since, and 500s on demand', async () => {
      const blog = key();
      const first = await fetch(`/__feeds/live/${blog}/json`);
      const etag = first.headers.get('etag')!;
      const modified = first.headers.get('last-modified')!;
      expect(etag).to.match(/^"data-.+-v1"$/);
      const again = await fetch(`/__feeds/live/${blog}/json`, { headers: { 'if-none-match': etag } });
      expect(again.status).to.equal(304);
      const since = await fetch(`/__feeds/live/${blog}/json`, { headers: { 'if-modified-since': modified } });
      expect(since.status).to.equal(304);
      await control(`${blog}/add/1`);
      expect(
        (await fetch(`/__feeds/live/${blog}/json`, { headers: { 'if-none-match': etag } })).status,
      ).to.equal(200);
      await control(`${blog}/fail/2`);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`/__feeds/live/${blog}/json`)).status);
      expect(statuses).to.deep.equal([500, 500, 200]);
      const { requests } = (await control(`${blog}/state`)) as { requests: { ifNoneMatch: string | null }[] };
      expect(requests.length).to.equal(7);
      expect(requests[1]!.ifNoneMatch).to.equal(etag);
    });
  });
});
