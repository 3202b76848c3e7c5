/**
 * Where new posts go as the reader reads: a reader with the posts' top in the upper part of the
 * screen (under a sticky header the page declares as `scroll-padding-top`) is reading them, and
 * new posts wait behind "N new updates" so that nothing moves; a reader above the posts (their top
 * low on the screen) sees new posts at once.
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
});
