/**
 * Stories from `items` whose excerpts need cleaning are drawn whole in the first frame they appear
 * in, as a feed's are (first-frame-feed): the list waits for the cleaning code, not each teaser after
 * the list has drawn it. Its own page: nothing may have cleaned an excerpt before it runs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/teaser-list/define.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import { storiesInFirstFrame } from './support/first-frame.js';

describe('a teaser list from items', () => {
  it('draws stories with markup in their excerpts whole in the first frame they appear', async () => {
    const el = await fixture<NewsTeaserList>(html`<news-teaser-list></news-teaser-list>`);
    el.items = [
      { headline: 'Ferry fares frozen', href: '/ferry', excerpt: 'Plain words, drawn at once.' },
      { headline: 'Council votes', href: '/council', excerpt: '<p>The council voted &amp; <b>won</b>.</p>' },
      { headline: 'Market', href: '/market', excerpt: '[caption]<img src="x.jpg">[/caption] Traders fear.' },
    ];
    expect(await storiesInFirstFrame(el)).to.deep.equal([
      ['Ferry fares frozen', true],
      ['Council votes', true],
      ['Market', true],
    ]);
    await el.updateComplete;
    const excerpts = [...el.shadowRoot!.querySelectorAll('news-teaser')].map((teaser) =>
      teaser.shadowRoot!.querySelector('[part~="excerpt"]')?.textContent?.trim(),
    );
    expect(excerpts).to.deep.equal([
      'Plain words, drawn at once.',
      'The council voted & won.',
      'Traders fear.',
    ]);
  });
});
