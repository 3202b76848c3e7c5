/**
 * What the blog tells the page: `news-live-blog-posts` once for each render that draws new posts
 * (how many, and how many of them wait behind "N new updates"), `news-live-blog-ended` when it ends
 * or goes on; neither for the blog as the page first draws it or a server drew it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/live-blog/define.js';
import { NewsLiveBlog, type LiveBlogPostsDetail, type LivePostItem } from '../src/live-blog/live-blog.js';
import { LiveBlogEvents } from '../src/live-blog/live-blog-events.js';
import type { NewsLivePost } from '../src/live-post/live-post.js';
import { hydrateFrame, serverRenderedFrame, type Frame } from './support/server-rendered.js';
import { until } from './support/until.js';
import { minutesAgo, numberedPosts } from './support/live-posts.js';

const posts = (to: number) => numberedPosts(to);

/**
 * A blog in a wrapper that hears its events from the start: each event's name and detail, in order.
 * Low on the screen, under the story's top: the reader starts above the posts.
 */
async function heard(blog: ReturnType<typeof html>) {
  const told: [string, LiveBlogPostsDetail | { ended: boolean }][] = [];
  const hear = (event: CustomEvent) => told.push([event.type, event.detail]);
  const wrapper = await fixture<HTMLElement>(
    html`<div style="padding-block-start: 70vh" @news-live-blog-posts=${hear} @news-live-blog-ended=${hear}>
      ${blog}
    </div>`,
  );
  const el = wrapper.firstElementChild as NewsLiveBlog;
  await el.updateComplete;
  return { el, told };
}

/** A blog whose renders wait while `gate` is pending: what arrives meanwhile meets in one render. */
class SlowBlog extends NewsLiveBlog {
  gate?: Promise<void> | undefined;
  protected override async scheduleUpdate() {
    await this.gate;
    super.scheduleUpdate();
  }
}
customElements.define('test-slow-live-blog', SlowBlog);

/** A feed at `/live.json` that answers each poll with the next of `answers` (then the last again). */
function feed(...answers: LivePostItem[][]) {
  return sinon.stub(window, 'fetch').callsFake(async () => {
    const answer = { posts: answers.length > 1 ? answers.shift() : answers[0] };
    return new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json' } });
  });
}

let frame: Frame | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
  sinon.restore();
  window.scrollTo(0, 0);
});

