/**
 * A list draws a block of stories only once the code their teasers draw with is here (a video's
 * media mark, related links), as it does for excerpts to clean (first-frame-items): a teaser drawn
 * before would be held blank, then appear and push the stories below it down. The first draw from
 * `items`, a feed's first page, and a block "More stories" adds. Each case makes that code look
 * still on its way, whether or not an earlier case loaded it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import { listData, type NewsTeaserList, type TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { OnDemand } from '../src/internal/on-demand.js';
import { mediaCode } from '../src/teaser/indicators.js';
import { extrasCode } from '../src/teaser/parts.js';
import { frame, until } from './support/until.js';

/** Makes `codes` look on their way (to the list and its teasers alike) until the returned function is called. */
function hold(...codes: OnDemand<unknown>[]): () => void {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const stubs = codes.map((code) => sinon.stub(code, 'pending').get(() => held.then(() => code.load())));
  return () => {
    stubs.forEach((stub) => stub.restore());
    release();
  };
}

const teasers = (list: NewsTeaserList) => [
  ...list.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser:not([skeleton])'),
];
const part = (teaser: NewsTeaser, name: string) =>
  teaser.shadowRoot!.querySelector(`[part~=${name}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What a reader sees of each teaser: its headline ('' while blank), media mark and related links. */
const seen = (list: NewsTeaserList) =>
  teasers(list).map((teaser) => [
    part(teaser, 'headline'),
    part(teaser, 'media'),
    [...teaser.shadowRoot!.querySelectorAll('[part~=related] a')].map((a) => a.textContent).join(' | '),
  ]);

/** The stories in the first frame that shows `count` of them (checked before it is painted). */
function firstFrame(list: NewsTeaserList, count: number): Promise<string[][]> {
  return new Promise((resolve) => {
    const check = () => (teasers(list).length < count ? requestAnimationFrame(check) : resolve(seen(list)));
    requestAnimationFrame(check);
  });
}

/**
 * The list's heights as laid out, from the first showing `count` stories: a story below another
 * that grows moves down. Layout as painted (after a block's first size is known), not in between.
 */
function heights(list: NewsTeaserList, count: number): { all: number[]; stop: () => void } {
  const all: number[] = [];
  const observer = new ResizeObserver(([entry]) => {
    if (teasers(list).length >= count) all.push(entry!.borderBoxSize[0]!.blockSize);
  });
  observer.observe(list);
  return { all, stop: () => observer.disconnect() };
}

/** Once every teaser is drawn. */
async function settled(list: NewsTeaserList): Promise<void> {
  await list.updateComplete;
  await Promise.all(teasers(list).map((teaser) => teaser.updateComplete));
  await frame();
  await frame();
}

const video: TeaserItem = {
  headline: 'Watch: the storm reaches the harbour',
  href: '/storm',
  media: 'video',
  duration: 'PT3M20S',
};
const budget: TeaserItem = {
  headline: 'Council approves the harbour budget',
  href: '/budget',
  related: [
    { headline: 'What the budget means for ferries', href: '/budget-ferries' },
    { headline: 'Opposition calls the vote rushed', href: '/budget-vote' },
  ],
};
const ferry: TeaserItem = { headline: 'Ferry fares frozen for island residents', href: '/ferry-fares' };
/** How each is drawn: its headline, media mark (its time, and what screen readers hear) and related links. */
const drawn = (story: TeaserItem) => [
  story.headline,
  story.media ? '3:20Video, 3 minutes, 20 seconds' : '',
  story.related ? 'What the budget means for ferries | Opposition calls the vote rushed' : '',
];

/** A JSON Feed page of `items`, each with a video attachment when it has `media`. */
const jsonFeed = (items: TeaserItem[], next?: string) =>
  new Response(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Harbour',
      next_url: next,
      items: items.map(({ headline, href, media }) => ({
        id: href,
        url: href,
        title: headline,
        attachments: media ? [{ url: `${href}.mp4`, mime_type: 'video/mp4', duration_in_seconds: 200 }] : [],
      })),
    }),
    { headers: { 'content-type': 'application/feed+json' } },
  );

describe('a teaser list drawing stories whose code is on its way', () => {
  // The list's own code first: its wait is not the one these cases are about.
  beforeEach(() => listData.load());
  afterEach(() => sinon.restore());

  it('draws nothing of its items until that code is here, then all of them with their marks, unmoved', async () => {
    const release = hold(mediaCode, extrasCode);
    const list = await fixture<NewsTeaserList>(html`<news-teaser-list heading="Harbour"></news-teaser-list>`);
    const first = firstFrame(list, 3);
    const sizes = heights(list, 3);
    try {
      list.items = [video, budget, ferry];
      await frame();
      await frame();
      expect(seen(list), 'nothing drawn while the code is on its way').to.deep.equal([]);
    } finally {
      release();
    }
    expect(await first, 'every story whole in the first frame it appears').to.deep.equal(
      [video, budget, ferry].map(drawn),
    );
    await settled(list);
    sizes.stop();
    expect(sizes.all, 'one height from the first frame on').to.have.length(1);
  });

  it("draws a feed's first page only once that code is here, all of it with its marks, unmoved", async () => {
    sinon.stub(window, 'fetch').callsFake(async () => jsonFeed([video, ferry]));
    const release = hold(mediaCode);
    const list = await fixture<NewsTeaserList>(
      html`<news-teaser-list heading="Harbour" src="/harbour.json"></news-teaser-list>`,
    );
    const first = firstFrame(list, 2);
    const sizes = heights(list, 2);
    try {
      await until(() => list.status === 'loaded', 'the feed');
      await frame();
      await frame();
      expect(seen(list), 'placeholders while the code is on its way').to.deep.equal([]);
    } finally {
      release();
    }
    expect(await first, 'every story whole in the first frame it appears').to.deep.equal(
      [video, ferry].map(drawn),
    );
    await settled(list);
    sizes.stop();
    expect(sizes.all, 'one height from the first frame on').to.have.length(1);
  });

  it('adds the block "More stories" brings only once its code is here, whole, focus on its first story', async () => {
    const fetch = sinon
      .stub(window, 'fetch')
      .callsFake(async (input) =>
        String(input).includes('page=2')
          ? jsonFeed([video, ferry])
          : jsonFeed([budget], '/harbour.json?page=2'),
      );
    const list = await fixture<NewsTeaserList>(
      html`<news-teaser-list heading="Harbour" more src="/harbour.json"></news-teaser-list>`,
    );
    await until(() => teasers(list).length === 1, 'the first page');
    await settled(list);
    const release = hold(mediaCode);
    const first = firstFrame(list, 3);
    const sizes = heights(list, 3);
    try {
      list.shadowRoot!.querySelector<HTMLElement>('[part=more]')!.click();
      await until(() => fetch.calledTwice, 'the next page asked for');
      await fetch.secondCall.returnValue;
      await frame();
      await frame();
      expect(
        seen(list).map(([headline]) => headline),
        'the new block waits',
      ).to.deep.equal([budget.headline]);
    } finally {
      release();
    }
    expect((await first).slice(1), 'every new story whole in the first frame it appears').to.deep.equal(
      [video, ferry].map(drawn),
    );
    const link = () => teasers(list)[1]!.shadowRoot!.activeElement;
    await until(() => link()?.textContent?.trim() === video.headline, 'focus on the first new story');
    await settled(list);
    sizes.stop();
    expect(sizes.all, 'one height from the first frame on').to.have.length(1);
  });
});
