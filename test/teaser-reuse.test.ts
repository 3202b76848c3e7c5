/**
 * A list draws its stories by position: given new items, each `<news-teaser>` it drew is handed
 * the story now at its place. One whose new story needs code still on its way (a media mark,
 * related links, an excerpt's cleaning) must not go on showing the story it had, which its
 * neighbour now shows: a list keeps the stories it showed until that code comes, and a teaser an
 * app gives another story shows a placeholder until then. Each case holds its code's import, so
 * each uses code no test before it in this page has loaded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser/define.js';
import '../src/teaser-list/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { OnDemand } from '../src/internal/on-demand.js';
import { mediaCode } from '../src/teaser/indicators.js';
import { extrasCode } from '../src/teaser/parts.js';
import { excerptCleaning } from '../src/internal/excerpt.js';
import { frame, until } from './support/until.js';

/** Holds `code`'s import until the returned function is called. */
function hold(code: OnDemand<unknown>): () => void {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const load = code.load.bind(code);
  const stub = sinon.stub(code, 'load').callsFake(() => held.then(load));
  return () => {
    stub.restore();
    release();
  };
}

/** The headline a reader sees on each teaser ('' for a placeholder). */
const headline = (teaser: NewsTeaser) =>
  teaser.shadowRoot!.querySelector('[part=headline]')?.textContent?.trim() ?? '';
const part = (teaser: NewsTeaser, name: string) =>
  teaser.shadowRoot!.querySelector(`[part~=${name}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const ferry = { headline: 'Ferry fares frozen for island residents', href: '/ferry-fares' };
const routes = { headline: 'Three new routes link the ferry terminal', href: '/routes' };

const cases: [string, OnDemand<unknown>, TeaserItem, string, string][] = [
  [
    'a media mark',
    mediaCode,
    { headline: 'Watch: the storm reaches the harbour', href: '/storm', media: 'video', duration: 'PT3M20S' },
    'media',
    '3:20',
  ],
  [
    'related links',
    extrasCode,
    {
      headline: 'Council approves the harbour budget',
      href: '/budget',
      related: [
        { headline: 'What the budget means for ferries', href: '/budget-ferries' },
        { headline: 'Opposition calls the vote rushed', href: '/budget-vote' },
      ],
    },
    'related',
    'What the budget means for ferries',
  ],
];

for (const [what, code, story, name, detail] of cases)
  it(`a list’s teaser given a story with ${what} on its way never shows the story it had`, async () => {
    const list = await fixture<NewsTeaserList>(
      html`<news-teaser-list heading="Harbour" .items=${[ferry, routes]}></news-teaser-list>`,
    );
    const release = hold(code);
    try {
      list.items = [story, ferry, routes];
      await frame();
      await frame();
      // Not "ferry, ferry, routes": the list waits for the new stories' code (list-first-draw)
      // and keeps the stories it showed meanwhile.
      const teasers = [...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')];
      expect(teasers.map(headline)).to.deep.equal([ferry.headline, routes.headline]);
    } finally {
      release();
    }
    const first = list.shadowRoot!.querySelector<NewsTeaser>('news-teaser')!;
    await until(() => part(first, name).includes(detail), `the story's ${what}`);
    const teasers = [...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')];
    expect(teasers.map(headline)).to.deep.equal([story.headline, ferry.headline, routes.headline]);
  });

it('a teaser an app gives another story whose excerpt needs cleaning never shows the story it had', async () => {
  const el = await fixture<NewsTeaser>(
    html`<news-teaser
      headline=${ferry.headline}
      href=${ferry.href}
      excerpt="Fares stay as they are."
    ></news-teaser>`,
  );
  const release = hold(excerptCleaning);
  try {
    Object.assign(el, {
      headline: 'Harbour wall to be rebuilt',
      href: '/harbour-wall',
      excerpt: '<p>Work starts in <strong>May</strong> &amp; ends in autumn.</p>',
    });
    // (Without the placeholder its update would wait for the code: a frame is as long as it waits.)
    await Promise.race([el.updateComplete, frame()]);
    expect(headline(el)).to.equal('');
    expect(part(el, 'excerpt')).to.equal('');
  } finally {
    release();
  }
  await until(() => part(el, 'excerpt') === 'Work starts in May & ends in autumn.', 'the cleaned excerpt');
  expect(headline(el)).to.equal('Harbour wall to be rebuilt');
});
