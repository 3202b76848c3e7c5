/**
 * Where new posts go as the reader reads: a reader with the posts' top in the upper part of the
 * screen (under a sticky header the page declares as `scroll-padding-top`) is reading them, and
 * new posts wait behind "N new updates" so that nothing moves; a reader above the posts (their top
 * low on the screen) sees new posts at once. In a sidebar that scrolls by itself, the part of its
 * box on the screen is what the reader reads in, not the whole screen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/live-blog/define.js';
import type { NewsLiveBlog } from '../src/live-blog/live-blog.js';
import type { NewsLivePost } from '../src/live-post/live-post.js';
import { numberedPosts } from './support/live-posts.js';

const posts = (to: number) => numberedPosts(to, '');

const root = (el: NewsLiveBlog) => el.shadowRoot!;
const shown = (el: NewsLiveBlog) =>
  [...root(el).querySelectorAll<NewsLivePost>('.posts news-live-post')].map((post) => post.postId);
const button = (el: NewsLiveBlog) => root(el).querySelector('[part="new-updates"]');
const postsTop = (el: NewsLiveBlog) => root(el).querySelector('.posts')!.getBoundingClientRect().top;

/** A blog of five posts with a screen of page above and below it, scrolled to put the posts' top at `at` px. */
async function blogWithPostsAt(at: number): Promise<NewsLiveBlog> {
  const page = await fixture<HTMLElement>(html`
    <div style="padding-block: 100vh">
      <news-live-blog locale="en" .items=${posts(5)}></news-live-blog>
    </div>
  `);
  const el = page.querySelector<NewsLiveBlog>('news-live-blog')!;
  await el.updateComplete;
  window.scrollBy(0, postsTop(el) - at);
  expect(postsTop(el)).to.be.closeTo(at, 1);
  return el;
}

/**
 * A blog of ten posts under `above` px of other content in a 400px sidebar that scrolls by itself,
 * half a screen down the page; `sidebar.scrollBy(0, …)` then moves the reader in it.
 */
async function blogInSidebar(above: number): Promise<{ el: NewsLiveBlog; sidebar: HTMLElement }> {
  const page = await fixture<HTMLElement>(html`
    <div style="padding-block: 50vh 100vh">
      <div style="block-size: 400px; overflow: auto">
        <div style=${`block-size: ${above}px`}></div>
        <news-live-blog locale="en" .items=${posts(10)}></news-live-blog>
      </div>
    </div>
  `);
  const el = page.querySelector<NewsLiveBlog>('news-live-blog')!;
  await el.updateComplete;
  return { el, sidebar: el.parentElement! };
}

afterEach(() => {
  window.scrollTo(0, 0);
  document.documentElement.style.removeProperty('scroll-padding-top');
});

