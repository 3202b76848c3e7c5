import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/live-blog/define.js';
import type { NewsLiveBlog, LivePostItem } from '../src/live-blog/live-blog.js';
import { frame, until } from './support/until.js';
import type { NewsLivePost } from '../src/live-post/live-post.js';

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await frame();
};

const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 18, minute)).toISOString();
const item = (n: number, extra: Partial<LivePostItem> = {}): LivePostItem => ({
  id: `p${n}`,
  datetime: at(n),
  headline: `Update ${n}`,
  ...extra,
});
/** Post `n` as WordPress's REST API lists it, published at `minute` (its own number unless given). */
const wp = (n: number, minute = n) => ({
  id: n,
  date_gmt: at(minute).slice(0, 19),
  status: 'publish',
  title: { rendered: `Update ${n}` },
  content: { rendered: `<p>Update ${n}.</p>` },
});

type Answer = object | number;
/** A feed answering each request in turn (the last answer repeats); each request's headers kept. */
function feed(...answers: Answer[]) {
  const headers: Headers[] = [];
  sinon.stub(window, 'fetch').callsFake(async (_url, init) => {
    headers.push(new Headers(init?.headers));
    const answer = answers[Math.min(headers.length, answers.length) - 1]!;
    if (typeof answer === 'number')
      return new Response(answer === 304 ? null : 'Server error', { status: answer });
    return new Response(JSON.stringify(answer), {
      headers: { 'Content-Type': 'application/json', ETag: `"v${headers.length}"` },
    });
  });
  return headers;
}

