/**
 * WCAG 2.4.11 Focus Not Obscured: the "N new updates" button floats over the posts (a sticky box of
 * no height at their top), and focus moving up through them must never stop on an element it
 * hides. A narrow blog, as on a phone, where the centred button covers the posts' time links; on the
 * page, or in a scroller of its own (a sidebar), whose box is then what scrolls.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/live-blog/define.js';
import type { NewsLiveBlog } from '../src/live-blog/live-blog.js';
import { frame, until } from './support/until.js';
import { minutesAgo, numberedPosts } from './support/live-posts.js';

const posts = (to: number) => numberedPosts(to, '');

const root = (el: NewsLiveBlog) => el.shadowRoot!;
const button = (el: NewsLiveBlog) => root(el).querySelector<HTMLElement>('[part="new-updates"]')!;
const inPost = (el: NewsLiveBlog, id: string, part: string) =>
  root(el).querySelector(`#post-${id}`)!.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`)!;
const permalink = (el: NewsLiveBlog, id: string) => inPost(el, id, 'permalink');

/** The element that has focus, inside every shadow root on the way. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Shift+Tab: Shift held over Tab (Puppeteer), or one WebDriver chord of both keys (WebKit). */
async function shiftTab() {
  if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent)) {
    await sendKeys({ press: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

function covers(over: DOMRect, under: DOMRect): boolean {
  return (
    under.top < over.bottom && under.bottom > over.top && under.left < over.right && under.right > over.left
  );
}

/** A 14rem blog with a new post held behind the button, scrolled to put `hidden` under it. */
async function blogWithUnderButton(hidden: (el: NewsLiveBlog) => HTMLElement): Promise<NewsLiveBlog> {
  const page = await fixture<HTMLElement>(html`
    <div style="padding-block: 100vh; inline-size: 14rem">
      <news-live-blog locale="en" .items=${posts(5)}></news-live-blog>
    </div>
  `);
  const el = page.querySelector<NewsLiveBlog>('news-live-blog')!;
  await el.updateComplete;
  // The posts' top just under the screen's top: the reader is on them, so a new post waits.
  window.scrollBy(0, root(el).querySelector('.posts')!.getBoundingClientRect().top - 5);
  el.items = posts(6);
  await el.updateComplete;
  const under = hidden(el);
  window.scrollBy(0, under.getBoundingClientRect().top - button(el).getBoundingClientRect().top - 2);
  expect(
    covers(button(el).getBoundingClientRect(), under.getBoundingClientRect()),
    'it starts under the button',
  ).to.be.true;
  return el;
}

/** A few frames (the blog looks one frame after focus moves), then the button's box and the focused one. */
async function settled(el: NewsLiveBlog): Promise<{ over: DOMRect; under: DOMRect }> {
  for (let i = 0; i < 5; i++) await frame();
  return { over: button(el).getBoundingClientRect(), under: focused()!.getBoundingClientRect() };
}

/** The same blog with its posts written as markup, a new one added while the reader is on them. */
async function writtenBlogWithUnderButton(id: string): Promise<{ el: NewsLiveBlog; link: HTMLElement }> {
  const post = (n: number) => {
    const written = document.createElement('news-live-post');
    written.setAttribute('post-id', `p${n}`);
    written.setAttribute('datetime', minutesAgo(1000 - n));
    written.setAttribute('headline', `Update ${n}`);
    return written;
  };
  const page = await fixture<HTMLElement>(html`
    <div style="padding-block: 100vh; inline-size: 14rem">
      <news-live-blog locale="en"></news-live-blog>
    </div>
  `);
  const el = page.querySelector<NewsLiveBlog>('news-live-blog')!;
  el.append(...[5, 4, 3, 2, 1].map(post));
  await until(() => root(el).querySelector('.posts slot'), 'the written posts, drawn');
  window.scrollBy(0, root(el).querySelector('.posts')!.getBoundingClientRect().top - 5);
  el.prepend(post(6));
  await until(() => root(el).querySelector('[part="new-updates"]'), 'the new post, held');
  const written = el.querySelector(`[post-id="${id}"]`)!;
  await (written as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const link = written.shadowRoot!.querySelector<HTMLElement>('[part="permalink"]')!;
  window.scrollBy(0, link.getBoundingClientRect().top - button(el).getBoundingClientRect().top - 2);
  expect(
    covers(button(el).getBoundingClientRect(), link.getBoundingClientRect()),
    'it starts under the button',
  ).to.be.true;
  return { el, link };
}

afterEach(() => window.scrollTo(0, 0));

describe('news-live-blog: focus is never hidden under "N new updates"', () => {
  it('scrolls a time link focused under the button to just below it', async () => {
    const el = await blogWithUnderButton((blog) => permalink(blog, 'p3'));
    permalink(el, 'p3').focus();
    const { over, under } = await settled(el);
    expect(focused()).to.equal(permalink(el, 'p3'));
    expect(under.top, 'wholly below the button').to.be.at.least(over.bottom);
    expect(under.top - over.bottom, 'and just below it').to.be.below(20);
  });

  it('scrolls what Shift+Tab lands on from below out from under the button', async () => {
    const copy = (blog: NewsLiveBlog) => inPost(blog, 'p4', 'copy-link');
    const el = await blogWithUnderButton(copy);
    permalink(el, 'p3').focus({ preventScroll: true });
    await frame();
    await shiftTab();
    const { over, under } = await settled(el);
    expect(focused(), 'the last control of the post above').to.equal(copy(el));
    expect(under.top, 'wholly below the button').to.be.at.least(over.bottom);
  });

  it('does the same for a link in a post written as markup (slotted)', async () => {
    const { el, link } = await writtenBlogWithUnderButton('p3');
    link.focus();
    const { over, under } = await settled(el);
    expect(focused()).to.equal(link);
    expect(under.top, 'wholly below the button').to.be.at.least(over.bottom);
  });

  it('scrolls the box a blog is in (a sidebar’s scroller), not the page, to uncover a focused link', async () => {
    const sidebar = await fixture<HTMLElement>(html`
      <div style="margin-block-end: 100vh; block-size: 20rem; inline-size: 14rem; overflow: auto">
        <news-live-blog locale="en" .items=${posts(5)}></news-live-blog>
      </div>
    `);
    const el = sidebar.querySelector<NewsLiveBlog>('news-live-blog')!;
    await el.updateComplete;
    const top = () => sidebar.getBoundingClientRect().top;
    sidebar.scrollBy(0, root(el).querySelector('.posts')!.getBoundingClientRect().top - top() - 5);
    el.items = posts(6);
    await el.updateComplete;
    const link = permalink(el, 'p3');
    sidebar.scrollBy(0, link.getBoundingClientRect().top - button(el).getBoundingClientRect().top - 2);
    expect(
      covers(button(el).getBoundingClientRect(), link.getBoundingClientRect()),
      'it starts under the button',
    ).to.be.true;
    const page = window.scrollY;
    link.focus();
    const { over, under } = await settled(el);
    expect(focused()).to.equal(link);
    expect(under.top, 'wholly below the button').to.be.at.least(over.bottom);
    expect(under.top - over.bottom, 'and just below it').to.be.below(20);
    expect(window.scrollY, 'the page has not moved').to.equal(page);
  });

  it('leaves the page where it is when the focused element is clear of the button', async () => {
    const el = await blogWithUnderButton((blog) => permalink(blog, 'p3'));
    const link = permalink(el, 'p2');
    const before = link.getBoundingClientRect().top;
    link.focus();
    await settled(el);
    expect(link.getBoundingClientRect().top).to.equal(before);
  });
});
