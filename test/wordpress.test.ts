// The elements against a real WordPress 6.1 (Debian's package, seeded by scripts/wordpress/seed.php
// through WordPress's own APIs): the REST API's posts as `<news-teaser-list src>` reads them, and
// real `content.rendered` and `content.raw` in `<news-article-body>`, and the example plugin's story
// pages. `npm test` starts WordPress (scripts/wordpress.mjs); the test page talks to it on its own
// origin, over WordPress's CORS.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/teaser-list/define.js';
import '../src/article-body/define.js';
import '../src/figure/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import {
  api,
  captions,
  linkOnly,
  list,
  loadSite,
  part,
  post,
  rendered,
  storyPage,
  type Site,
  type Story,
} from './support/wordpress.js';

let site: Site;
before(async () => {
  site = await loadSite();
});

// The seeded posts, newest first, as the posts endpoint lists them.
const latest = [
  'Ferry fares rise 4% & the “harbour pass” goes',
  'Night buses return to the waterfront after six years',
  '자갈치 시장, 새벽 경매 다시 연다',
  'Harbour Bank sponsors the city championships',
  // Sticky, and the oldest: the posts endpoint lists it by date, as WordPress returns it.
  'Storm warning: what closes and when',
];

describe('<news-teaser-list> from a real WordPress', () => {
  // Sites with plain permalinks answer at /?rest_route= (their /wp-json/ is a redirect).
  for (const route of ['/wp-json/wp/v2/posts?_embed', '/?rest_route=/wp/v2/posts&_embed']) {
    it(`shows ${route} newest first, headlines decoded, the sticky post by its date`, async () => {
      const teasers = await list(site.url + route);
      expect(teasers.map((teaser) => part(teaser, 'headline'))).to.deep.equal(latest);
    });
  }

  // What each teaser shows, from the post WordPress made of it (excerpt, category, date_gmt, the
  // author's display name).
  const cases: [Story, { excerpt: string; kicker: string; datetime: string; author: string }][] = [
    [
      'classic',
      {
        // WordPress's own excerpt (its first 55 words and " [&hellip;]"), cut to the teaser's 30 words.
        excerpt:
          'Fares on every harbour ferry rise by 4% from April, the port authority said on Friday, and the “harbour pass” that let commuters ride all day for £6 will be…',
        kicker: 'Transport',
        datetime: '2025-03-14T08:30:00Z',
        author: 'By Tom Whitaker',
      },
    ],
    [
      'korean',
      {
        excerpt:
          '부산 자갈치 시장이 석 달 만에 새벽 경매를 다시 연다. 상인들은 “손님이 돌아오길 기대한다”고 말했다.',
        kicker: 'Busan',
        // 13 March in Seoul, the site's time zone; the instant is what the dateline gets.
        datetime: '2025-03-12T23:00:00Z',
        author: 'By Park Min-ji',
      },
    ],
    [
      'excerpt',
      {
        // A hand-written excerpt with a pasted [caption] and a typed "[…]".
        excerpt: 'The bank will pay for the sports hall’s new floor & the athletes’ travel…',
        kicker: 'Business',
        datetime: '2025-03-11T10:00:00Z',
        author: 'By Tom Whitaker',
      },
    ],
  ];
  for (const [story, expected] of cases) {
    it(`shows the ${story} post's excerpt, section, date, author and real thumbnail`, async () => {
      const [teasers, data] = await Promise.all([list(api('posts?_embed')), post(story)]);
      const shown = teasers.find((teaser) => teaser.href === data.link)!;
      expect(part(shown, 'excerpt')).to.equal(expected.excerpt);
      // The kicker as heard (it is drawn in capitals, and read from a copy in its written case).
      expect(shown.shadowRoot!.querySelector('[part=kicker] .visually-hidden')?.textContent).to.equal(
        expected.kicker,
      );
      expect(part(shown, 'author')).to.equal(expected.author);
      expect(shown.shadowRoot!.querySelector('[part=dateline] time')!.getAttribute('datetime')).to.equal(
        expected.datetime,
      );
      // The thumbnail is one of the sizes WordPress made of the upload, and it loads.
      const media = data._embedded!['wp:featuredmedia']![0]!;
      const sizes = media.media_details.sizes;
      expect(shown.imageSrc).to.equal((sizes['medium_large'] ?? sizes['large'])!.source_url);
      expect(shown.imageAlt).to.equal(media.alt_text);
      const img = shown.shadowRoot!.querySelector<HTMLImageElement>('img[part~=image]')!;
      img.loading = 'eager';
      await img.decode();
      expect(img.naturalWidth).to.equal(768);
    });
  }

  it('shows no thumbnail for a post without a featured image', async () => {
    const teasers = await list(api('posts?_embed'));
    const sticky = teasers.at(-1)!;
    expect(sticky.imageSrc).to.equal('');
    expect(sticky.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('reads pagination headers across origins, and shows a later page and the sticky posts', async () => {
    const response = await fetch(api('posts?per_page=2'));
    expect(response.headers.get('X-WP-Total')).to.equal('5');
    expect(response.headers.get('X-WP-TotalPages')).to.equal('3');
    const third = await list(api('posts?_embed&per_page=2&page=3'));
    expect(third.map((teaser) => part(teaser, 'headline'))).to.deep.equal([latest[4]]);
    const sticky = await list(api('posts?_embed&sticky=true'));
    expect(sticky.map((teaser) => part(teaser, 'headline'))).to.deep.equal([latest[4]]);
  });
});

describe('a section front from a real WordPress', () => {
  const teasers = (el: NewsTeaserList) => [
    ...el.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser'),
  ];
  const headlines = (el: NewsTeaserList) => teasers(el).map((teaser) => part(teaser, 'headline'));
  const settled = async (el: NewsTeaserList) => {
    await waitUntil(() => el.status === 'loaded', 'the feed', { timeout: 8000 });
    await el.updateComplete;
  };

  it('pages "More stories" by X-WP-TotalPages to the last page, focus on each first new story', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list heading="Latest" more src=${api('posts?_embed&per_page=2')}></news-teaser-list>`,
    );
    await settled(el);
    expect(headlines(el)).to.have.length(2);
    for (const [count, first] of [
      [4, 2],
      [5, 4],
    ]) {
      el.shadowRoot!.querySelector<HTMLElement>('[part=more]')!.click();
      await waitUntil(() => teasers(el).length === count, `${count} stories`, { timeout: 8000 });
      await el.updateComplete;
      await waitUntil(
        () => teasers(el)[first]!.shadowRoot!.activeElement?.matches('a[part~=link]'),
        `focus on story ${first + 1}`,
      );
    }
    expect(headlines(el)).to.deep.equal(latest);
    expect(el.shadowRoot!.querySelector('[part=more]'), 'no button after the last page').to.equal(null);
  });

  it('shows each post once across two lists of one dedupe-group, whichever feed answers first', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <news-teaser-list
          heading="Top"
          limit="2"
          dedupe-group="wp"
          src=${api('posts?_embed&per_page=2')}
        ></news-teaser-list>
        <news-teaser-list heading="More" dedupe-group="wp" src=${api('posts?_embed')}></news-teaser-list>
      </div>`,
    );
    const [top, more] = [...wrapper.querySelectorAll<NewsTeaserList>('news-teaser-list')] as [
      NewsTeaserList,
      NewsTeaserList,
    ];
    await Promise.all([settled(top), settled(more)]);
    await more.updateComplete;
    expect(headlines(top)).to.deep.equal(latest.slice(0, 2));
    expect(headlines(more)).to.deep.equal(latest.slice(2));
  });
});

describe('<news-article-body> with a real WordPress post', () => {
  // content.raw is what the editor stored (shortcodes, block comments); content.rendered is what
  // WordPress made of it (a theme without HTML5 captions: div.wp-caption; gallery markup and styles).
  const warnings: Record<'rendered' | 'raw', string[]> = {
    // Without network WordPress could not ask YouTube for the player: a plain link, as it is.
    rendered: [],
    // The [gallery] names attachment ids only: without the body's `media`, nothing to show.
    raw: [
      linkOnly('www.youtube.com'),
      'news-elements: <news-article-body> a [gallery] has none of its images in media; removed.',
    ],
  };
  for (const field of ['rendered', 'raw'] as const) {
    it(`shows the classic post's content.${field}: the caption as a figure, entities decoded, no shortcodes left`, async () => {
      const [el, warned] = await rendered('classic', field);
      expect(warned).to.deep.equal(warnings[field]);
      expect(el.textContent).to.contain('for £6 will be withdrawn').and.contain('The authority’s chair');
      expect(el.textContent).not.to.match(/\[\/?(caption|gallery|embed)/);
      expect(captions(el)[0]).to.equal('The north quay on Monday, before the new timetable.');
      expect(el.querySelector('style, script')).to.equal(null);
      expect(el.querySelector('a[href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it(`shows the block-editor post's content.${field}: figures, pull quote, table, embed; no script runs`, async () => {
      const [el, warned] = await rendered('blocks', field);
      expect(warned).to.deep.equal([linkOnly('player.vimeo.com')]);
      expect(captions(el)).to.include.members([
        'The N1 will cross the harbour bridge every 20 minutes.',
        'Stops on the N2: the north quay and the sports hall.',
        'Timetable from Saturday 15 March.',
      ]);
      expect(el.querySelector('.wp-block-pullquote blockquote')!.textContent).to.contain(
        'walked home for six years',
      );
      // Block content is laid out already (WordPress runs no wpautop on it): the citation stays
      // where the editor put it, not wrapped in a paragraph.
      const cite = el.querySelector('.wp-block-pullquote cite')!;
      expect(cite.textContent).to.equal('Dae-ho Kim, transport union');
      expect(cite.parentElement!.localName).to.equal('blockquote');
      expect([...el.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal([
        'Route',
        'From',
        'Last bus',
      ]);
      expect(
        [...el.querySelectorAll('news-gallery > news-figure')].map((figure) => figure.getAttribute('alt')),
      ).to.deep.equal(['Ferries moored at the north quay', 'A weightlifter at the city championships']);
      expect(el.querySelector('a[href="https://vimeo.com/76979871"]')).to.exist;
      // The custom HTML block's script neither runs nor stays; its text does.
      expect(el.querySelector('script')).to.equal(null);
      expect((window as { newsPollRan?: boolean }).newsPollRan).to.equal(undefined);
      expect(el.textContent).to.contain('Will you use the night buses?').and.not.contain('wp:');
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the caption tied to its image, and the rendered gallery as figures with their captions', async () => {
    const [el] = await rendered('classic', 'rendered');
    const described = [...el.querySelectorAll('img[aria-describedby]')].map((img) =>
      el.querySelector(`[id="${img.getAttribute('aria-describedby')}"]`)?.textContent?.trim(),
    );
    expect(described).to.deep.equal(['The north quay on Monday, before the new timetable.']);
    const gallery = [...el.querySelectorAll('news-gallery > news-figure')].map((figure) =>
      figure.querySelector('[slot="caption"]')?.textContent?.trim(),
    );
    expect(gallery).to.deep.equal([
      'The harbour bridge at dusk. Photo: Herald staff',
      'The north quay on Monday.',
      'The championships drew 300 athletes.',
    ]);
  });
});

describe('the example plugin (examples/wordpress) on the seeded site', () => {
  const pages: [
    Story,
    { headline: string; standfirst?: string; dateline: string; related: string[]; partner?: string },
  ][] = [
    [
      'classic',
      {
        headline: 'Ferry fares rise 4% & the “harbour pass” goes',
        // 08:30 UTC is 17:30 in Seoul, the site's time zone, which the template hands the dateline.
        dateline: 'Friday 14th March, 2025',
        related: [
          'Night buses return to the waterfront after six years',
          '자갈치 시장, 새벽 경매 다시 연다',
          'Harbour Bank sponsors the city championships',
        ],
      },
    ],
    [
      'excerpt',
      {
        headline: 'Harbour Bank sponsors the city championships',
        // The hand-written excerpt without its pasted [caption] and typed "[…]".
        standfirst: 'The bank will pay for the sports hall’s new floor & the athletes’ travel…',
        dateline: 'Tuesday 11th March, 2025',
        related: [
          'Ferry fares rise 4% & the “harbour pass” goes',
          'Night buses return to the waterfront after six years',
          '자갈치 시장, 새벽 경매 다시 연다',
        ],
        partner: 'Harbour Bank',
      },
    ],
    [
      'korean',
      {
        headline: '자갈치 시장, 새벽 경매 다시 연다',
        standfirst:
          '부산 자갈치 시장이 석 달 만에 새벽 경매를 다시 연다. 상인들은 “손님이 돌아오길 기대한다”고 말했다.',
        // 23:00 UTC on the 12th is 08:00 on Thursday the 13th in Seoul.
        dateline: 'Thursday 13th March, 2025',
        related: [
          'Ferry fares rise 4% & the “harbour pass” goes',
          'Night buses return to the waterfront after six years',
          'Harbour Bank sponsors the city championships',
        ],
      },
    ],
  ];
  for (const [story, expected] of pages) {
    it(`prints the ${story} post as a story page: text, dateline, lead figure, partner, related, JSON-LD, axe`, async () => {
      const data = await post(story);
      const { win, doc, list } = await storyPage(new URL(data.link).pathname);
      const article = doc.querySelector('news-article')!;
      expect(article.querySelector('h1')!.textContent).to.equal(expected.headline);
      expect(article.querySelector('[slot=standfirst]')?.textContent).to.equal(expected.standfirst);
      const time = doc.querySelector('news-dateline')!.shadowRoot!.querySelector('time')!;
      expect(time.textContent!.trim()).to.equal(expected.dateline);
      expect(new Date(time.dateTime).toISOString()).to.equal(new Date(`${data.date_gmt}Z`).toISOString());
      // The lead figure is the featured image, in the size WordPress made, and it loads.
      const media = data._embedded!['wp:featuredmedia']![0]!;
      const lead = doc.querySelector('news-figure[slot=lead]')!.shadowRoot!.querySelector('img')!;
      lead.loading = 'eager';
      await lead.decode();
      expect(lead.alt).to.equal(media.alt_text);
      expect(lead.naturalWidth).to.be.greaterThan(0);
      const banner = doc.querySelector('news-partner-banner');
      if (expected.partner) expect(banner!.shadowRoot!.textContent).to.contain(expected.partner);
      else expect(banner).to.equal(null);
      expect(
        [...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')].map((teaser) =>
          part(teaser, 'headline'),
        ),
      ).to.deep.equal(expected.related);
      const jsonLd = JSON.parse(
        doc.querySelector('script[type="application/ld+json"]')!.textContent!,
      ) as Record<string, unknown>;
      expect(jsonLd).to.include({ '@type': 'NewsArticle', headline: expected.headline });
      expect(jsonLd['description']).to.equal(expected.standfirst);
      expect(new Date(jsonLd['datePublished'] as string).toISOString()).to.equal(
        new Date(`${data.date_gmt}Z`).toISOString(),
      );
      // No layout shift from the elements' upgrade or the related stories arriving (buffered entries
      // reach the observer in the next frames).
      // Each shift as its size and what moved, so that a failure says where to look.
      type Shift = PerformanceEntry & {
        value: number;
        sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[];
      };
      const moved = ({ node, previousRect: a, currentRect: b }: Shift['sources'][number]) =>
        `${(node as Element | undefined)?.outerHTML?.slice(0, 80) ?? node?.nodeName} ${a.x},${a.y} ${a.width}x${a.height} → ${b.x},${b.y} ${b.width}x${b.height}`;
      const shifts: string[] = [];
      const shift = (entries: PerformanceEntry[]) =>
        shifts.push(
          ...(entries as Shift[]).map((entry) => `${entry.value}: ${entry.sources.map(moved).join('; ')}`),
        );
      const observer = new win.PerformanceObserver((entries) => shift(entries.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      shift(observer.takeRecords());
      observer.disconnect();
      expect(shifts).to.deep.equal([]);
      const axe = doc.createElement('script');
      axe.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((resolve) => {
        axe.onload = resolve;
        doc.head.append(axe);
      });
      const { violations } = await (
        win as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string }[] }> } }
      ).axe.run(doc);
      expect(violations.map((violation) => violation.id)).to.deep.equal([]);
    });
  }
});