describe('news-live-blog events', () => {
  it('tells of each arrival of new posts once, with how many, and not of the posts it opens with', async () => {
    const { el, told } = await heard(html`<news-live-blog locale="en" .items=${posts(3)}></news-live-blog>`);
    expect(told, 'the first posts are the page’s own').to.deep.equal([]);
    el.items = posts(4);
    await el.updateComplete;
    el.items = posts(6);
    await el.updateComplete;
    // An edit and a deletion bring no new post.
    el.items = posts(6)
      .map((item) => (item.id === 'p6' ? { ...item, headline: 'Corrected' } : item))
      .slice(1);
    await el.updateComplete;
    expect(told).to.deep.equal([
      ['news-live-blog-posts', { added: 1, held: 0, waiting: false }],
      ['news-live-blog-posts', { added: 2, held: 0, waiting: false }],
    ]);
  });

  it('says when new posts wait behind the button because the reader has scrolled in', async () => {
    const { el, told } = await heard(html`<news-live-blog locale="en" .items=${posts(20)}></news-live-blog>`);
    el.shadowRoot!.querySelector('#post-p12')!.scrollIntoView();
    el.items = posts(21);
    await el.updateComplete;
    el.items = posts(23);
    await el.updateComplete;
    expect(told).to.deep.equal([
      ['news-live-blog-posts', { added: 1, held: 1, waiting: true }],
      ['news-live-blog-posts', { added: 2, held: 2, waiting: true }],
    ]);
    expect(el.shadowRoot!.querySelector('[part="new-updates"]')!.textContent!.trim()).to.equal(
      '3 new updates',
    );
  });

  it('tells of each poll that brings new posts, bubbling out of the page’s own shadow roots', async () => {
    const fetched = feed(posts(2), posts(2), posts(3));
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const host = await fixture<HTMLElement>(html`<div style="padding-block-start: 70vh"></div>`);
    const told: LiveBlogPostsDetail[] = [];
    host.addEventListener('news-live-blog-posts', (event) => told.push(event.detail));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<news-live-blog locale="en" src="/live.json" refresh="30"></news-live-blog>';
    const el = shadow.querySelector('news-live-blog')!;
    const loaded = (count: number) => fetched.callCount === count && el.status === 'loaded';
    await until(() => loaded(1) && el.shadowRoot!.querySelector('.posts news-live-post'), 'the first answer');
    await clock.tickAsync(30_000);
    await until(() => loaded(2), 'the second poll');
    expect(told, 'the first answer and an unchanged one').to.deep.equal([]);
    await clock.tickAsync(30_000);
    await until(() => told.length, 'the third poll');
    expect(told).to.deep.equal([{ added: 1, held: 0, waiting: false }]);
  });

  it('tells posts shown and posts held before one render in one event, with how many wait', async () => {
    const fetched = feed(posts(20), posts(21), posts(23));
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { el, told } = await heard(
      html`<test-slow-live-blog locale="en" src="/live.json" refresh="30"></test-slow-live-blog>`,
    );
    const blog = el as SlowBlog;
    const loaded = (count: number) => fetched.callCount === count && el.status === 'loaded';
    await until(() => loaded(1) && el.shadowRoot!.querySelector('#post-p12'), 'the first answer');
    let render!: () => void;
    blog.gate = new Promise((resolve) => (render = resolve));
    // The reader is above the posts: the next poll's post is shown at once.
    await clock.tickAsync(30_000);
    await until(() => loaded(2), 'the second poll');
    // Before that is drawn, the reader scrolls into the posts: the next poll's posts wait.
    el.shadowRoot!.querySelector('#post-p12')!.scrollIntoView();
    await clock.tickAsync(30_000);
    await until(() => loaded(3), 'the third poll');
    expect(told, 'nothing drawn yet').to.deep.equal([]);
    render();
    await until(() => told.length, 'the render');
    expect(told).to.deep.equal([['news-live-blog-posts', { added: 3, held: 2, waiting: true }]]);
    expect(el.shadowRoot!.querySelector('#post-p21'), 'the post shown').to.exist;
    expect(el.shadowRoot!.querySelector('[part="new-updates"]')!.textContent!.trim()).to.equal(
      '2 new updates',
    );
  });

  // Each list taken set the status region's message, and the render kept only the last: the reader
  // never heard of the posts shown before it.
  for (const [how, scroll, said, waiting] of [
    ['both shown', false, '3 new updates', null],
    ['shown, then waiting', true, '3 new updates', '2 new updates'],
  ] as const)
    it(`announces the posts of two lists taken before one render once, counting both (${how})`, async () => {
      const fetched = feed(posts(20), posts(21), posts(23));
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { el } = await heard(
        html`<test-slow-live-blog locale="en" src="/live.json" refresh="30"></test-slow-live-blog>`,
      );
      const root = el.shadowRoot!;
      const loaded = (count: number) => fetched.callCount === count && el.status === 'loaded';
      await until(() => loaded(1) && root.querySelector('#post-p12'), 'the first answer');
      let render!: () => void;
      (el as SlowBlog).gate = new Promise((resolve) => (render = resolve));
      await clock.tickAsync(30_000);
      await until(() => loaded(2), 'the second poll');
      if (scroll) root.querySelector('#post-p12')!.scrollIntoView();
      await clock.tickAsync(30_000);
      await until(() => loaded(3), 'the third poll');
      render();
      await until(() => root.querySelector('#post-p21'), 'the render');
      expect(root.querySelector('[role="status"]')!.textContent!.trim()).to.equal(said);
      expect(root.querySelector('[part="new-updates"]')?.textContent!.trim() ?? null).to.equal(waiting);
    });

  it('says posts wait when any taken before one render wait, whichever came first', () => {
    const cases: [string[], LiveBlogPostsDetail][] = [
      [['2 held', '1 shown'], { added: 3, held: 2, waiting: true }],
      [['1 shown', '2 held'], { added: 3, held: 2, waiting: true }],
      [['1 held', '2 held'], { added: 3, held: 3, waiting: true }],
      [['1 shown', '2 shown'], { added: 3, held: 0, waiting: false }],
    ];
    for (const [lists, expected] of cases) {
      const blog = Object.assign(document.createElement('div'), { ended: false });
      const told: LiveBlogPostsDetail[] = [];
      blog.addEventListener('news-live-blog-posts', (event) => told.push(event.detail));
      const events = new LiveBlogEvents();
      for (const [count, how] of lists.map((list) => list.split(' ')))
        events.arrive(Number(count), how === 'held');
      // One render tells them; the next, nothing.
      events.updated(blog, new Map());
      events.updated(blog, new Map());
      expect(told, lists.join(', then ')).to.deep.equal([expected]);
    }
  });

  // Held posts, then another feed before the render: the blog let them go ("0 new updates" before).
  it('tells nothing of posts the blog let go before a render', () => {
    const blog = Object.assign(document.createElement('div'), { ended: false });
    const told: LiveBlogPostsDetail[] = [];
    blog.addEventListener('news-live-blog-posts', (event) => told.push(event.detail));
    const events = new LiveBlogEvents();
    events.arrive(2, true);
    events.forget();
    events.announce(0, (count) => `${count} new updates`);
    events.updated(blog, new Map());
    expect(events.announcement, 'announced').to.equal('');
    expect(told, 'told').to.deep.equal([]);
  });

  it('tells of written posts the page adds', async () => {
    const { el, told } = await heard(
      html`<news-live-blog locale="en"
        ><news-live-post post-id="1" datetime=${minutesAgo(5)}
          ><p>Polls have closed.</p></news-live-post
        ></news-live-blog
      >`,
    );
    const added = document.createElement('news-live-post') as NewsLivePost;
    added.setAttribute('post-id', '2');
    added.setAttribute('datetime', minutesAgo(1));
    added.innerHTML = '<p>Counting has begun.</p>';
    el.prepend(added);
    await until(() => told.length, 'the written post, taken');
    expect(told).to.deep.equal([['news-live-blog-posts', { added: 1, held: 0, waiting: false }]]);
  });

  it('tells when the blog ends or goes on, not how it was first drawn, nor a value that changes nothing', async () => {
    const { el, told } = await heard(
      html`<news-live-blog locale="en" ended .items=${posts(1)}></news-live-blog>`,
    );
    expect(told).to.deep.equal([]);
    el.ended = false;
    await el.updateComplete;
    el.removeAttribute('ended');
    await el.updateComplete;
    el.setAttribute('ended', '');
    await el.updateComplete;
    expect(told).to.deep.equal([
      ['news-live-blog-ended', { ended: false }],
      ['news-live-blog-ended', { ended: true }],
    ]);
    expect(el.shadowRoot!.querySelector('[part="status"] .visually-hidden')!.textContent).to.equal('Ended');
  });

  it('tells nothing as it hydrates what a server drew', async () => {
    // (A server draws a blog's posts from `items` alone: markup has none it could see.)
    frame = await serverRenderedFrame(`<news-live-blog ended lang="en"></news-live-blog>`);
    const doc = frame.contentDocument!;
    const told: string[] = [];
    for (const type of ['news-live-blog-posts', 'news-live-blog-ended'])
      doc.addEventListener(type, () => told.push(type));
    const el = doc.querySelector('news-live-blog') as unknown as NewsLiveBlog;
    expect(await hydrateFrame(doc, [el])).to.deep.equal([]);
    expect(told).to.deep.equal([]);
    el.ended = false;
    await el.updateComplete;
    expect(told).to.deep.equal(['news-live-blog-ended']);
  });
});
