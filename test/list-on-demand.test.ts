/**
 * The teaser list's stories from data (items, feeds: append-only blocks, the feed's states) are a
 * chunk, src/teaser-list/list-data.ts: a list written as markup never fetches it, and a list from
 * data draws its stories in its first render all the same. The tests run in order in one page: the
 * first proves the chunk is not fetched.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/teaser-list/define.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';

const chunkFetched = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname === '/src/teaser-list/list-data.ts');
const headlines = (el: NewsTeaserList) =>
  [...el.shadowRoot!.querySelectorAll('news-teaser')].map((teaser) => teaser.headline);

const stories = [
  { headline: 'Ferry fares frozen for island residents', href: '/ferry-fares', datetime: '2024-05-10' },
  { headline: 'Three new routes link the ferry terminal to the old town', href: '/routes' },
];

describe('teaser list stories on demand', () => {
  it('draws a list written as markup without fetching the stories code', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list heading="More stories" limit="1">
        <news-teaser headline="Ferry fares frozen for island residents" href="/ferry-fares"></news-teaser>
        <news-teaser headline="Three new routes link the ferry terminal" href="/routes"></news-teaser>
      </news-teaser-list>`,
    );
    const children = [...el.querySelectorAll('news-teaser')];
    expect(children.map((child) => [child.getAttribute('role'), child.hidden])).to.deep.equal([
      ['listitem', false],
      ['listitem', true],
    ]);
    expect(el.status).to.equal('idle');
    expect(chunkFetched()).to.equal(false);
  });

  it('says a feed is loading from the moment src is set, before its code has arrived', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('news-teaser-list');
    el.src = '/test/fixtures/teaser-feeds/jsonfeed.json';
    const loaded = new Promise((resolve) => el.addEventListener('news-teaser-list-load', resolve));
    host.append(el);
    expect(chunkFetched()).to.equal(false);
    expect(el.status).to.equal('loading');
    await loaded;
    expect(el.status).to.equal('loaded');
  });

  it('draws stories from items in its first render', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('news-teaser-list');
    const renders: string[][] = [];
    el.addController({ hostUpdated: () => renders.push(headlines(el)) });
    el.items = stories;
    host.append(el);
    await el.updateComplete;
    expect(renders[0]).to.deep.equal(stories.map((story) => story.headline));
  });

  it('draws items given later to a list that had none', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list heading="More stories"></news-teaser-list>`,
    );
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.hasAttribute('hidden')).to.equal(false);
    el.items = stories;
    await el.updateComplete;
    expect(headlines(el)).to.deep.equal(stories.map((story) => story.headline));
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.hasAttribute('hidden')).to.equal(true);
  });
});
