import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/live-blog/define.js';
import type { NewsLiveBlog, LivePostItem } from '../src/live-blog/live-blog.js';
import { frame, until } from './support/until.js';
import type { NewsLivePost } from '../src/live-post/live-post.js';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
/** Posts `from`..`to`, one a minute, the highest number the newest. */
const posts = (to: number, from = 1): LivePostItem[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    id: `p${from + i}`,
    datetime: minutesAgo(1000 - from - i),
    headline: `Update ${from + i}`,
    html: '',
  }));

const root = (el: NewsLiveBlog) => el.shadowRoot!;
const shownPosts = (el: NewsLiveBlog) =>
  [...root(el).querySelectorAll<NewsLivePost>('.posts news-live-post')].map((post) => post.postId);
const say = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const region = (el: NewsLiveBlog) => say(root(el).querySelector('[role="status"]'));
const post = (el: NewsLiveBlog, id: string) => root(el).querySelector<NewsLivePost>(`#post-${id}`)!;

/** Low on the screen, under the story's top: the reader starts above the posts. */
const below = 'margin-block-start: 70vh';

async function blog(items: LivePostItem[], extra = {}): Promise<NewsLiveBlog> {
  const el = await fixture<NewsLiveBlog>(
    html`<news-live-blog locale="en" style=${below} .items=${items}></news-live-blog>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

afterEach(() => {
  sinon.restore();
  window.scrollTo(0, 0);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('news-live-blog', () => {
  it('shows the newest post first, and the oldest first for a timeline', async () => {
    const el = await blog(posts(3));
    expect(shownPosts(el)).to.deep.equal(['p3', 'p2', 'p1']);
    el.order = 'oldest-first';
    await el.updateComplete;
    expect(shownPosts(el)).to.deep.equal(['p1', 'p2', 'p3']);
    expect(say(root(el).querySelector('[part="status"] .visually-hidden'))).to.equal('Live');
  });

  it('is no wider than a story’s text column in a wide column of its own, which the page may widen', async () => {
    const wide = await fixture<HTMLDivElement>(html`
      <div style="inline-size: 1200px">
        <news-live-blog locale="en" .items=${posts(2)}></news-live-blog>
      </div>
    `);
    const el = wide.querySelector<NewsLiveBlog>('news-live-blog')!;
    await el.updateComplete;
    const width = () => el.getBoundingClientRect().width;
    const rule = () => root(el).querySelector('.posts news-live-post')!.getBoundingClientRect().width;
    expect(width(), 'narrower than the page’s column').to.be.below(800);
    expect(rule(), 'its posts’ rules end with it').to.equal(width());
    wide.style.setProperty('--news-article-measure', '30rem');
    expect(width()).to.equal(480);
    wide.style.setProperty('--news-article-measure', 'none');
    expect(width()).to.equal(1200);
  });

  it('keeps the pinned post on top, apart from the list', async () => {
    const items = posts(3);
    items[0]!.pinned = true;
    const el = await blog(items);
    const pinned = root(el).querySelector('[part="pinned"] news-live-post') as NewsLivePost;
    expect(pinned.postId).to.equal('p1');
    expect(shownPosts(el)).to.deep.equal(['p3', 'p2']);
    await expect(el).to.be.accessible();
  });

  it('links to each key event, and shows a key post on a later page when its link is followed', async () => {
    const items = posts(30);
    items[2]!.keyEvent = true;
    items[25]!.keyEvent = true;
    const el = await blog(items);
    // Drawn twice, for narrow and wide screens: the reader sees one.
    const lists = [...root(el).querySelectorAll('[part~="key-events"]')];
    expect(lists.filter((list) => list.checkVisibility())).to.have.length(1);
    const links = [...lists.find((list) => list.checkVisibility())!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#post-p26', '#post-p3']);
    expect(say(links[1])).to.match(/Update 3$/);
    expect(shownPosts(el)).not.to.include('p3');
    links[1]!.click();
    await until(() => root(el).activeElement === post(el, 'p3'), 'the key post has focus');
    expect(shownPosts(el)).to.include('p3');
    await expect(el).to.be.accessible();
  });

  it('lists a pinned key post among the key events at its time, not first', async () => {
    const items = posts(4);
    for (const item of items) item.keyEvent = true;
    items[1]!.pinned = true;
    const el = await blog(items);
    const times = () => {
      const shown = [...root(el).querySelectorAll('[part~="key-events"]')].find((list) =>
        list.checkVisibility(),
      );
      return [...shown!.querySelectorAll('a')].map((a) => say(a).replace(/^.*Update /, ''));
    };
    expect(times()).to.deep.equal(['4', '3', '2', '1']);
    el.order = 'oldest-first';
    await el.updateComplete;
    expect(times()).to.deep.equal(['1', '2', '3', '4']);
  });

  it('opens a key post far down on its own page, not every page between', async () => {
    const items = posts(2_000);
    items[0]!.keyEvent = true;
    const el = await blog(items);
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="key-events"] a')].find((a) =>
      a.checkVisibility(),
    )!;
    link.click();
    await until(() => root(el).activeElement === post(el, 'p1'), 'the key post has focus');
    expect(shownPosts(el)).to.have.length(20);
    expect(!!root(el).querySelector('[part="previous-page"]'), 'a link to the page before').to.equal(true);
  });

  it('leaves a modified click on a key event to the browser: this tab stays where the reader is', async () => {
    const items = posts(30);
    items[2]!.keyEvent = true;
    const el = await blog(items);
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="key-events"] a')].find((a) =>
      a.checkVisibility(),
    )!;
    // Runs after the blog's listener; keeps the test page from following the link.
    const stop = (event: Event) => event.preventDefault();
    document.addEventListener('click', stop);
    try {
      for (const key of ['ctrlKey', 'metaKey', 'shiftKey'])
        link.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, [key]: true }),
        );
    } finally {
      document.removeEventListener('click', stop);
    }
    await el.updateComplete;
    await frame();
    expect(shownPosts(el)).not.to.include('p3');
    expect(root(el).activeElement).to.equal(null);
  });

  it('opens the page holding the post the address names (#post-<id>) and focuses it', async () => {
    history.replaceState(null, '', '#post-p5');
    const el = await blog(posts(30));
    await until(() => root(el).activeElement === post(el, 'p5'), 'the named post has focus');
    expect(shownPosts(el)).to.have.length(30);
  });

  it('says "Ended" once the story is over', async () => {
    const el = await blog(posts(1), { ended: true });
    expect(say(root(el).querySelector('[part="status"] .visually-hidden'))).to.equal('Ended');
    await expect(el).to.be.accessible();
  });

  describe('pages of 20 posts', () => {
    const link = (el: NewsLiveBlog, part: 'next-page' | 'previous-page') =>
      root(el).querySelector<HTMLAnchorElement>(`[part="${part}"]`);
    const pageOf = (a: HTMLAnchorElement | null) => new URL(a!.href).searchParams.get('page');
    const ids = (to: number, from: number) =>
      posts(to, from)
        .map((p) => p.id)
        .reverse();
    /** Opens the test page at `?page=<page>` (its other parameters kept) while `run` runs. */
    async function atAddress(page: string, run: () => Promise<void>) {
      const before = location.href;
      const url = new URL(location.href);
      url.searchParams.set('page', page);
      history.replaceState(null, '', url);
      try {
        await run();
      } finally {
        history.replaceState(null, '', before);
      }
    }

    it('"Older posts" is a link to ?page=2 that, clicked, shows the next page in place and focuses it', async () => {
      const el = await blog(posts(45));
      expect(shownPosts(el)).to.deep.equal(ids(45, 26));
      const next = link(el, 'next-page')!;
      expect(say(next)).to.equal('Older posts');
      expect(next.rel).to.equal('next');
      const address = new URL(next.href);
      expect(address.pathname).to.equal(location.pathname);
      expect(pageOf(next)).to.equal('2');
      for (const [key, value] of new URLSearchParams(location.search))
        expect(address.searchParams.get(key), `the page's own ${key}`).to.equal(value);
      const here = location.href;
      next.click();
      await until(() => shownPosts(el).length === 40, 'the second page');
      expect(location.href, 'the reader stays on the page').to.equal(here);
      expect(root(el).activeElement).to.equal(post(el, 'p25'));
      expect(pageOf(link(el, 'next-page'))).to.equal('3');
      link(el, 'next-page')!.click();
      await until(() => shownPosts(el).length === 45, 'the last page');
      expect(link(el, 'next-page')).to.equal(null);
      expect(link(el, 'previous-page')).to.equal(null);
    });

    it('leaves a modified click to the browser, which opens the page in a new tab', async () => {
      const el = await blog(posts(45));
      let prevented: boolean | undefined;
      // Runs after the blog's listener; keeps the test page from following the link.
      const stop = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      };
      document.addEventListener('click', stop);
      try {
        const click = { bubbles: true, composed: true, cancelable: true, ctrlKey: true };
        link(el, 'next-page')!.dispatchEvent(new MouseEvent('click', click));
      } finally {
        document.removeEventListener('click', stop);
      }
      expect(prevented).to.equal(false);
      await el.updateComplete;
      expect(shownPosts(el)).to.have.length(20);
    });

    it('opens on a later page, linked back to "Newer posts"; new posts wait behind the button', async () => {
      const el = await blog(posts(45), { page: 2 });
      expect(shownPosts(el)).to.deep.equal(ids(25, 6));
      const previous = link(el, 'previous-page')!;
      expect(say(previous)).to.equal('Newer posts');
      expect(previous.rel).to.equal('prev');
      expect(pageOf(previous), 'page 1 is the address without ?page=').to.equal(null);
      expect(pageOf(link(el, 'next-page'))).to.equal('3');
      el.items = posts(46);
      await el.updateComplete;
      expect(shownPosts(el)).to.deep.equal(ids(25, 6));
      expect(say(root(el).querySelector('[part="new-updates"]'))).to.equal('1 new update');
      previous.click();
      await until(() => shownPosts(el).length === 40, 'the newer page too');
      expect(shownPosts(el)[0]).to.equal('p45');
      expect(root(el).activeElement).to.equal(post(el, 'p45'));
      await expect(el).to.be.accessible();
    });

    it('keeps the posts of a later page in place when a post on an earlier page is deleted', async () => {
      const el = await blog(posts(45), { page: 2 });
      expect(shownPosts(el)).to.deep.equal(ids(25, 6));
      el.items = posts(45).filter((item) => item.id !== 'p40');
      await el.updateComplete;
      expect(shownPosts(el)).to.deep.equal(ids(25, 6));
      // Post 5, the first not shown, is now the 40th: the last of page 2 (page 3 would skip it).
      expect(pageOf(link(el, 'next-page'))).to.equal('2');
      link(el, 'previous-page')!.click();
      await until(() => shownPosts(el).length === 39, 'the newer posts too');
      expect(shownPosts(el)[0]).to.equal('p45');
    });

    it('links "Older posts" to the page holding the first post not shown, after posts arrived on top', async () => {
      const el = await blog(posts(45));
      el.items = posts(47);
      await el.updateComplete;
      expect(shownPosts(el)).to.deep.equal(ids(47, 26));
      // Post 25, the first not shown, is now the 23rd: on page 2 (posts 27 to 8), not page 3.
      expect(pageOf(link(el, 'next-page'))).to.equal('2');
    });

    it('shows the waiting posts with the first page from a page far down, not every page between', async () => {
      const el = await blog(posts(2_000), { page: 50 });
      expect(shownPosts(el)).to.deep.equal(ids(1_020, 1_001));
      el.items = posts(2_003);
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('[part="new-updates"]')!.click();
      await until(() => root(el).activeElement === post(el, 'p2003'), 'the newest post has focus');
      expect(shownPosts(el)).to.have.length(23);
      expect(shownPosts(el)).to.deep.equal(ids(2_003, 1_981));
    });

    it('opens the page the address asks for (?page=3); a page past the last opens the last', async () => {
      await atAddress('3', async () => {
        const el = await blog(posts(45));
        expect(shownPosts(el)).to.deep.equal(ids(5, 1));
        expect(pageOf(link(el, 'previous-page'))).to.equal('2');
        el.page = 9;
        await el.updateComplete;
        expect(shownPosts(el)).to.deep.equal(ids(5, 1));
      });
    });

    // An old link, or a number from anywhere: a page as large as a number gets (1e306) included.
    it('links no other page while the blog has no posts, whatever page it was asked for', async () => {
      for (const page of [3, 1e306]) {
        const el = await blog([], { page });
        expect(root(el).querySelector('a.pager'), String(page)).to.equal(null);
        el.items = posts(45);
        await el.updateComplete;
        expect(shownPosts(el), String(page)).to.deep.equal(ids(5, 1));
        expect(pageOf(link(el, 'previous-page')), String(page)).to.equal('2');
      }
    });

    it('names the links the other way round in a timeline, oldest first', async () => {
      const el = await blog(posts(45), { order: 'oldest-first', page: 2 });
      expect(shownPosts(el)[0]).to.equal('p21');
      expect(say(link(el, 'previous-page'))).to.equal('Older posts');
      expect(say(link(el, 'next-page'))).to.equal('Newer posts');
    });

    it('opens page 1, with one warning, when page is not a page number', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await blog(posts(25), { page: 0 });
      expect(shownPosts(el)[0]).to.equal('p25');
      expect(warn).to.have.been.calledOnceWith(
        'news-elements: <news-live-blog page="0"> is not a positive whole number; using 1.',
      );
    });

    it('draws one page of 10,000 posts', async () => {
      const el = await blog(posts(10_000));
      expect(root(el).querySelectorAll('news-live-post')).to.have.length(20);
      expect(pageOf(link(el, 'next-page'))).to.equal('2');
    });
  });

  it('shows new posts at once when the reader is at the top, and announces them once', async () => {
    const el = await blog(posts(3));
    expect(region(el)).to.equal('');
    el.items = posts(5);
    await el.updateComplete;
    expect(shownPosts(el).slice(0, 2)).to.deep.equal(['p5', 'p4']);
    expect(region(el)).to.equal('2 new updates');
    expect(root(el).querySelector('[part="new-updates"]')).to.equal(null);
    // The same list again brings nothing new: the region's text stays exactly as it was (a
    // repeated message is changed by a no-break space, so that it is announced again).
    const said = root(el).querySelector('[role="status"]')!.textContent;
    el.items = posts(5);
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal(said);
  });

  it('holds the next posts with those already waiting, even once the reader is back at the top', async () => {
    const el = await blog(posts(20));
    post(el, 'p12').scrollIntoView();
    el.items = posts(21);
    await el.updateComplete;
    window.scrollTo(0, 0);
    el.items = posts(22);
    await el.updateComplete;
    // Shown above post 21, post 22 would leave 21 missing between it and post 20.
    expect(shownPosts(el)[0]).to.equal('p20');
    expect(say(root(el).querySelector('[part="new-updates"]'))).to.equal('2 new updates');
    expect(region(el)).to.equal('2 new updates');
  });

  it('moves a post whose publish time is corrected', async () => {
    const items = posts(3);
    const el = await blog(items);
    el.items = items.map((item) => (item.id === 'p1' ? { ...item, datetime: minutesAgo(1) } : item));
    await el.updateComplete;
    expect(shownPosts(el)).to.deep.equal(['p1', 'p3', 'p2']);
  });

  it('counts in English by English plural rules where the language has no strings of its own', async () => {
    // Croatian's rules call 21 "one", which picked English's "update" for it.
    const el = await blog(posts(1), { locale: 'hr' });
    el.items = posts(22);
    await el.updateComplete;
    expect(region(el)).to.equal('21 new updates');
    el.locale = 'fr';
    el.items = posts(23);
    await el.updateComplete;
    await until(() => region(el) === '1 nouvelle mise à jour', 'French, once its strings are here');
  });

  it('announces the first post of a blog opened before it', async () => {
    const el = await blog([]);
    el.items = posts(1);
    await el.updateComplete;
    expect(shownPosts(el)).to.deep.equal(['p1']);
    expect(region(el)).to.equal('1 new update');
  });

  // A post older than every one shown is no news (a feed of its newest few brings the next older one
  // in when one of them is deleted), whichever post is the oldest now.
  const dated = (items: LivePostItem[], id: string, minutes: number) =>
    items.map((item) =>
      item.id === id ? { ...item, datetime: minutesAgo(minutes), modified: minutesAgo(0) } : item,
    );
  for (const [how, change, newcomer, said] of [
    ['the oldest deleted', (items: LivePostItem[]) => items.filter(({ id }) => id !== 'p1'), 2, ''],
    ['the oldest dated later', (items: LivePostItem[]) => dated(items, 'p1', 1), 2, ''],
    ['another dated earlier still', (items: LivePostItem[]) => dated(items, 'p3', 1001), 0, '1 new update'],
  ] as const)
    it(`announces a post only when it is no older than every one shown (${how})`, async () => {
      const items = posts(5).filter(({ id }) => id !== 'p2');
      const el = await blog(items);
      el.items = [...change(items), ...posts(newcomer, newcomer)];
      await el.updateComplete;
      expect(region(el)).to.equal(said);
    });

  it('announces nothing of the posts a blog written empty is given later as data: they are its first', async () => {
    const el = await fixture<NewsLiveBlog>(html`<news-live-blog locale="en"></news-live-blog>`);
    el.items = posts(3);
    await el.updateComplete;
    expect(shownPosts(el)).to.deep.equal(['p3', 'p2', 'p1']);
    expect(region(el)).to.equal('');
  });

  it('shows and counts a post listed twice once, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await blog(posts(3));
    const twice = posts(5);
    el.items = [...twice, twice[4]!, { ...twice[3]!, headline: 'Another copy' }];
    await el.updateComplete;
    expect(shownPosts(el)).to.deep.equal(['p5', 'p4', 'p3', 'p2', 'p1']);
    expect(say(post(el, 'p4').shadowRoot!.querySelector('h3'))).to.equal('Update 4');
    expect(region(el)).to.equal('2 new updates');
    expect(warn).to.have.been.calledOnceWith(
      'news-elements: <news-live-blog> a post repeats an earlier post’s id: left out.',
    );
  });

  it('holds new posts behind a button when the reader has scrolled in: nothing moves', async () => {
    const el = await blog(posts(20));
    const anchor = post(el, 'p12');
    anchor.scrollIntoView();
    const before = anchor.getBoundingClientRect().top;
    el.items = posts(21);
    await el.updateComplete;
    expect(anchor.getBoundingClientRect().top).to.equal(before);
    expect(shownPosts(el)[0]).to.equal('p20');
    const button = root(el).querySelector<HTMLButtonElement>('[part="new-updates"]')!;
    expect(say(button)).to.equal('1 new update');
    expect(region(el)).to.equal('1 new update');
    el.items = posts(23);
    await el.updateComplete;
    expect(anchor.getBoundingClientRect().top).to.equal(before);
    expect(say(button)).to.equal('3 new updates');
    button.click();
    await until(() => root(el).activeElement === post(el, 'p23'), 'the newest post has focus');
    expect(shownPosts(el).slice(0, 4)).to.deep.equal(['p23', 'p22', 'p21', 'p20']);
    expect(root(el).querySelector('[part="new-updates"]')).to.equal(null);
  });

  describe('posts of the same time', () => {
    const slotted = (el: NewsLiveBlog) =>
      [...root(el).querySelectorAll<HTMLSlotElement>('slot[data-id]')].map(
        (slot) => (slot.assignedElements()[0] as NewsLivePost).postId,
      );

    it('shows the one that came later as the newer, in either order', async () => {
      const a = { id: 'a', datetime: minutesAgo(5), headline: 'First of the minute' };
      const b = { ...a, id: 'b', headline: 'Second of the minute' };
      const el = await blog([a]);
      el.items = [a, b];
      await el.updateComplete;
      expect(shownPosts(el)).to.deep.equal(['b', 'a']);
      el.order = 'oldest-first';
      await el.updateComplete;
      expect(shownPosts(el)).to.deep.equal(['a', 'b']);
    });

    // Markup is written as the blog is read: newest first, or a timeline's oldest first.
    for (const [order, expected] of [
      ['newest-first', ['m2', 'm1']],
      ['oldest-first', ['m2', 'm1']],
    ] as const)
      it(`keeps the order they are written in (${order})`, async () => {
        const at = minutesAgo(5);
        const el = await fixture<NewsLiveBlog>(
          html`<news-live-blog locale="en" order=${order}>
            <news-live-post post-id="m2" datetime=${at} headline="Second"><p>Two</p></news-live-post>
            <news-live-post post-id="m1" datetime=${at} headline="First"><p>One</p></news-live-post>
          </news-live-blog>`,
        );
        await el.updateComplete;
        expect(slotted(el)).to.deep.equal(expected);
      });

    it('focuses the one that came last when the waiting posts are shown', async () => {
      const items = posts(20);
      const el = await blog(items);
      post(el, 'p12').scrollIntoView();
      // Published in the same minute as the newest post shown.
      el.items = [...items, { ...items[19]!, id: 'x', headline: 'Same minute' }];
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('[part="new-updates"]')!.click();
      await until(() => root(el).activeElement?.id.startsWith('post-'), 'a post has focus');
      expect((root(el).activeElement as NewsLivePost).postId).to.equal('x');
      expect(shownPosts(el).slice(0, 2)).to.deep.equal(['x', 'p20']);
    });
  });

  it('takes only true as a flag in items, as from a feed, with one warning for each flag', async () => {
    const warn = sinon.stub(console, 'warn');
    const odd = (id: string, flags: object) => ({ id, datetime: minutesAgo(1), headline: id, ...flags });
    const items = [
      odd('k', { keyEvent: 'false' }),
      odd('k2', { keyEvent: 1 }),
      odd('q', { pinned: '0' }),
      odd('d', { deleted: 'false' }),
    ] as unknown as LivePostItem[];
    const el = await blog(items);
    expect(shownPosts(el)).to.have.members(['k', 'k2', 'q', 'd']);
    expect(root(el).querySelector('[part~="key-events"]'), 'no key events').to.equal(null);
    expect(root(el).querySelector('[part="pinned"]'), 'none pinned').to.equal(null);
    expect(post(el, 'k').keyEvent).to.equal(false);
    el.items = [...items];
    await el.updateComplete;
    expect(warn.args.map(([message]) => message)).to.deep.equal(
      ['keyEvent', 'pinned', 'deleted'].map(
        (name) =>
          `news-elements: <news-live-blog> a post has a ${name} that is not true or false: taken as false.`,
      ),
    );
  });

  it('keeps focus on the pinned post the reader is on when an editor pins another', async () => {
    const el = await blog(
      posts(3).map((item) => (item.id === 'p1' ? { ...item, pinned: true, modified: minutesAgo(2) } : item)),
    );
    // Where a key event's link leaves the reader.
    const pinned = root(el).querySelector<NewsLivePost>('[part="pinned"] news-live-post')!;
    pinned.tabIndex = -1;
    pinned.focus();
    el.items = posts(3).map((item) => ({ ...item, pinned: item.id === 'p2', modified: minutesAgo(1) }));
    await el.updateComplete;
    expect(root(el).querySelector<NewsLivePost>('[part="pinned"] news-live-post')!.postId).to.equal('p2');
    expect(shownPosts(el)).to.deep.equal(['p3', 'p1']);
    expect((root(el).activeElement as NewsLivePost | null)?.postId).to.equal('p1');
  });

  it('updates an edited post in place and removes a deleted one', async () => {
    const el = await blog(posts(3));
    const edited = post(el, 'p2');
    const items = posts(3);
    items[1] = { ...items[1]!, headline: 'Update 2 (corrected)', modified: minutesAgo(0) };
    el.items = items.filter((item) => item.id !== 'p1');
    await el.updateComplete;
    expect(post(el, 'p2')).to.equal(edited);
    await edited.updateComplete;
    expect(say(edited.shadowRoot!.querySelector('h3'))).to.equal('Update 2 (corrected)');
    expect(shownPosts(el)).to.deep.equal(['p3', 'p2']);
    expect(region(el)).to.equal('');
  });

  it('sanitises a post’s html with the article body’s sanitiser', async () => {
    const el = await blog([
      {
        id: 'h',
        datetime: minutesAgo(2),
        html: '<p>Turnout is <b>high</b>.</p><script>window.bad = 1</script>',
      },
    ]);
    const body = () => root(el).querySelector('#post-h news-article-body');
    await until(() => body()?.querySelector('p'), 'the body');
    expect(say(body()!.querySelector('p'))).to.equal('Turnout is high.');
    expect(body()!.querySelector('script')).to.equal(null);
  });

  it('starts a post’s text where its headline starts, however wide the blog', async () => {
    const el = await fixture<NewsLiveBlog>(
      html`<news-live-blog
        locale="en"
        style="inline-size: 1200px"
        .items=${[{ id: 'w', datetime: minutesAgo(2), headline: 'Turnout', html: '<p>Turnout is high.</p>' }]}
      ></news-live-blog>`,
    );
    const body = () => root(el).querySelector('#post-w news-article-body');
    await until(() => body()?.querySelector('p'), 'the body');
    const headline = post(el, 'w').shadowRoot!.querySelector('h3')!;
    expect(body()!.getBoundingClientRect().left).to.be.closeTo(headline.getBoundingClientRect().left, 1);
  });

  it('orders posts written as markup', async () => {
    const el = await fixture<NewsLiveBlog>(
      html`<news-live-blog locale="en">
        <news-live-post post-id="m1" datetime=${minutesAgo(9)} headline="First"><p>One</p></news-live-post>
        <news-live-post post-id="m2" datetime=${minutesAgo(3)} headline="Second" key-event
          ><p>Two</p></news-live-post
        >
      </news-live-blog>`,
    );
    await el.updateComplete;
    const slots = [...root(el).querySelectorAll<HTMLSlotElement>('slot[data-id]')];
    expect(slots.map((slot) => (slot.assignedElements()[0] as NewsLivePost).postId)).to.deep.equal([
      'm2',
      'm1',
    ]);
    expect(el.querySelector('#post-m1')).to.exist;
    const keys = [...root(el).querySelectorAll('[part~="key-events"]')].find((list) =>
      list.checkVisibility(),
    );
    expect(keys!.querySelector('a')!.getAttribute('href')).to.equal('#post-m2');
    await expect(el).to.be.accessible();
  });

  it('gives focus to the post in its place when the focused post is deleted', async () => {
    const el = await blog(posts(3));
    const copy = post(el, 'p2').shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-link"]')!;
    copy.focus();
    el.items = posts(3).filter((item) => item.id !== 'p2');
    await el.updateComplete;
    expect(shownPosts(el)).to.deep.equal(['p3', 'p1']);
    // (Compared by id: a failure that names a whole blog's element takes the runner minutes to report.)
    expect((root(el).activeElement as NewsLivePost | null)?.postId).to.equal('p1');
  });

  it('gives focus to the post in its place when the page takes away the written post the reader is on', async () => {
    const markup = posts(21)
      .map(({ id, datetime, headline }) => {
        const tag = `<news-live-post post-id="${id}" datetime="${datetime}" headline="${headline}">`;
        return `${tag}<p>${headline}.</p></news-live-post>`;
      })
      .join('');
    const el = await fixture<NewsLiveBlog>(`<news-live-blog locale="en">${markup}</news-live-blog>`);
    await el.updateComplete;
    const focused = () => (document.activeElement as NewsLivePost | null)?.postId;
    const copy = (id: string) =>
      el
        .querySelector(`[post-id="${id}"]`)!
        .shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-link"]')!;
    // (An unfocused test window reports no focus events: they are sent here.)
    const focus = (id: string) => {
      copy(id).focus();
      copy(id).dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    };
    // The last post of the first page: the next page's first takes its place.
    focus('p2');
    el.querySelector('[post-id="p2"]')!.remove();
    await until(() => focused() === 'p1', 'focus on the post in its place');
    // Focus the reader took elsewhere (a click beside the blog) stays there.
    focus('p21');
    copy('p21').blur();
    copy('p21').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await frame();
    el.querySelector('[post-id="p21"]')!.remove();
    await until(() => root(el).querySelectorAll('slot[data-id]').length === 19, 'the post gone');
    await el.updateComplete;
    expect(document.activeElement?.localName).to.equal('body');
  });

  it('gives focus back to a post that moved without pulling the page to it', async () => {
    const pin = (pinned: boolean) =>
      posts(20).map((item) =>
        item.id === 'p2' ? { ...item, pinned, modified: minutesAgo(pinned ? 2 : 1) } : item,
      );
    const el = await blog(pin(true));
    // Where a key event's link leaves the reader.
    const pinned = root(el).querySelector<NewsLivePost>('[part="pinned"] #post-p2')!;
    pinned.tabIndex = -1;
    pinned.focus();
    // The reader scrolls on; an editor unpins the post, which goes back far down the list.
    window.scrollTo(0, 0);
    el.items = pin(false);
    await el.updateComplete;
    expect((root(el).activeElement as NewsLivePost | null)?.postId).to.equal('p2');
    expect(scrollY).to.equal(0);
  });

  it('keeps focus on a post an editor pins or unpins while the reader is on it', async () => {
    const el = await blog(posts(3));
    post(el, 'p2').shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-link"]')!.focus();
    const pin = (pinned: boolean) =>
      posts(3).map((item) =>
        item.id === 'p2' ? { ...item, pinned, modified: minutesAgo(pinned ? 2 : 1) } : item,
      );
    el.items = pin(true);
    await el.updateComplete;
    expect(!!root(el).querySelector('[part="pinned"] #post-p2'), 'pinned').to.equal(true);
    expect((root(el).activeElement as NewsLivePost | null)?.postId).to.equal('p2');
    el.items = pin(false);
    await el.updateComplete;
    expect(shownPosts(el)).to.deep.equal(['p3', 'p2', 'p1']);
    expect((root(el).activeElement as NewsLivePost | null)?.postId).to.equal('p2');
  });

  it('keeps showing posts written as markup when the page puts new copies in their place', async () => {
    const written = `<news-live-post post-id="m1" datetime=${minutesAgo(9)} headline="First"><p>One</p></news-live-post>
      <news-live-post post-id="m2" datetime=${minutesAgo(3)} headline="Second"><p>Two</p></news-live-post>`;
    const el = await fixture<NewsLiveBlog>(`<news-live-blog locale="en">${written}</news-live-blog>`);
    await el.updateComplete;
    // As a CMS's partial refresh (htmx, Turbo) swaps the blog's markup for the same posts.
    el.innerHTML = written;
    await until(() => el.querySelector('[post-id="m1"]')!.assignedSlot !== null, 'the new copies shown');
    const shown = [...root(el).querySelectorAll<HTMLSlotElement>('slot[data-id]')].map(
      (slot) => (slot.assignedElements()[0] as NewsLivePost).postId,
    );
    expect(shown).to.deep.equal(['m2', 'm1']);
    expect(say(el.querySelector('[post-id="m2"]'))).to.equal('Two');
  });

  it('shows its written posts again when the data it was given is taken away', async () => {
    const el = await fixture<NewsLiveBlog>(
      html`<news-live-blog locale="en" .items=${posts(2)}>
        <news-live-post post-id="m1" datetime=${minutesAgo(9)} headline="First"><p>One</p></news-live-post>
      </news-live-blog>`,
    );
    await el.updateComplete;
    expect(shownPosts(el)).to.deep.equal(['p2', 'p1']);
    // The page's script gives up on its data: the posts written in the page are what is left to read.
    el.items = undefined;
    await el.updateComplete;
    const shown = [...root(el).querySelectorAll<HTMLSlotElement>('slot[data-id]')].map(
      (slot) => (slot.assignedElements()[0] as NewsLivePost | undefined)?.postId,
    );
    expect(shown).to.deep.equal(['m1']);
    expect(shownPosts(el)).to.deep.equal([]);
    expect(region(el), 'no news: the post was in the page all along').to.equal('');
  });

  it('leaves out on its return a written post taken away while it was off the page', async () => {
    const written = `<news-live-post post-id="m1" datetime=${minutesAgo(9)} headline="First" key-event><p>One</p></news-live-post>
      <news-live-post post-id="m2" datetime=${minutesAgo(3)} headline="Second"><p>Two</p></news-live-post>`;
    const el = await fixture<NewsLiveBlog>(`<news-live-blog locale="en">${written}</news-live-blog>`);
    await el.updateComplete;
    const parent = el.parentNode!;
    el.remove();
    el.querySelector('[post-id="m1"]')!.remove();
    parent.append(el);
    await until(() => root(el).querySelectorAll('slot[data-id]').length === 1, 'one post left');
    // Its key event's link, which led nowhere, is gone too.
    expect(!!root(el).querySelector('a[href="#post-m1"]')).to.equal(false);
  });

  it('draws nothing again when something inside a written post changes, only when the post does', async () => {
    const el = await fixture<NewsLiveBlog>(
      `<news-live-blog locale="en"><news-live-post post-id="m1" datetime=${minutesAgo(9)} headline="First"><div class="embed"></div></news-live-post></news-live-blog>`,
    );
    await el.updateComplete;
    const updated = sinon.spy(el as unknown as { updated(): void }, 'updated');
    // An embed resizing itself, again and again.
    const embed = el.querySelector<HTMLElement>('.embed')!;
    for (let i = 1; i <= 5; i++) {
      embed.style.height = `${i * 10}px`;
      embed.append(document.createElement('span'));
      await frame();
    }
    expect(updated.callCount).to.equal(0);
    el.querySelector('news-live-post')!.setAttribute('headline', 'First, corrected');
    await until(() => updated.callCount > 0, 'the post’s own change');
  });

  it('shows a post without the fields that are not text, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const bad = {
      id: 'b',
      datetime: minutesAgo(2),
      headline: { text: 'Vote' },
      html: { rendered: '<p>x</p>' },
    };
    const el = await blog([bad as unknown as LivePostItem, ...posts(2)]);
    expect(shownPosts(el)).to.deep.equal(['b', 'p2', 'p1']);
    expect(say(post(el, 'b').shadowRoot!.querySelector('article'))).not.to.contain('object');
    expect(warn.args.map(([message]) => message)).to.deep.equal([
      'news-elements: <news-live-blog> a post has a headline, html that is not text: shown without it.',
    ]);
  });

  it('leaves out a post whose date is not ISO 8601, as the post itself reads it, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await blog([{ id: 'd', datetime: 'Dec 4, 2026 18:00', headline: 'Loose date' }, ...posts(1)]);
    expect(shownPosts(el)).to.deep.equal(['p1']);
    expect(warn).to.have.been.calledOnceWith(
      'news-elements: <news-live-blog> a post has no ISO 8601 datetime: left out.',
    );
  });

  it('takes an address whose fragment is no valid escape (#50%) as no post', async () => {
    const el = await blog(posts(3));
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      history.replaceState(null, '', '#50%');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(shownPosts(el)).to.deep.equal(['p3', 'p2', 'p1']);
  });

  it('leaves out posts without an id, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await blog([{ datetime: minutesAgo(1) } as LivePostItem, ...posts(1)]);
    expect(shownPosts(el)).to.deep.equal(['p1']);
    expect(warn).to.have.been.calledOnceWith('news-elements: <news-live-blog> a post has no id: left out.');
  });

  it('speaks Arabic, right to left', async () => {
    const el = await blog(posts(2), { locale: 'ar' });
    await until(() => say(root(el).querySelector('[part="status"] .visually-hidden')) === 'مباشر', 'Arabic');
    expect(root(el).querySelector('.blog')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