describe('news-live-blog: new posts and the reader’s place', () => {
  it('holds new posts when the first post’s top is just under the screen’s top: nothing moves', async () => {
    const el = await blogWithPostsAt(5);
    const reading = root(el).querySelector<NewsLivePost>('#post-p5')!;
    const before = reading.getBoundingClientRect().top;
    el.items = posts(6);
    await el.updateComplete;
    expect(reading.getBoundingClientRect().top, 'the post read has not moved').to.equal(before);
    expect(shown(el)[0]).to.equal('p5');
    expect((button(el)?.textContent ?? '').trim()).to.equal('1 new update');
  });

  it('stops a post scrolled to below the room of the button, which then appears over none of it', async () => {
    const el = await blogWithPostsAt(Math.round(innerHeight * 0.6));
    const reading = root(el).querySelector<NewsLivePost>('#post-p3')!;
    // What a page's script, or the story's, does to take the reader to a post.
    reading.scrollIntoView();
    const before = reading.getBoundingClientRect().top;
    el.items = posts(6);
    await el.updateComplete;
    const over = button(el)!.getBoundingClientRect();
    expect(reading.getBoundingClientRect().top, 'the post read has not moved').to.equal(before);
    expect(reading.getBoundingClientRect().top, 'its rule and first line below the button').to.be.above(
      over.bottom,
    );
  });

  it('shows new posts at once when the posts’ top is low on the screen (the reader above them)', async () => {
    const el = await blogWithPostsAt(Math.round(innerHeight * 0.6));
    el.items = posts(6);
    await el.updateComplete;
    expect(shown(el)[0]).to.equal('p6');
    expect(button(el)).to.equal(null);
  });

  it('shows new posts at once in a blog not on screen (in a closed tab panel): no one is reading it', async () => {
    const panel = await fixture<HTMLElement>(html`
      <div hidden><news-live-blog locale="en" .items=${posts(5)}></news-live-blog></div>
    `);
    const el = panel.querySelector<NewsLiveBlog>('news-live-blog')!;
    await el.updateComplete;
    el.items = posts(6);
    await el.updateComplete;
    expect(shown(el)[0]).to.equal('p6');
    expect(button(el)).to.equal(null);
  });

  it('counts the screen from under a sticky header the page declares as scroll-padding-top', async () => {
    const header = Math.round(innerHeight / 2);
    document.documentElement.style.setProperty('scroll-padding-top', `${header}px`);
    // Low on the screen were it not for the header; just under it, the reader is on the posts.
    const el = await blogWithPostsAt(header + 10);
    el.items = posts(6);
    await el.updateComplete;
    expect(shown(el)[0]).to.equal('p5');
    expect((button(el)?.textContent ?? '').trim()).to.equal('1 new update');
  });

  it('holds new posts when the reader has scrolled a sidebar into them, the page at its top: nothing moves', async () => {
    const { el, sidebar } = await blogInSidebar(0);
    const inSidebar = (node: Element) =>
      node.getBoundingClientRect().top - sidebar.getBoundingClientRect().top;
    // The posts' top just above the sidebar's, which is low on the screen: the page's line is no guide.
    sidebar.scrollBy(0, inSidebar(root(el).querySelector('.posts')!) + 5);
    expect(window.scrollY).to.equal(0);
    const reading = [...root(el).querySelectorAll<NewsLivePost>('.posts news-live-post')].find(
      (post) => post.getBoundingClientRect().bottom > sidebar.getBoundingClientRect().top,
    )!;
    const before = inSidebar(reading);
    el.items = posts(11);
    await el.updateComplete;
    expect(inSidebar(reading), 'the post read has not moved in the sidebar').to.equal(before);
    expect(shown(el)[0]).to.equal('p10');
    expect((button(el)?.textContent ?? '').trim()).to.equal('1 new update');
  });

  it('shows new posts at once when the sidebar is at its top, the posts low in it', async () => {
    const { el } = await blogInSidebar(200);
    el.items = posts(11);
    await el.updateComplete;
    expect(shown(el)[0]).to.equal('p11');
    expect(button(el)).to.equal(null);
  });

  it('counts what shows of a sidebar the page has scrolled partly off the screen, not the whole screen', async () => {
    const { el, sidebar } = await blogInSidebar(280);
    // 200px of the sidebar show, at the screen's top; the posts start in their lower half, up the
    // screen but below the sidebar's own reading line: the reader is above them.
    window.scrollBy(0, sidebar.getBoundingClientRect().top + 200);
    const top = postsTop(el);
    expect(top, 'the posts’ top in the upper third of the screen').to.be.below(innerHeight / 3);
    expect(top, 'and in the lower part of the sidebar that shows').to.be.within(200 / 3, 200);
    el.items = posts(11);
    await el.updateComplete;
    expect(shown(el)[0]).to.equal('p11');
    expect(button(el)).to.equal(null);
  });

  it('holds new posts when their top is at the top of what shows of a sidebar the page scrolled partly off', async () => {
    const { el } = await blogInSidebar(150);
    // Just under the screen's top, in the little of the sidebar that shows: far below the reading
    // line of its whole box, most of which is off the screen, but read.
    window.scrollBy(0, postsTop(el) - 10);
    el.items = posts(11);
    await el.updateComplete;
    expect(shown(el)[0]).to.equal('p10');
    expect((button(el)?.textContent ?? '').trim()).to.equal('1 new update');
  });

  it('counts the screen, not a box that grows with its content (a page’s overflow-x: hidden wrapper)', async () => {
    const page = await fixture<HTMLElement>(html`
      <div style="padding-block: 40vh 100vh">
        <div style="overflow-x: hidden">
          <news-live-blog locale="en" .items=${posts(5)}></news-live-blog>
        </div>
      </div>
    `);
    const el = page.querySelector<NewsLiveBlog>('news-live-blog')!;
    await el.updateComplete;
    expect(postsTop(el), 'below the screen’s reading line').to.be.above(innerHeight / 3);
    el.items = posts(6);
    await el.updateComplete;
    expect(shown(el)[0]).to.equal('p6');
    expect(button(el)).to.equal(null);
  });
});
