// The benchmark pages, generated from one set of content so that every version says exactly the
// same thing:
//   story-components / story-plain   a full story page (the page Lighthouse audits)
//   teasers-plain                    n teasers as server HTML and CSS (n from `?n=`, default 1,000)
//   teasers-components               the same n teasers written as <news-teaser> markup
//   teasers-items                    the same n teasers given to <news-teaser-list> as data
//   teasers-peer                     the plain HTML with GitHub's <relative-time> for the dates, a
//                                    popular framework-free custom element, as a point of comparison
//   front-components / front-plain   a section front: five lists of 20 teasers (issue #23), given as
//                                    data to five <news-teaser-list dedupe-group="front">, whose
//                                    feeds overlap, against the same 100 teasers as plain HTML
//   feeds-components                 a list and a live blog from feeds (real captures in
//                                    test/fixtures), for the timings over a phone's network
const A = '/stories/assets';
const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const story = {
  title: 'Harbour dredging to resume in spring despite fishermen’s protests',
  description:
    'The harbour authority will resume dredging the channel at Port Ellen in the spring; fishermen say the silt is killing the oyster beds.',
  standfirst:
    'Three container ships ran aground at the river mouth this winter. Fishermen, who have opposed the work since 2019, say the cure is worse than the silt.',
  place: 'Port Ellen',
  datetime: '2024-03-12T09:30:00Z',
  updated: '2024-03-13T08:05:00Z',
  dateText: '12 March 2024',
  updatedText: '13 March 2024',
  partner: {
    name: 'Urban Institute',
    href: 'https://urbaninstitute.example/',
    // 200×60, declared as such below: a logo declared at other proportions reflows as it loads.
    logo: `${A}/logo-urban-institute.svg`,
    about: '/about/partnerships',
  },
  hero: {
    src: `${A}/city-1600x900.jpg`,
    width: 1600,
    height: 900,
    alt: 'Container cranes over the harbour at dusk, seen from the breakwater',
    caption: 'The container terminal at Port Ellen, where the channel has narrowed by a third since 2019.',
    credit: 'Mairi Campbell',
  },
  inline: {
    src: `${A}/market-1200x1600.jpg`,
    width: 1200,
    height: 1600,
    alt: 'Stalls of oysters and mussels at the Saturday fish market',
    caption: 'Oysters at the Saturday market. Growers say this year’s harvest is half of 2019’s.',
    credit: 'Angus MacLeod',
  },
  paragraphs: [
    'The harbour authority said on Tuesday that dredging of the main channel would resume in the spring, after a winter in which three container ships ran aground at the mouth of the river.',
    'The work, halted in 2021 after a legal challenge by the Islay Fishermen’s Association, will remove an estimated 180,000 cubic metres of silt over eleven weeks.',
    '“We cannot run a port with a channel that closes at low tide,” said Fiona Laird, the authority’s chief executive. “Every grounding is a risk to the crews and to the coast.”',
    'Fishermen say the silt released by the dredgers settles on the oyster beds north of the harbour. Catches of native oysters have halved since the last dredging season, according to figures from the association.',
  ],
  subhead: 'A winter of groundings',
  quote:
    '“The silt is killing the oyster beds, and nobody has asked us where it goes,” said Angus MacLeod, who has fished out of Port Ellen for 31 years.',
  more: [
    'The authority has promised to monitor turbidity at six points in the bay and to stop work when readings pass an agreed limit. The association says the limit is too high.',
    'The Scottish Environment Protection Agency confirmed that it had received a revised licence application and would publish its decision by the end of the month.',
    'A public meeting is planned at the Ramsay Hall on 20 March. The authority said it would publish the full environmental assessment online before then.',
  ],
  related: [
    [
      'Winter ferry timetable extended to April',
      'Transport',
      'CalMac says the reduced service will continue while the Finlaggan is repaired at Greenock.',
      `${A}/city-600x600.jpg`,
      '2024-03-11T08:00:00Z',
    ],
    [
      'Distillery expansion to bring 40 jobs to Port Ellen',
      'Business',
      'The new warehouse will be the largest on the island and the first to run on tidal power.',
      `${A}/harbour-800x800.jpg`,
      '2024-03-10T12:00:00Z',
    ],
    [
      'Council backs plan for 120 homes at Charlotte Street',
      'Housing',
      'Half of the homes will be let at social rents, the first such scheme on the island in a decade.',
      `${A}/city-800x450.jpg`,
      '2024-03-09T16:30:00Z',
    ],
    [
      'Islay weightlifter qualifies for the Commonwealth Games',
      'Sport',
      'Eilidh Bell, 19, lifted 212 kg in Glasgow on Saturday, a Scottish junior record.',
      `${A}/weightlifter-1200x800.jpg`,
      '2024-03-09T10:15:00Z',
    ],
  ],
};

