/**
 * Section fronts: "More stories" pages through a feed (JSON Feed `next_url`, WordPress
 * `X-WP-TotalPages`) or through stories held back by `limit`, appending in place and moving focus
 * to the first new story. The test feeds: test/support/feed-middleware.mjs (`/__feeds/many/…`).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { until } from './support/until.js';

const stories = (to: number, from = 1): TeaserItem[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    headline: `Story ${from + i}`,
    href: `https://news.example.com/stories/${from + i}`,
  }));

const teasers = (el: NewsTeaserList) => [
  ...el.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser:not([skeleton])'),
];
const headlines = (el: NewsTeaserList) => teasers(el).map((t) => t.headline);
const more = (el: NewsTeaserList) => el.shadowRoot!.querySelector<HTMLElement>('[part=more]');
const moreStatus = (el: NewsTeaserList) => el.shadowRoot!.querySelector('.more [role=status]')!;
/** Whether focus is on the link of the story at `index`. */
const focusedOn = (el: NewsTeaserList, index: number) =>
  !!teasers(el)[index]?.shadowRoot!.activeElement?.matches('a[part~=link]');
/** A unique key, so a feed's "fail once" is this test's own. */
const key = () => Math.random().toString(36).slice(2);

/** A list of the feed at `src`, once its first page is shown. */
async function feedList(src: string, limit?: number) {
  const el = await fixture<NewsTeaserList>(
    html`<news-teaser-list heading="World" more src=${src} limit=${limit ?? nothing}></news-teaser-list>`,
  );
  if (el.status !== 'loaded') await oneEvent(el, 'news-teaser-list-load');
  await el.updateComplete;
  return el;
}

/** Clicks "More stories" and waits until `count` stories are shown, focus on the story at `focus`. */
async function showMore(el: NewsTeaserList, count: number, focus: number) {
  more(el)!.click();
  await until(
    () => teasers(el).length === count && focusedOn(el, focus),
    `${count} stories, focus on ${focus + 1}`,
  );
  await el.updateComplete;
}

