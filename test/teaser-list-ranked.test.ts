import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';

const stories: TeaserItem[] = [
  'Storm closes the harbour',
  'Night buses run until 2am',
  'Library reopens',
].map((headline, i) => ({ headline, href: `/story-${i}` }));

const teasers = (el: NewsTeaserList) => [...el.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')];
const ranks = (el: NewsTeaserList) =>
  [...el.shadowRoot!.querySelectorAll('[part="rank"]')].map((rank) => rank.textContent!.trim());

async function settled(el: NewsTeaserList) {
  await el.updateComplete;
  await Promise.all(teasers(el).map((teaser) => teaser.updateComplete));
  return el;
}

afterEach(() => sinon.restore());

describe('news-teaser-list layout="ranked"', () => {
  it('is an ordered list of compact teasers, numbered for the eye only', async () => {
    const el = await settled(
      await fixture<NewsTeaserList>(
        html`<news-teaser-list heading="Most read" layout="ranked" .items=${stories}></news-teaser-list>`,
      ),
    );
    const list = el.shadowRoot!.querySelector('[part="list"]')!;
    expect(list.localName).to.equal('ol');
    expect(list.getAttribute('aria-labelledby')).to.equal('heading');
    expect(ranks(el)).to.deep.equal(['1', '2', '3']);
    for (const rank of el.shadowRoot!.querySelectorAll('[part="rank"]'))
      expect(rank.getAttribute('aria-hidden')).to.equal('true');
    expect(teasers(el).map((teaser) => teaser.layout)).to.deep.equal(['compact', 'compact', 'compact']);
  });

  // Intl's digits for the list's language: Arabic-Indic in Egypt, Persian's own, Bengali's.
  const numerals: [string, string[]][] = [
    ['ar-EG', ['١', '٢', '٣']],
    ['ar-u-nu-arab', ['١', '٢', '٣']],
    ['fa', ['۱', '۲', '۳']],
    ['bn', ['১', '২', '৩']],
  ];
  for (const [locale, expected] of numerals) {
    it(`numbers in ${locale}: ${expected.join(' ')}`, async () => {
      const el = await settled(
        await fixture<NewsTeaserList>(
          html`<news-teaser-list layout="ranked" locale=${locale} .items=${stories}></news-teaser-list>`,
        ),
      );
      expect(ranks(el)).to.deep.equal(expected);
    });
  }

  // Stories with something above the headline (a kicker, a badge, "Sponsored", a media mark),
  // and without: twelve, so that two-digit numbers are among them.
  const marked: TeaserItem[] = [
    { headline: 'Storm closes the harbour', href: '/1' },
    { headline: 'Night buses run until 2am', href: '/2', kicker: 'Transport' },
    { headline: 'Storm footage from the pier', href: '/3', media: 'video', duration: 95 },
    { headline: 'Council votes on the budget', href: '/4', labelKind: 'breaking' },
    { headline: 'A weekend by the sea', href: '/5', sponsored: true },
    ...Array.from({ length: 7 }, (_, i) => ({
      headline: `Story ${i + 6}`,
      href: `/${i + 6}`,
      kicker: 'City',
    })),
  ];
  for (const locale of ['en', 'ar-EG']) {
    it(`sets the numbers in one column, each within its story's row, whatever is above the headline (${locale})`, async () => {
      const el = await settled(
        await fixture<NewsTeaserList>(
          html`<news-teaser-list layout="ranked" locale=${locale} .items=${marked}></news-teaser-list>`,
        ),
      );
      const rtl = locale === 'ar-EG';
      const starts: number[] = [];
      for (const item of el.shadowRoot!.querySelectorAll('li')) {
        const rank = item.querySelector('[part="rank"]')!.getBoundingClientRect();
        const teaser = item.querySelector<NewsTeaser>('news-teaser')!;
        const headline = teaser.shadowRoot!.querySelector('[part="headline"]')!.getBoundingClientRect();
        const name = `${rank.top} ${teaser.headline}`;
        const row = item.getBoundingClientRect();
        expect(rank.top, `${name}: within its row`).to.be.at.least(row.top);
        expect(rank.bottom, `${name}: within its row`).to.be.at.most(row.bottom);
        if (rtl) expect(rank.left, `${name}: at its start`).to.be.at.least(headline.right);
        else expect(rank.right, `${name}: at its start`).to.be.at.most(headline.left);
        starts.push(rtl ? headline.right : headline.left);
      }
      expect(starts).to.have.length(12);
      for (const start of starts) expect(start, 'every headline starts in line').to.be.closeTo(starts[0]!, 1);
    });
  }

  it('numbers children written inside it through the <ol>, as compact teasers', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list layout="ranked">
        <news-teaser headline="One" href="/1"></news-teaser>
        <news-teaser headline="Two" href="/2"></news-teaser>
      </news-teaser-list>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ol slot')).to.not.equal(null);
    expect([...el.querySelectorAll<NewsTeaser>('news-teaser')].map((t) => t.layout)).to.deep.equal([
      'compact',
      'compact',
    ]);
  });

  /** The large number each teaser written inside a list draws, as a reader sees it. */
  const childRanks = (el: NewsTeaserList) =>
    [...el.querySelectorAll<NewsTeaser>('news-teaser')].map(
      (teaser) => teaser.shadowRoot!.querySelector('[part="rank"]')?.textContent?.trim() ?? '',
    );
  async function written(locale: string, limit = '') {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list layout="ranked" locale=${locale} limit=${limit || nothing}>
        <news-teaser headline="One" href="/1"></news-teaser>
        <news-teaser headline="Two" href="/2"></news-teaser>
        <news-teaser headline="Three" href="/3"></news-teaser>
      </news-teaser-list>`,
    );
    await el.updateComplete;
    await Promise.all([...el.querySelectorAll<NewsTeaser>('news-teaser')].map((t) => t.updateComplete));
    return el;
  }

  for (const [locale, expected] of [
    ['en', ['1', '2', '3']],
    ['ar-EG', ['١', '٢', '٣']],
    ['fa', ['۱', '۲', '۳']],
  ] as const) {
    it(`numbers the teasers written inside it as it numbers items, in ${locale}: ${expected.join(' ')}`, async () => {
      const el = await written(locale);
      expect(childRanks(el)).to.deep.equal(expected);
      const rank = el.querySelector('news-teaser')!.shadowRoot!.querySelector<HTMLElement>('[part="rank"]')!;
      expect(rank.getAttribute('aria-hidden')).to.equal('true');
      // As large as the numbers it draws for items.
      expect(getComputedStyle(rank).fontSize).to.equal('36px');
    });
  }

  it('numbers only the written teasers it shows, and takes the numbers back when it is no longer ranked', async () => {
    const el = await written('', '2');
    expect(childRanks(el)).to.deep.equal(['1', '2', '']);
    el.layout = 'list';
    await el.updateComplete;
    await Promise.all([...el.querySelectorAll<NewsTeaser>('news-teaser')].map((t) => t.updateComplete));
    expect(childRanks(el)).to.deep.equal(['', '', '']);
  });

  it('keeps a rank written on a teaser', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list layout="ranked">
        <news-teaser headline="Ten" href="/10" rank="10"></news-teaser>
      </news-teaser-list>`,
    );
    await el.updateComplete;
    await el.querySelector<NewsTeaser>('news-teaser')!.updateComplete;
    expect(childRanks(el)).to.deep.equal(['10']);
  });

  it('takes a rank a CMS’s JSON gives as text', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Three" href="/3" .rank=${'3'}></news-teaser>`,
    );
    expect(el.shadowRoot!.querySelector('[part="rank"]')?.textContent?.trim()).to.equal('3');
  });

  it('names ranked among the layouts when the layout is unknown', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list layout="top10" .items=${stories}></news-teaser-list>`,
    );
    expect(el.shadowRoot!.querySelector('[part="list"]')!.localName).to.equal('ul');
    expect(String(warn.args[0]?.[0])).to.contain(
      'is not one of list, grid, compact, hero, ranked; using list.',
    );
  });
});

describe('news-teaser-list indicators from data', () => {
  const label = (teaser: NewsTeaser) =>
    teaser.shadowRoot!.querySelector('[part="media"] .visually-hidden')?.textContent ?? '';

  it('hands items’ labelKind, media, duration and count to their teasers', async () => {
    const el = await settled(
      await fixture<NewsTeaserList>(
        html`<news-teaser-list
          .items=${[
            { headline: 'Storm: live', labelKind: 'live', media: 'video', duration: 200 },
            { headline: 'Harbour in pictures', media: 'gallery', count: 12 },
          ]}
        ></news-teaser-list>`,
      ),
    );
    const [live, gallery] = teasers(el);
    expect(live!.shadowRoot!.querySelector('[part="label"] .visually-hidden')!.textContent).to.equal('Live');
    expect(label(live!)).to.equal('Video, 3 minutes, 20 seconds');
    expect(label(gallery!)).to.equal('Gallery, 12 photos');
  });

  /** A list over a feed answered with `body`. */
  async function fromFeed(body: unknown, type = 'application/json') {
    sinon
      .stub(window, 'fetch')
      .callsFake(async () => new Response(JSON.stringify(body), { headers: { 'content-type': type } }));
    const el = await fixture<NewsTeaserList>(html`<news-teaser-list src="/feed"></news-teaser-list>`);
    await new Promise((resolve) => el.addEventListener('news-teaser-list-load', resolve, { once: true }));
    return settled(el);
  }

  it('reads WordPress post formats and the opinion category', async () => {
    const category = (slug: string, name: string) => ({ taxonomy: 'category', slug, name });
    const el = await fromFeed([
      {
        title: { rendered: 'The harbour storm, in pictures' },
        link: 'https://news.example.com/gallery',
        format: 'gallery',
        _embedded: { 'wp:term': [[category('news', 'News')]] },
      },
      {
        title: { rendered: 'Why the ferry must run' },
        link: 'https://news.example.com/opinion',
        format: 'standard',
        _embedded: { 'wp:term': [[category('opinion', 'Opinion'), category('transport', 'Transport')]] },
      },
    ]);
    const [gallery, opinion] = teasers(el);
    expect([gallery!.media, gallery!.labelKind, gallery!.kicker]).to.deep.equal(['gallery', '', 'News']);
    expect([opinion!.media, opinion!.labelKind, opinion!.kicker]).to.deep.equal(['', 'opinion', 'Transport']);
  });

  it('reads JSON Feed video and audio attachments with their length', async () => {
    const el = await fromFeed(
      {
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            title: 'Storm footage',
            url: '/video',
            attachments: [{ url: '/v.mp4', mime_type: 'video/mp4', duration_in_seconds: 95 }],
          },
          {
            title: 'The harbour podcast',
            url: '/audio',
            attachments: [{ url: '/a.mp3', mime_type: 'audio/mpeg' }],
          },
          { title: 'A PDF', url: '/pdf', attachments: [{ url: '/r.pdf', mime_type: 'application/pdf' }] },
        ],
      },
      'application/feed+json',
    );
    expect(teasers(el).map((t) => [t.media, t.duration])).to.deep.equal([
      ['video', 95],
      ['audio', ''],
      ['', ''],
    ]);
    expect(label(teasers(el)[0]!)).to.equal('Video, 1 minute, 35 seconds');
  });

  for (const [file, expected] of [
    // An MP3 enclosure and <itunes:duration> seconds.
    ['giantbomb-podcast.xml', ['audio', '10475']],
    // A video enclosure beside the image the teaser shows.
    ['dailymail.xml', ['video', '']],
  ] as const) {
    it(`reads RSS enclosures: ${file}`, async () => {
      const el = await fixture<NewsTeaserList>(
        html`<news-teaser-list src=${`/__feeds/charset/none/${file}`} limit="1"></news-teaser-list>`,
      );
      await new Promise((resolve) => el.addEventListener('news-teaser-list-load', resolve, { once: true }));
      await settled(el);
      const [first] = teasers(el);
      expect([first!.media, first!.duration ?? '']).to.deep.equal(expected);
    });
  }
});