// The peer's own single-file build, served from node_modules like any static file.
const PEER = '/node_modules/@github/relative-time-element/dist/bundle.js';
const dateText = (datetime) =>
  new Date(datetime).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

const head = (title, { components, data = '', peer = false }) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(title)} — The Islay Courier</title>
    <meta name="description" content="${esc(story.description)}" />
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/dist/themes/light.css" />
    <link rel="stylesheet" href="/bench/pages/page.css" />
    ${
      // The theme carries the rules that keep each element's box until the script runs (README,
      // "No layout shift while the script loads"): no preload.css beside it.
      components
        ? `<script type="module" src="/dist/news-elements.js"></script>${data}
    <script type="module" src="/bench/pages/ready-components.js"></script>`
        : peer
          ? `<link rel="stylesheet" href="/bench/pages/plain.css" />
    <script type="module" src="${PEER}"></script>
    <script type="module" src="/bench/pages/ready-components.js"></script>`
          : `<link rel="stylesheet" href="/bench/pages/plain.css" />
    <script defer src="/bench/pages/ready-plain.js"></script>`
    }
  </head>
  <body>
    <header class="masthead"><a href="/">The Islay Courier</a></header>`;

const foot = `
  </body>
</html>
`;

function storyComponents() {
  const { hero, inline, partner } = story;
  const related = story.related
    .map(
      ([headline, kicker, excerpt, image, datetime], i) => `
          <news-teaser href="/2024/03/related-${i}" headline="${esc(headline)}" kicker="${esc(kicker)}" excerpt="${esc(excerpt)}" image-src="${image}" datetime="${datetime}"></news-teaser>`,
    )
    .join('');
  return `${head(story.title, { components: true })}
    <main>
      <article>
        <h1>${esc(story.title)}</h1>
        <p class="standfirst">${esc(story.standfirst)}</p>
        <news-dateline datetime="${story.datetime}" updated="${story.updated}" place="${story.place}" time-zone="Europe/London">${story.dateText} · Updated ${story.updatedText}</news-dateline>
        <news-partner-banner name="${partner.name}" href="${partner.href}" logo-src="${partner.logo}" logo-width="200" logo-height="60" about-href="${partner.about}"></news-partner-banner>
        <news-figure src="${hero.src}" width="${hero.width}" height="${hero.height}" alt="${esc(hero.alt)}" caption="${esc(hero.caption)}" credit="${esc(hero.credit)}" loading="eager" fetchpriority="high"></news-figure>
        <news-article-body>
          ${story.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n          ')}
          <h2>${esc(story.subhead)}</h2>
          <news-figure src="${inline.src}" width="${inline.width}" height="${inline.height}" alt="${esc(inline.alt)}" caption="${esc(inline.caption)}" credit="${esc(inline.credit)}"></news-figure>
          <blockquote><p>${esc(story.quote)}</p></blockquote>
          ${story.more.map((p) => `<p>${esc(p)}</p>`).join('\n          ')}
        </news-article-body>
      </article>
      <aside>
        <news-teaser-list heading="More from the coast">${related}
        </news-teaser-list>
      </aside>
    </main>${foot}`;
}

function storyPlain() {
  const { hero, inline, partner } = story;
  const figure = (f, eager) => `<figure>
          <img src="${f.src}" width="${f.width}" height="${f.height}" alt="${esc(f.alt)}"${eager ? ' fetchpriority="high"' : ' loading="lazy"'} />
          <figcaption>${esc(f.caption)} <span class="credit">Photo: ${esc(f.credit)}</span></figcaption>
        </figure>`;
  const related = story.related
    .map(
      ([headline, kicker, excerpt, image, datetime], i) => `
            <li><article class="teaser"><div><span class="kicker">${esc(kicker)}</span><h3><a href="/2024/03/related-${i}">${esc(headline)}</a></h3><p>${esc(excerpt)}</p><time datetime="${datetime}">${dateText(datetime)}</time></div><img src="${image}" alt="" loading="lazy" width="120" height="80" /></article></li>`,
    )
    .join('');
  return `${head(story.title, { components: false })}
    <main>
      <article>
        <h1>${esc(story.title)}</h1>
        <p class="standfirst">${esc(story.standfirst)}</p>
        <p class="dateline"><span class="place">${story.place}</span> <time datetime="${story.datetime}">${story.dateText}</time> · Updated <time datetime="${story.updated}">${story.updatedText}</time></p>
        <aside class="partner" aria-labelledby="partner-label"><span id="partner-label" class="label">In partnership with</span><a href="${partner.href}" rel="noopener"><img src="${partner.logo}" alt="${partner.name}" width="200" height="60" /></a><a class="about" href="${partner.about}">About this content</a></aside>
        ${figure(hero, true)}
        <div class="body">
          ${story.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n          ')}
          <h2>${esc(story.subhead)}</h2>
          ${figure(inline, false)}
          <blockquote><p>${esc(story.quote)}</p></blockquote>
          ${story.more.map((p) => `<p>${esc(p)}</p>`).join('\n          ')}
        </div>
      </article>
      <aside>
        <section class="teasers" aria-labelledby="more"><h2 id="more">More from the coast</h2>
          <ul>${related}
          </ul>
        </section>
      </aside>
    </main>${foot}`;
}

/** `count` teasers: headline, kicker, excerpt, date and a thumbnail each. */
export function teaserData(count = 1000) {
  const kickers = ['Transport', 'Business', 'Housing', 'Sport', 'Environment', 'Politics', 'Culture'];
  const images = ['city-600x600.jpg', 'harbour-800x800.jpg', 'city-800x450.jpg', 'weightlifter-1200x800.jpg'];
  return Array.from({ length: count }, (_, i) => {
    const [headline, , excerpt] = story.related[i % story.related.length];
    return {
      headline: `${headline} (${i + 1})`,
      href: `/2024/03/story-${i + 1}`,
      kicker: kickers[i % kickers.length],
      excerpt,
      image: `${A}/${images[i % images.length]}`,
      datetime: new Date(Date.UTC(2024, 2, 12, 9, 30) - i * 3_600_000).toISOString(),
    };
  });
}

function teasersComponents(n) {
  const items = teaserData(n)
    .map(
      (t) =>
        `<news-teaser href="${t.href}" headline="${esc(t.headline)}" kicker="${t.kicker}" excerpt="${esc(t.excerpt)}" image-src="${t.image}" datetime="${t.datetime}"></news-teaser>`,
    )
    .join('\n        ');
  return `${head('Latest news', { components: true })}
    <main class="single">
      <news-teaser-list heading="Latest news">
        ${items}
      </news-teaser-list>
    </main>${foot}`;
}

function teasersItems(n) {
  const data = JSON.stringify(teaserData(n)).replace(/</g, '\\u003c');
  // The data arrives with the page, as a CMS would inline it (a module script: it runs after the
  // bundle and before the probe); the list renders it.
  const script = `
    <script type="module">
      document.querySelector('news-teaser-list').items = ${data};
    </script>`;
  return `${head('Latest news', { components: true, data: script })}
    <main class="single">
      <news-teaser-list heading="Latest news"></news-teaser-list>
    </main>${foot}`;
}

/** The plain teasers; `time` writes each date (a plain `<time>`, or the peer's element). */
function teasersPlain(n, { peer = false } = {}) {
  const time = (datetime) =>
    peer
      ? `<relative-time datetime="${datetime}" format="datetime" day="numeric" month="long" year="numeric">${dateText(datetime)}</relative-time>`
      : `<time datetime="${datetime}">${dateText(datetime)}</time>`;
  const items = teaserData(n)
    .map(
      (t) =>
        `<li><article class="teaser"><div><span class="kicker">${t.kicker}</span><h3><a href="${t.href}">${esc(t.headline)}</a></h3><p>${esc(t.excerpt)}</p>${time(t.datetime)}</div><img src="${t.image}" alt="" loading="lazy" width="120" height="80" /></article></li>`,
    )
    .join('\n          ');
  return `${head('Latest news', { components: false, peer })}
    <main class="single">
      <section class="teasers" aria-labelledby="latest"><h2 id="latest">Latest news</h2>
        <ul>
          ${items}
        </ul>
      </section>
    </main>${foot}`;
}

const FRONT = ['Top stories', 'World', 'Latest', 'Business', 'Sport'];

/**
 * Five lists' data for the front: each list's 25 stories overlap the list before it by 5, which
 * de-duplication skips, so each shows 20 and the page 100 different stories.
 */
const frontData = () => {
  const all = teaserData(125);
  return FRONT.map((_, i) => all.slice(i * 20 - (i ? 5 : 0), i * 20 + 20 + (i ? 0 : 5)));
};

function frontComponents() {
  const data = JSON.stringify(frontData()).replace(/</g, '\\u003c');
  const script = `
    <script type="module">
      const data = ${data};
      document.querySelectorAll('news-teaser-list').forEach((list, i) => (list.items = data[i]));
    </script>`;
  const lists = FRONT.map(
    (heading) => `<news-teaser-list heading="${heading}" limit="20" dedupe-group="front"></news-teaser-list>`,
  ).join('\n      ');
  return `${head('Front page', { components: true, data: script })}
    <main class="single">
      ${lists}
    </main>${foot}`;
}

function frontPlain() {
  const all = teaserData(125);
  const sections = FRONT.map(
    (heading, i) => `<section class="teasers" aria-labelledby="front-${i}"><h2 id="front-${i}">${heading}</h2>
        <ul>
          ${all
            .slice(i * 20, i * 20 + 20)
            .map(
              (t) =>
                `<li><article class="teaser"><div><span class="kicker">${t.kicker}</span><h3><a href="${t.href}">${esc(t.headline)}</a></h3><p>${esc(t.excerpt)}</p><time datetime="${t.datetime}">${dateText(t.datetime)}</time></div><img src="${t.image}" alt="" loading="lazy" width="120" height="80" /></article></li>`,
            )
            .join('\n          ')}
        </ul>
      </section>`,
  ).join('\n      ');
  return `${head('Front page', { components: false })}
    <main class="single">
      ${sections}
    </main>${foot}`;
}

/** A list and a live blog, each from its feed: what they show comes from the network. */
function feedsComponents() {
  return `${head('Live: the count', { components: true })}
    <main class="single">
      <news-live-blog src="/test/fixtures/live-feeds/jsonfeed-org.json"></news-live-blog>
      <news-teaser-list heading="Latest" limit="5" src="/test/fixtures/teaser-feeds/jsonfeed.json"></news-teaser-list>
    </main>${foot}`;
}

/** Every page by name; the teaser pages take their number of teasers. */
export const pages = {
  'story-components': storyComponents,
  'story-plain': storyPlain,
  'teasers-components': (n = 1000) => teasersComponents(n),
  'teasers-items': (n = 1000) => teasersItems(n),
  'teasers-plain': (n = 1000) => teasersPlain(n),
  'teasers-peer': (n = 1000) => teasersPlain(n, { peer: true }),
  'front-components': frontComponents,
  'front-plain': frontPlain,
  'feeds-components': feedsComponents,
};