describe('news-teaser-list more', () => {
  it('pages a JSON Feed through next_url to its end, focus on each first new story', async () => {
    const el = await feedList('/__feeds/many/7/json?per_page=3');
    expect(headlines(el)).to.deep.equal(['Story 1 of 7', 'Story 2 of 7', 'Story 3 of 7']);
    expect(more(el)!.localName).to.equal('button');
    expect(more(el)!.textContent!.trim()).to.equal('More stories');
    await expect(el).to.be.accessible();
    await showMore(el, 6, 3);
    expect(headlines(el).slice(3)).to.deep.equal(['Story 4 of 7', 'Story 5 of 7', 'Story 6 of 7']);
    await showMore(el, 7, 6);
    expect(headlines(el).at(-1)).to.equal('Story 7 of 7');
    expect(more(el), 'no button at the last page').to.equal(null);
  });

  it('pages WordPress posts with ?page=N until X-WP-TotalPages', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      const el = await feedList('/__feeds/many/5/wp?per_page=2&_embed');
      expect(headlines(el)).to.deep.equal(['Story 1 of 5', 'Story 2 of 5']);
      await showMore(el, 4, 2);
      await showMore(el, 5, 4);
      expect(more(el)).to.equal(null);
      const pages = fetchSpy.getCalls().map((call) => new URL(String(call.args[0]), location.href));
      expect(pages.map((url) => url.searchParams.get('page'))).to.deep.equal([null, '2', '3']);
      expect(pages.every((url) => url.searchParams.has('_embed'))).to.equal(true);
    } finally {
      fetchSpy.restore();
    }
  });

  it('shows `limit` more a click, from the stories fetched before the next page', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      const el = await feedList('/__feeds/many/10/json?per_page=5', 3);
      expect(teasers(el)).to.have.length(3);
      await showMore(el, 6, 3);
      expect(fetchSpy.callCount, 'held-back stories first, then the next page').to.equal(2);
      await showMore(el, 9, 6);
      expect(fetchSpy.callCount).to.equal(2);
      await showMore(el, 10, 9);
      expect(more(el)).to.equal(null);
    } finally {
      fetchSpy.restore();
    }
  });

  it('pages a list of items held back by `limit`', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list more limit="4" .items=${stories(10)}></news-teaser-list>`,
    );
    await el.updateComplete;
    await showMore(el, 8, 4);
    await showMore(el, 10, 8);
    expect(more(el)).to.equal(null);
  });

  it('shows new items from their first `limit`, however many the reader asked for before', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list more limit="2" .items=${stories(10)}></news-teaser-list>`,
    );
    await el.updateComplete;
    await showMore(el, 4, 2);
    await showMore(el, 6, 4);
    el.items = stories(30, 21);
    await el.updateComplete;
    expect(headlines(el)).to.deep.equal(['Story 21', 'Story 22']);
    await showMore(el, 4, 2);
  });

  it('offers no "More stories" for a feed whose next page is the page itself', async () => {
    const el = await feedList('/__feeds/many/6/json?per_page=3&loop=1');
    expect(headlines(el)).to.deep.equal(['Story 1 of 6', 'Story 2 of 6', 'Story 3 of 6']);
    expect(more(el)).to.equal(null);
  });

  it('appends without moving the stories the reader sees', async () => {
    const el = await feedList('/__feeds/many/6/json?per_page=3');
    const [first] = teasers(el);
    // In the page's coordinates: focus on the new story may scroll the window to it.
    const top = () => first!.getBoundingClientRect().top + window.scrollY;
    const before = top();
    await showMore(el, 6, 3);
    expect(teasers(el)[0]).to.equal(first);
    expect(top()).to.equal(before);
  });

  it('shows a new feed from its first stories when it replaces one whose next page was on its way', async () => {
    const el = await feedList(`/__feeds/many/12/json?per_page=6&delay=500`, 4);
    more(el)!.click();
    await el.updateComplete;
    el.src = `/__feeds/many/10/json?key=${key()}`;
    await oneEvent(el, 'news-teaser-list-load');
    await new Promise((resolve) => setTimeout(resolve, 700));
    await el.updateComplete;
    expect(teasers(el)).to.have.length(4);
    expect(moreStatus(el).textContent).not.to.contain('Couldn’t load');
  });

  it('shows no button for RSS, which has no pages, and keeps a more-href link', async () => {
    const el = await feedList('/__feeds/many/4/rss');
    expect(teasers(el)).to.have.length(4);
    expect(more(el)).to.equal(null);
    el.moreHref = '/world/page/2/';
    await el.updateComplete;
    expect(more(el)!.localName).to.equal('a');
    expect(more(el)!.getAttribute('href')).to.equal('/world/page/2/');
  });

  it('makes the more-href link show the next page in place on a plain click', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list
        more
        more-href="/world/page/2/"
        limit="2"
        .items=${stories(3)}
      ></news-teaser-list>`,
    );
    await el.updateComplete;
    const link = more(el)!;
    expect(link.localName).to.equal('a');
    // A click that would navigate is cancelled: the next stories are shown here.
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    await until(() => teasers(el).length === 3 && focusedOn(el, 2), 'the third story');
    expect(more(el), 'paged in place to the end: the link goes too').to.equal(null);
  });

  it('passes over a page of stories shown already, and at the end leaves focus on the last story', async () => {
    // The second list's first page (stories 1-3) is all the first list's: "More stories" shows
    // the next page's new ones; at the end, with nothing new, focus stays among the stories.
    const front = await fixture(
      html`<div>
        <news-teaser-list dedupe-group="front" .items=${stories(6)}></news-teaser-list>
        <news-teaser-list dedupe-group="front" more src="/__feeds/many/9/json?per_page=3"></news-teaser-list>
      </div>`,
    );
    const below = front.querySelectorAll<NewsTeaserList>('news-teaser-list')[1]!;
    await until(() => below.status === 'loaded', 'the feed');
    await below.updateComplete;
    expect(headlines(below)).to.deep.equal([]);
    const empty = below.shadowRoot!.querySelector('[part=empty]')!;
    expect(
      empty.getBoundingClientRect().bottom,
      '"No stories to show.", then the button that shows the next page',
    ).to.be.at.most(more(below)!.getBoundingClientRect().top);
    more(below)!.click();
    await until(() => headlines(below).length > 0, 'the next new stories');
    expect(headlines(below)).to.deep.equal(['Story 7 of 9', 'Story 8 of 9', 'Story 9 of 9']);
    await until(() => focusedOn(below, 0), 'focus on the first new story');
    expect(more(below), 'the last page').to.equal(null);
  });

  it('keeps a dedupe-group free of repeats as a list pages', async () => {
    const front = await fixture(
      html`<div>
        <news-teaser-list dedupe-group="front" more limit="3" .items=${stories(6)}></news-teaser-list>
        <news-teaser-list dedupe-group="front" limit="3" .items=${stories(10)}></news-teaser-list>
      </div>`,
    );
    const [top, below] = [...front.querySelectorAll<NewsTeaserList>('news-teaser-list')];
    await until(() => headlines(below!)[0] === 'Story 4', 'the second list skips the first’s');
    await showMore(top!, 6, 3);
    await until(() => headlines(below!)[0] === 'Story 7', 'the second list skips the new stories');
    expect(headlines(below!)).to.deep.equal(['Story 7', 'Story 8', 'Story 9']);
  });

  /** Whether the list says "No stories to show." */
  const saysEmpty = (el: NewsTeaserList) =>
    !el.shadowRoot!.querySelector<HTMLElement>('[part=empty]')!.hidden;

  it('draws no "More stories" link under "No stories to show."', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list heading="World" more more-href="/world/page/2/"></news-teaser-list>`,
    );
    await el.updateComplete;
    expect(saysEmpty(el)).to.equal(true);
    expect(more(el)).to.equal(null);
  });

  for (const src of ['/__feeds/many/0/wp?_embed', '/__feeds/many/0/json'])
    it(`draws none for a section whose feed has no stories: ${src}`, async () => {
      const el = await fixture<NewsTeaserList>(
        html`<news-teaser-list
          heading="World"
          more
          more-href="/world/page/2/"
          src=${src}
        ></news-teaser-list>`,
      );
      if (el.status !== 'loaded') await oneEvent(el, 'news-teaser-list-load');
      await el.updateComplete;
      expect(saysEmpty(el)).to.equal(true);
      expect(more(el)).to.equal(null);
    });

  it('draws none beside a feed that failed before showing any story, only its retry', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<NewsTeaserList>(
        html`<news-teaser-list more more-href="/world/page/2/" src="/__feeds/status/404"></news-teaser-list>`,
      );
      if (el.status !== 'error') await oneEvent(el, 'news-teaser-list-error');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=retry]')).not.to.equal(null);
      expect(more(el)).to.equal(null);
      expect(warn).to.have.been.calledOnce;
    } finally {
      warn.restore();
    }
  });
});
