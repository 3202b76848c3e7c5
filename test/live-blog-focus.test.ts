/**
 * Where focus lands when the blog takes the reader to a post ("N new updates", "Older posts", a key
 * event's link, an address naming a post): on the post's article, named by its headline, else by
 * its marks and time, so that a screen reader says which post the reader is on. Every engine: the
 * focused element, its role and the text its name comes from (aria-labelledby, in its own root).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/live-blog/define.js';
import type { NewsLiveBlog, LivePostItem } from '../src/live-blog/live-blog.js';
import { until } from './support/until.js';
import { minutesAgo, numberedPosts } from './support/live-posts.js';

const posts = (to: number) => numberedPosts(to, '');

const root = (el: NewsLiveBlog) => el.shadowRoot!;
const say = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element that has focus, inside every shadow root on the way. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a screen reader says of the focused element: its role and the name its labels give it. */
function announced(): { role: string; name: string } {
  const node = focused();
  const scope = node?.getRootNode() as ShadowRoot | Document | undefined;
  const ids = node?.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return {
    role: node?.getAttribute('role') ?? (node?.localName === 'article' ? 'article' : (node?.localName ?? '')),
    name: ids.map((id) => say(scope?.getElementById(id))).join(' '),
  };
}

/** The post (`<news-live-post>`) focus is in, as the blog's root sees it. */
const focusedPost = (el: NewsLiveBlog) => (root(el).activeElement ?? document.activeElement)?.id;

async function blog(items: LivePostItem[]): Promise<NewsLiveBlog> {
  const el = await fixture<NewsLiveBlog>(html`<news-live-blog locale="en" .items=${items}></news-live-blog>`);
  await el.updateComplete;
  return el;
}

const link = (el: NewsLiveBlog, selector: string) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>(selector)].find((a) => a.checkVisibility())!;

afterEach(() => {
  window.scrollTo(0, 0);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('news-live-blog: where focus lands is a named post', () => {
  it('"N new updates" focuses the newest post’s article, named by its headline', async () => {
    const el = await blog(posts(20));
    root(el).querySelector('#post-p12')!.scrollIntoView();
    el.items = posts(21);
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part="new-updates"]')!.click();
    await until(() => focusedPost(el) === 'post-p21', 'the newest post has focus');
    expect(announced()).to.deep.equal({ role: 'article', name: 'Update 21' });
    await expect(el).to.be.accessible();
  });

  it('"Older posts" focuses the first older post’s article, named by its headline', async () => {
    const el = await blog(posts(25));
    link(el, '[part="next-page"]').click();
    await until(() => focusedPost(el) === 'post-p5', 'the first post of the next page has focus');
    expect(announced()).to.deep.equal({ role: 'article', name: 'Update 5' });
  });

  it('a key event’s link focuses its post’s article; a post with no headline is named by its marks and time', async () => {
    const items = posts(3).map((item) =>
      item.id === 'p2' ? { ...item, keyEvent: true, headline: '' } : item,
    );
    const el = await blog(items);
    link(el, '[part~="key-events"] a').click();
    await until(() => focusedPost(el) === 'post-p2', 'the key post has focus');
    const post = root(el).querySelector('#post-p2')!.shadowRoot!;
    const time = say(post.querySelector('time'));
    expect(time, 'a time is shown').to.match(/ago$/);
    expect(announced()).to.deep.equal({ role: 'article', name: `Key event ${time}` });
    await expect(el).to.be.accessible();
  });

  it('an address naming a written post focuses its article, named by its headline', async () => {
    const el = await fixture<NewsLiveBlog>(
      html`<news-live-blog locale="en">
        <news-live-post post-id="m2" datetime=${minutesAgo(3)} headline="Polls close"
          ><p>Two</p></news-live-post
        >
        <news-live-post post-id="m1" datetime=${minutesAgo(9)} headline="Turnout is high"
          ><p>One</p></news-live-post
        >
      </news-live-blog>`,
    );
    await el.updateComplete;
    expect(await el.reveal('post-m1')).to.equal(true);
    expect(document.activeElement?.id).to.equal('post-m1');
    expect(announced()).to.deep.equal({ role: 'article', name: 'Turnout is high' });
  });
});