let visibility: DocumentVisibilityState = 'visible';
let clock: sinon.SinonFakeTimers;
beforeEach(() => {
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  // Timers only: frames (and so IntersectionObserver) go on as usual.
  clock = sinon.useFakeTimers({ now: Date.parse(at(30)), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  sinon.restore();
  delete (document as { visibilityState?: unknown }).visibilityState;
});

const ids = (el: NewsLiveBlog) =>
  [...el.shadowRoot!.querySelectorAll<NewsLivePost>('news-live-post')].map((post) => post.postId);

/** A blog polling `src`, low on the screen (the reader above its posts) under what `where` adds. */
async function blog(where = html``, src = '/live.json') {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="padding-block-start: 70vh">
      ${where}<news-live-blog locale="en" src=${src} refresh="30"></news-live-blog>
    </div>`,
  );
  const el = wrapper.querySelector('news-live-blog')!;
  await until(() => el.status === 'loaded', 'the first load');
  await frames(3);
  return el;
}

describe('news-live-blog polling', () => {
  it('polls every `refresh` seconds, asking with the ETag, and takes a 304 as no change', async () => {
    const requests = feed({ posts: [item(1)] }, 304, { posts: [item(1), item(2)] });
    const el = await blog();
    expect(ids(el)).to.deep.equal(['p1']);
    await clock.tickAsync(29_000);
    expect(requests).to.have.length(1);
    await clock.tickAsync(1_000);
    await until(() => requests.length === 2, 'second poll');
    expect(requests[1]!.get('If-None-Match')).to.equal('"v1"');
    await until(() => el.status === 'loaded', 'settled');
    expect(ids(el)).to.deep.equal(['p1']);
    await clock.tickAsync(30_000);
    await until(() => ids(el).length === 2, 'the new post');
    expect(ids(el)).to.deep.equal(['p2', 'p1']);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('1 new update');
  });

  it('asks a feed on another origin without validators of its own, which would need a preflight', async () => {
    const requests: RequestInit[] = [];
    sinon.stub(window, 'fetch').callsFake(async (_url, init) => {
      requests.push(init!);
      return new Response(JSON.stringify({ posts: [item(1)] }), {
        headers: {
          'Content-Type': 'application/json',
          ETag: '"v1"',
          'Last-Modified': 'Fri, 04 Dec 2026 18:00:00 GMT',
        },
      });
    });
    await blog(html``, 'https://feeds.example.com/live.json');
    await clock.tickAsync(30_000);
    await until(() => requests.length === 2, 'second poll');
    const headers = new Headers(requests[1]!.headers);
    expect([headers.get('If-None-Match'), headers.get('If-Modified-Since')]).to.deep.equal([null, null]);
    // The browser's cache asks with its own validators instead (headers it adds need no preflight).
    expect(requests[1]!.cache).to.equal('no-cache');
  });

  it('forgets the last feed when src changes: its posts, its validators, nothing announced', async () => {
    const asked: [string, Headers][] = [];
    sinon.stub(window, 'fetch').callsFake(async (url, init) => {
      asked.push([String(url), new Headers(init?.headers)]);
      const other = String(url).includes('/other.json');
      return new Response(JSON.stringify({ posts: other ? [item(7, { id: 'q7' })] : [item(1), item(2)] }), {
        headers: { 'Content-Type': 'application/json', ETag: '"v1"' },
      });
    });
    const el = await blog();
    expect(ids(el)).to.deep.equal(['p2', 'p1']);
    el.src = '/other.json';
    await until(() => ids(el)[0] === 'q7', 'the other feed');
    await frames(2);
    expect(ids(el)).to.deep.equal(['q7']);
    expect(asked.at(-1)![0]).to.contain('/other.json');
    expect(asked.at(-1)![1].get('If-None-Match')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="new-updates"]')).to.equal(null);
  });

  it('pauses while the page is hidden, and polls when it is shown again', async () => {
    const requests = feed({ posts: [item(1)] });
    await blog();
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await clock.tickAsync(120_000);
    expect(requests).to.have.length(1);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => requests.length === 2, 'a poll on return');
  });

  it('pauses while the blog is off screen, and polls when it comes into view', async () => {
    const requests = feed({ posts: [item(1)] });
    const el = await blog(html`<div style="block-size: 300vh"></div>`);
    await clock.tickAsync(120_000);
    expect(requests).to.have.length(1);
    el.scrollIntoView();
    await until(() => requests.length === 2, 'a poll once on screen');
  });

  it('waits twice as long after each error, and keeps the posts it has', async () => {
    const warn = sinon.stub(console, 'warn');
    const requests = feed({ posts: [item(1)] }, 500, 500, { posts: [item(1)] });
    const el = await blog();
    await clock.tickAsync(30_000);
    await until(() => el.status === 'error', 'first error');
    await clock.tickAsync(59_000);
    expect(requests).to.have.length(2);
    await clock.tickAsync(1_000);
    await until(() => requests.length === 3, 'after 60 s');
    await until(() => el.status === 'error', 'second error');
    await clock.tickAsync(119_000);
    expect(requests).to.have.length(3);
    await clock.tickAsync(1_000);
    await until(() => el.status === 'loaded', 'after 120 s');
    expect(ids(el)).to.deep.equal(['p1']);
    expect(warn).to.have.been.calledOnceWith(
      'news-elements: <news-live-blog> could not load "/live.json" (Error: HTTP 500); trying again later.',
    );
  });

  it('edits posts in place and drops deleted ones', async () => {
    feed(
      { posts: [item(1), item(2)] },
      { posts: [item(2, { headline: 'Update 2, corrected', modified: at(31) })], deleted: ['p1'] },
    );
    const el = await blog();
    const second = el.shadowRoot!.querySelector<NewsLivePost>('#post-p2')!;
    await clock.tickAsync(30_000);
    await until(() => ids(el).length === 1, 'the deletion');
    expect(el.shadowRoot!.querySelector('#post-p2')).to.equal(second);
    expect(second.headline).to.equal('Update 2, corrected');
  });

  it('drops the posts a WordPress answer leaves out from its oldest on (trashed), and keeps older ones', async () => {
    // WordPress lists the newest `per_page` posts, newest first, and names no deleted ones.
    feed([wp(3), wp(2), wp(1)], [wp(4), wp(3), wp(1)], [wp(5), wp(4)]);
    const el = await blog(html``, '/wp-json/wp/v2/posts?_embed');
    expect(ids(el)).to.deep.equal(['3', '2', '1']);
    await clock.tickAsync(30_000);
    await until(() => ids(el)[0] === '4', 'the second answer');
    expect(ids(el), 'the trashed post 2 is gone').to.deep.equal(['4', '3', '1']);
    await clock.tickAsync(30_000);
    await until(() => ids(el)[0] === '5', 'the third answer');
    // Posts 3 and 1 are older than the answer's oldest (4): not in it, but not gone.
    expect(ids(el)).to.deep.equal(['5', '4', '3', '1']);
  });

  it('keeps a post of the same second as a WordPress answer’s oldest, just beyond its page', async () => {
    // Posts 3 and 2 were published in the same second; a page of two holds post 3 alone of them.
    feed([wp(3), wp(2, 3), wp(1)], [wp(4), wp(3)]);
    const el = await blog(html``, '/wp-json/wp/v2/posts?_embed');
    await clock.tickAsync(30_000);
    await until(() => ids(el)[0] === '4', 'the second answer');
    expect(ids(el)).to.deep.equal(['4', '3', '2', '1']);
  });

  it('announces nothing of an older post a WordPress answer brings in when one of its posts is deleted', async () => {
    // A page of three: post 3 trashed, post 1 is the third newest.
    feed([wp(4), wp(3), wp(2)], [wp(4), wp(2), wp(1)]);
    const el = await blog(html``, '/wp-json/wp/v2/posts?_embed');
    await clock.tickAsync(30_000);
    await until(() => ids(el).includes('1'), 'the second answer');
    await frames(2);
    expect(ids(el)).to.deep.equal(['4', '2', '1']);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="new-updates"]')).to.equal(null);
  });

  it('stops polling once ended, and goes on when it is live again', async () => {
    const requests = feed({ posts: [item(1)] });
    const el = await blog();
    el.ended = true;
    await clock.tickAsync(30_000);
    await frames(2);
    expect(requests).to.have.length(1);
    // An editor who ended the blog by mistake takes it back.
    el.ended = false;
    await el.updateComplete;
    await clock.tickAsync(30_000);
    await until(() => requests.length === 2, 'a poll once live again');
  });
});
