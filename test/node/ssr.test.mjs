// news-elements/ssr in Node (node --test test/node/): what a server sends before any script runs.
import { test, describe, before, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { loadSource } from '../support/ssr-bundle.mjs';
import { ssrStory } from '../fixtures/ssr-story.mjs';

const { html } = await import('lit');
let ssr;
before(async () => {
  ssr = await loadSource('ssr');
});
afterEach(() => mock.restoreAll());

/** The text inside every `<style …>` of a page, with the opening tag. */
const styles = (page) =>
  [...page.matchAll(/<style([^>]*)>([\s\S]*?)<\/style\s*>/g)].map(([, attrs, text]) => ({ attrs, text }));
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const stripMarkers = (page) => page.replace(/<!--\/?lit-(part|node)[^>]*-->|<\?>/g, '');
const squash = (text) => text.replace(/\s+/g, ' ');

describe('renderToString', () => {
  test('gives every element a declarative shadow root with its styles', async () => {
    const page = await ssr.renderToString(
      html` <news-dateline
          datetime="2012-12-14"
          pattern="{weekday} {dayOrdinal} {month}, {year}"
          locale="en-GB"
        ></news-dateline>
        <news-figure
          src="/stories/assets/city-800x450.jpg"
          alt="Towers"
          width="800"
          height="450"
          caption="A city of the future"
        ></news-figure>
        <news-partner-banner name="Harbour Bank"></news-partner-banner>
        <news-teaser headline="Night buses to run until 2am" href="/buses"></news-teaser>
        <news-teaser-list heading="More stories"></news-teaser-list>
        <news-article><h1 slot="headline">Ferry vote</h1></news-article>`,
    );
    for (const tag of [
      'news-dateline',
      'news-figure',
      'news-partner-banner',
      'news-teaser',
      'news-teaser-list',
      'news-article',
    ]) {
      assert.match(
        page,
        new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`),
        tag,
      );
    }
    const text = squash(stripMarkers(page));
    assert.match(
      text,
      /<time part="time" datetime="2012-12-14"[^>]*>\s*Friday 14th December, 2012\s*<\/time\s*>/,
    );
    assert.match(text, /A city of the future/);
    assert.match(text, /In partnership with/);
    assert.match(text, /Night buses to run until 2am/);
  });

  test('draws the furniture readable without JavaScript: notices, share links; contents wait for the browser', async () => {
    const page = await ssr.renderToString(
      html`<news-notice type="correction" datetime="2012-12-15" locale="en-GB" time-zone="Europe/London"
          ><p>The trial carried 90,000 passengers, not 9,000.</p></news-notice
        >
        <news-share
          url="https://news.example.com/buses"
          headline="Night buses"
          networks="email x"
        ></news-share>
        <news-toc></news-toc>`,
    );
    const text = squash(stripMarkers(page));
    assert.match(text, /role="note"/);
    assert.match(
      text,
      /Correction<\/span>\s*(<[^>]*>\s*)*<time[^>]*datetime="2012-12-15"[^>]*>\s*15 December 2012/,
    );
    assert.match(text, /The trial carried 90,000 passengers/);
    assert.match(
      page,
      /href="mailto:\?subject=Night%20buses&amp;body=https%3A%2F%2Fnews.example.com%2Fbuses"/,
    );
    assert.match(page, /href="https:\/\/x.com\/intent\/tweet\?[^"]*news.example.com[^"]*"/);
    assert.doesNotMatch(page, /<button/, 'no button before the browser knows what it can do');
    assert.match(
      page,
      /<span part="button" aria-hidden="true">/,
      'its place held by an unseen box (test/share-ssr.test.ts)',
    );
    assert.match(page, /<news-toc\b[^>]*><template shadowroot="open"/);
  });

  test('draws a live blog from its items, readable without JavaScript, and wakes it when visible', async () => {
    const items = [
      {
        id: '2',
        datetime: '2026-12-04T21:58:00Z',
        headline: 'Exit poll points to a hung parliament',
        author: 'Amina Yusuf',
        keyEvent: true,
      },
      { id: '1', datetime: '2026-12-04T21:00:00Z', headline: 'Polls close', pinned: true },
    ];
    const page = await ssr.renderToString(
      html`<news-live-blog locale="en-GB" .items=${items}></news-live-blog>`,
    );
    const text = squash(stripMarkers(page.replace(/<style[\s\S]*?<\/style>/g, '')));
    assert.match(page, /<news-live-blog\b[^>]*hydrate="visible"/);
    assert.match(text, /Live/);
    assert.match(
      text,
      /<a href="#post-2"\s*><time datetime="2026-12-04T21:58:00Z">21:58<\/time> <span class="key-headline">Exit poll points to a hung parliament<\/span><\/a/,
    );
    // In UTC: the server knows no reader's zone (the browser writes the reader's once hydrated).
    // For narrow and wide screens, both (the page's width shows one): hydrating changes nothing.
    assert.match(text, /<details class="key-events narrow"[\s\S]*<nav class="key-events wide"/);
    assert.match(
      text,
      /<news-live-post [^>]*id="post-2"[\s\S]*Key event[\s\S]*<h3[^>]*>Exit poll points to a hung parliament<\/h3>[\s\S]*By <bdi\s*>Amina Yusuf<\/bdi>/,
    );
    assert.match(
      text,
      /Pinned[\s\S]*<time[^>]*datetime="2026-12-04T21:00:00Z"[^>]*>[45] December 2026<\/time/,
    );
    assert.ok(
      text.indexOf('Polls close') < text.indexOf('Exit poll points to a hung parliament</h3>'),
      'the pinned post first',
    );
  });

  test('draws a live blog whose items hold objects where text belongs (CMS JSON), without them', async () => {
    const items = [
      {
        id: '1',
        datetime: '2026-12-04T21:00:00Z',
        headline: { rendered: 'Vote' },
        html: { rendered: '<p>x</p>' },
      },
    ];
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    try {
      const page = await ssr.renderToString(
        html`<news-live-blog locale="en-GB" .items=${items}></news-live-blog>`,
      );
      assert.match(page, /<news-live-post\s[^>]*id="post-1"/);
      assert.doesNotMatch(page, /object Object/);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(warnings, [
      'news-elements: <news-live-blog> a post has a headline, html that is not text: shown without it.',
    ]);
  });

  test("pages a long live blog with links and writes posts' HTML as text, before any script", async () => {
    const items = Array.from({ length: 45 }, (_, i) => ({
      id: String(i + 1),
      datetime: new Date(Date.UTC(2026, 11, 4, 12, i)).toISOString(),
      headline: `Update ${i + 1}`,
      html: `<p>Rain &amp; wind in update ${i + 1}</p>[caption id="a"]<img src="x.jpg"> Flood[/caption]<p>Roads shut<script>alert(1)</script></p>`,
      keyEvent: i === 2,
    }));
    const render = async (page) =>
      stripMarkers(
        await ssr.renderToString(
          html`<news-live-blog locale="en-GB" .items=${items} page=${page}></news-live-blog>`,
        ),
      ).replace(/<style[\s\S]*?<\/style>/g, '');
    const first = await render(1);
    assert.equal(first.match(/<news-live-post\s/g).length, 20);
    assert.match(first, /<a class="pager" part="next-page" rel="next" href="\?page=2"\s*>Older posts<\/a/);
    assert.doesNotMatch(first, /previous-page/);
    // The key post is on page 3: its link opens that page.
    assert.match(first, /<a\s+href="\?page=3#post-3"/);
    assert.match(
      squash(first),
      /<div class="text"><p>Rain &amp; wind in update 45<\/p><p>Roads shut<\/p><\/div>/,
      'the text of the HTML, escaped once; no caption, no script',
    );
    assert.doesNotMatch(first, /<script/);
    assert.doesNotMatch(first.slice(0, first.search(/<template\s+data-items/)), /alert|\[caption/);
    // The posts travel with the HTML, for the browser to hydrate from.
    const served = JSON.parse(
      first
        .match(/<template\s+data-items="([^"]*)"/)[1]
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    assert.equal(served.length, 45);

    const second = await render(2);
    assert.match(second, /<news-live-blog\b[^>]*page="2"/);
    assert.match(second, /part="previous-page" rel="prev" href="\?page=1"\s*>Newer posts</);
    assert.match(second, /part="next-page" rel="next" href="\?page=3"/);
    const shown = [...second.matchAll(/<news-live-post\s[^>]*post-id="(\d+)"/g)].map(([, id]) => id);
    assert.deepEqual(
      shown,
      Array.from({ length: 20 }, (_, i) => String(25 - i)),
    );
    assert.match(second, /<a\s+href="\?page=3#post-3"/);
  });

  test("draws a teaser's media mark, whose code a browser fetches on demand, and its badge", async () => {
    const page = stripMarkers(
      await ssr.renderToString(
        html`<news-teaser
          headline="Storm footage"
          href="/storm"
          label-kind="live"
          media="video"
          duration="PT3M20S"
          locale="en-GB"
        ></news-teaser>`,
      ),
    );
    assert.match(page, /Live/);
    assert.match(page, /<span aria-hidden="true">3:20<\/span/);
    assert.match(page, /Video, 3 minutes, 20 seconds/);
  });

  test('keeps the light DOM of <news-article-body> and marks no later element defer-hydration', async () => {
    const page = await ssr.renderToString(
      html`<news-article-body><p>The council voted 23 to 9.</p></news-article-body>
        <news-dateline datetime="2012-12-14"></news-dateline>`,
    );
    assert.match(
      stripMarkers(page),
      /<news-article-body hydrate="never"><p>The council voted 23 to 9.<\/p><\/news-article-body>/,
    );
    assert.doesNotMatch(page, /<news-article-body[^>]*><template/);
    // A top-level element must start by itself in the browser: defer-hydration would keep it
    // waiting for a parent that never comes (a @lit-labs/ssr 4.1 pitfall worked around in csp.ts).
    assert.doesNotMatch(page, /defer-hydration/);
  });

  test("a page's own custom element that is not a Lit element defers none after it", async () => {
    const { HTMLElement } = await import('@lit-labs/ssr-dom-shim');
    globalThis.customElements.define('site-ad', class extends HTMLElement {});
    const page = await ssr.renderToString(
      html`<site-ad></site-ad><news-dateline datetime="2012-12-14" locale="en-GB"></news-dateline>`,
    );
    assert.match(page, /<news-dateline[^>]*\shydrate="idle"/);
    assert.doesNotMatch(page, /defer-hydration/);
  });

  test('keeps a body given as the `html` property, as the attribute the browser converts', async () => {
    const story = '<p>The council voted <em>23 to 9</em>.</p>';
    const page = await ssr.renderToString(html`<news-article-body .html=${story}></news-article-body>`);
    assert.match(
      page,
      /<news-article-body\s+html="&lt;p&gt;The council voted &lt;em&gt;23 to 9&lt;\/em&gt;\.&lt;\/p&gt;"/,
    );
    assert.match(page, /\shydrate="visible"/);
  });

  test('renders a relative dateline as an absolute date on the server', async () => {
    const now = Date.now();
    const published = new Date(now - 3 * 3600_000).toISOString();
    const page = await ssr.renderToString(
      html`<news-dateline
        datetime=${published}
        format="relative"
        locale="en-GB"
        time-zone="UTC"
      ></news-dateline>`,
    );
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(published),
    );
    assert.match(stripMarkers(page), new RegExp(`<time[^>]*>\\s*${expected}\\s*</time\\s*>`));
    assert.doesNotMatch(page, /ago/);
  });

  test('renders a teaser list from already-fetched items', async () => {
    const items = ssrStory().related.items;
    const page = squash(
      stripMarkers(
        await ssr.renderToString(
          html`<news-teaser-list heading="More stories" .items=${items}></news-teaser-list>`,
        ),
      ),
    );
    assert.match(page, /More stories/);
    assert.match(page, /Island school gets its first new boat in 30 years/);
    // The messy CMS excerpt arrives clean: no shortcode, no "Read more". (The raw items also
    // travel inside an inert <template data-items>, for hydration; that is not shown.)
    const shown = page.replace(/ data-items="[^"]*"/g, '');
    assert.match(
      shown,
      /Pupils on Geoje crossed to the mainland on Monday in a boat the whole island paid for/,
    );
    assert.doesNotMatch(shown, /\[caption|Read more|&amp;hellip;/);
    assert.match(page, /Three new routes will link the ferry terminal/);
  });

  test('draws a feed list from its fetched items as shown, not loading, with no style attribute', async () => {
    const items = ssrStory().related.items;
    const page = await ssr.renderToString(
      html`<news-teaser-list heading="More stories" src="/feed.json" .items=${items}></news-teaser-list>`,
    );
    assert.match(page, /Island school gets its first new boat in 30 years/);
    assert.doesNotMatch(page, /aria-busy="true"/);
    assert.doesNotMatch(stripMarkers(page), /Loading/);
    // A strict style-src blocks style attributes; the blocks' sizes are set in the browser.
    assert.doesNotMatch(page, /\sstyle=/);
    const waiting = await ssr.renderToString(html`<news-teaser-list src="/feed.json"></news-teaser-list>`);
    assert.match(waiting, /aria-busy="true"/);
  });

  test('renders a front whose "More stories" is a real link to the site’s next page', async () => {
    const page = squash(
      stripMarkers(
        await ssr.renderToString(
          html`<news-teaser-list
              heading="World"
              more
              more-href="/world/page/2/"
              src="/feed.json"
            ></news-teaser-list>
            <news-teaser-list
              heading="Local"
              more
              limit="1"
              .items=${ssrStory().related.items}
            ></news-teaser-list>
            <news-teaser-list heading="Sport" more more-href="javascript:alert(1)"></news-teaser-list>`,
        ),
      ),
    );
    // Without JavaScript the reader follows it; the feed's own next page would be no use to them.
    assert.match(
      page,
      /<a class="button" part="more" href="\/world\/page\/2\/"[^>]*>\s*<slot name="more-label">\s*More stories\s*<\/slot>\s*<\/a>/,
    );
    assert.equal(page.match(/part="more"/g)?.length, 1, 'no link without more-href, nor to a script');
    assert.doesNotMatch(page, /\shref="javascript:/);
  });

  test('de-duplicates the lists of a front in page order, each render on its own', async () => {
    const story = (n) => ({ headline: `Story ${n}`, href: `/stories/${n}/` });
    const front = () =>
      html`<news-teaser-list
          heading="Top"
          limit="2"
          dedupe-group="front"
          .items=${[story(1), story(2), story(3)]}
        ></news-teaser-list>
        <news-teaser-list
          heading="Most read"
          limit="3"
          dedupe="off"
          dedupe-group="front"
          .items=${[story(2), story(1), story(4)]}
        ></news-teaser-list>
        <news-teaser-list
          heading="Latest"
          limit="2"
          more
          more-href="/latest/page/2/"
          dedupe-group="front"
          .items=${[{ ...story(1), href: '/stories/1?utm_source=latest' }, story(2), story(3), story(4), story(5)]}
        ></news-teaser-list>`;
    // Two responses rendered at once must not see each other's stories.
    const pages = await Promise.all([ssr.renderToString(front()), ssr.renderToString(front())]);
    assert.equal(pages[0], pages[1]);
    const lists = stripMarkers(pages[0]).split('</news-teaser-list>');
    const headlines = (list) => [...squash(list).matchAll(/> ?(Story \d) ?</g)].map((m) => m[1]);
    assert.deepEqual(headlines(lists[0]), ['Story 1', 'Story 2']);
    assert.deepEqual(
      headlines(lists[1]),
      ['Story 2', 'Story 1', 'Story 4'],
      'dedupe="off" shows its ranking whole',
    );
    assert.deepEqual(headlines(lists[2]), ['Story 3', 'Story 4'], 'the rest, filled to its limit');
    // Its data, for hydration and "More stories" in place, is what is left after the lists above.
    const data = JSON.parse(lists[2].match(/data-items="([^"]*)"/)[1].replaceAll('&quot;', '"'));
    assert.deepEqual(
      data.map((item) => item.headline),
      ['Story 3', 'Story 4', 'Story 5'],
    );
    assert.match(squash(lists[2]), /<a class="button" part="more" href="\/latest\/page\/2\/"/);
  });

  test('escapes content: markup in attributes and text never becomes markup', async () => {
    const evil = '</template><script>alert(1)</script><style>*{display:none}</style>';
    const page = await ssr.renderToString(
      html`<news-partner-banner name=${evil}></news-partner-banner>
        <p>${evil}</p>`,
    );
    assert.doesNotMatch(page, /<script>/);
    assert.equal(styles(page).length, 1, 'only the shadow root style');
  });

  test('leaves a partner’s name in the page’s language when the banner has no locale', async () => {
    const page = await ssr.renderToString(
      html`<news-partner-banner name="Banque du Port" locale=${undefined}></news-partner-banner>
        <news-partner-banner name="Harbour Bank" locale="en-GB"></news-partner-banner>`,
    );
    const asides = [...page.matchAll(/<aside[^>]*>/g)].map(([tag]) => tag);
    // The server cannot know the page's language: marking the banner English would have a French
    // page's screen reader read "Banque du Port" with an English voice until it hydrates.
    assert.doesNotMatch(asides[0], /lang=/);
    assert.match(asides[1], /lang="en-GB"/);
    // Its own words are English until it hydrates and speaks the page's language.
    assert.match(page, /<span\s+id="label"\s+part="label"\s+lang="en"/);
  });

  test('renders valid content without a single console warning', async () => {
    const warn = mock.method(console, 'warn');
    const error = mock.method(console, 'error');
    await ssr.renderStoryPage(ssrStory());
    assert.deepEqual(
      warn.mock.calls.map((c) => c.arguments.join(' ')),
      [],
    );
    assert.deepEqual(
      error.mock.calls.map((c) => c.arguments.join(' ')),
      [],
    );
  });

  test('renderToStream yields the same HTML', async () => {
    const template = html`<news-dateline datetime="2012-12-14" locale="en-GB"></news-dateline>`;
    let streamed = '';
    for await (const chunk of ssr.renderToStream(template)) streamed += chunk;
    assert.equal(streamed, await ssr.renderToString(template));
  });

  test('installs no global window or document (other server code must not think it is a browser)', () => {
    assert.equal(typeof globalThis.window, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');
  });
});

describe('inline styles under a strict style-src', () => {
  test('a nonce goes on every shadow-root <style> the elements emit', async () => {
    const nonce = 'r4nd0mN0nceV4lue+/==';
    const page = await ssr.renderStoryPage(ssrStory(), { nonce });
    const found = styles(page);
    assert.ok(found.length >= 6);
    for (const { attrs } of found) assert.equal(attrs, ` nonce="${nonce}"`);
  });

  test('a <style> written by the page author does not get the nonce', async () => {
    const page = await ssr.renderToString(
      html`<style>
          p {
            color: red;
          }</style
        ><news-dateline datetime="2012-12-14"></news-dateline>`,
      {
        nonce: 'r4nd0mN0nceV4lue+/==',
      },
    );
    assert.deepEqual(
      styles(page).map((s) => s.attrs),
      ['', ' nonce="r4nd0mN0nceV4lue+/=="'],
    );
  });

  test('rejects a nonce that is not a long base64 value', () => {
    for (const nonce of ['short', '"><script>alert(1)</script>', 'has spaces in it, sixteen+', 42]) {
      assert.throws(() => ssr.renderToString(html``, { nonce }), TypeError, String(nonce));
    }
  });

  test('styleHashes() allows every inline style of a full story page, and nothing else is needed', async () => {
    const hashes = new Set(ssr.styleHashes());
    const page = await ssr.renderStoryPage(ssrStory());
    const found = styles(page);
    assert.ok(found.length >= 6);
    for (const { text } of found) assert.ok(hashes.has(hash(text)), `hash of <style>${text.slice(0, 60)}…`);
    // One hash per element class plus the body typography: the header stays short.
    assert.ok(hashes.size <= ssr.tagNames.length + 1);
  });

  test("documentStyles() carries the body typography and the article's and notices' page rules, readable without JavaScript", () => {
    const style = ssr.documentStyles();
    assert.match(style, /^<style>[\s\S]*:where\(news-article-body\)[\s\S]*<\/style>$/);
    // The header's links in the text's colour; a notice's text without outer margins.
    assert.match(style, /news-article > a\[href\]\[slot\]/);
    assert.match(style, /:where\(news-notice\) > :first-child/);
    assert.ok(ssr.styleHashes().includes(hash(style.slice(7, -8))));
  });
});

describe('renderStoryPage', () => {
  test('gives its scripts the nonce, which a nonce-based script-src asks for', async () => {
    const nonce = 'r4nd0mN0nceV4lue+/==';
    const page = await ssr.renderStoryPage(ssrStory(), { nonce, scripts: ['/hydrate.js'] });
    assert.match(page, /<script type="module" nonce="r4nd0mN0nceV4lue\+\/==" src="\/hydrate.js"><\/script>/);
    const unsigned = await ssr.renderStoryPage(ssrStory(), { scripts: ['/hydrate.js'] });
    assert.match(unsigned, /<script type="module" src="\/hydrate.js"><\/script>/);
  });

  test('writes a complete document: language, title, description, canonical, JSON-LD, scripts', async () => {
    const page = await ssr.renderStoryPage(ssrStory({ locale: 'ko' }), {
      scripts: ['/assets/news-elements-hydrate.js'],
      stylesheets: ['/assets/themes/light.css'],
    });
    assert.match(page, /^<!doctype html>\n<html lang="ko">/);
    assert.match(page, /<title>항구 도시, 마지막 여객선 노선 유지 결정<\/title>/);
    assert.match(page, /<meta name="description" content="시의회는/);
    assert.match(
      page,
      /<link rel="canonical" href="https:\/\/news.example.com\/2024\/05\/harbour-ferry-vote">/,
    );
    assert.match(page, /<link rel="stylesheet" href="\/assets\/themes\/light.css">/);
    assert.match(page, /<script type="module" src="\/assets\/news-elements-hydrate.js"><\/script>\n<\/head>/);
    const [, json] = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page);
    assert.equal(JSON.parse(json).headline, '항구 도시, 마지막 여객선 노선 유지 결정');
    // The article's slots are all there.
    for (const slot of [
      'kicker',
      'headline',
      'standfirst',
      'byline',
      'dateline',
      'lead',
      'partner',
      'related',
    ]) {
      assert.match(page, new RegExp(`slot="${slot}"`), slot);
    }
    assert.match(squash(stripMarkers(page)), /제휴 파트너/);
  });

  test('sets Arabic pages right to left', async () => {
    const page = await ssr.renderStoryPage({ ...ssrStory(), locale: 'ar' });
    assert.match(page, /<html lang="ar" dir="rtl">/);
  });

  test('escapes hostile story text in the head and the body', async () => {
    const hostile = '</title><script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const page = await ssr.renderStoryPage({
      ...ssrStory(),
      headline: hostile,
      standfirst: hostile,
      body: [hostile],
    });
    assert.doesNotMatch(page, /<script>alert|<img src=x/);
    assert.match(
      page,
      /<title>&lt;\/title&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;&gt;&lt;img src=x onerror=alert\(2\)&gt;<\/title>/,
    );
  });

  test('draws the byline from the authors, linked, with their names as its text for what reads no shadow DOM', async () => {
    const page = await ssr.renderStoryPage(ssrStory({ locale: 'en-GB' }));
    const [byline] = /<news-byline\s[^>]*slot="byline"[\s\S]*?<\/news-byline\s*>/.exec(page);
    assert.match(byline, /locale="en-GB"/);
    assert.match(
      byline,
      /<a[^>]*href="\/staff\/min-ji-park"[^>]*rel="author"|<a[^>]*rel="author"[^>]*href="\/staff\/min-ji-park"/,
    );
    // The light DOM after the shadow root: the byline as text.
    assert.match(
      squash(stripMarkers(byline.replace(/<template[\s\S]*<\/template>/, ''))),
      /By Min-ji Park and Omar Haddad/,
    );
  });

  test("prints the reading time it counts from the paragraphs, in the story's language", async () => {
    // 120 words: one minute.
    const english = await ssr.renderStoryPage({ ...ssrStory(), readingTime: true });
    assert.match(english, /<news-article[^>]*reading-time="1"/);
    assert.match(squash(stripMarkers(english)), /1 min read/);
    const body = Array.from({ length: 100 }, () => 'Le conseil a voté mardi.');
    const french = await ssr.renderStoryPage({ ...ssrStory({ locale: 'fr' }), body, readingTime: true });
    // 500 words: 2.1 minutes at 238 a minute.
    assert.match(stripMarkers(french), /3\u00a0min de lecture/);
    assert.match(french, /<news-article\b[^>]*\shydrate="never"/);
    const given = await ssr.renderStoryPage({ ...ssrStory(), readingTime: 7 });
    // "min" for every count, as papers print it (Intl's en-GB short unit would say "7 mins").
    assert.match(squash(stripMarkers(given)), /7 min read/);
    // A body the server cannot read (a template) is counted in the browser.
    const counted = await ssr.renderStoryPage({
      ...ssrStory(),
      body: html`<p>Trusted markup.</p>`,
      readingTime: true,
    });
    assert.match(counted, /<news-article[^>]*\sreading-time[\s>]/);
    assert.match(counted, /<news-article\b[^>]*\shydrate="idle"/);
  });

  test('prints a correction after the story, linked from "Corrected" in the dateline, and in the JSON-LD', async () => {
    const said = 'An earlier version of this article gave the vote as 23 to 7. It was 23 to 9.';
    const page = await ssr.renderStoryPage({
      ...ssrStory({ locale: 'en-GB', format: 'long' }),
      updated: new Date().toISOString(),
      corrections: [{ text: said, datetime: '2024-05-15T10:00:00Z' }],
    });
    const [notice] = /<news-notice\b[^>]*id="correction-1"[\s\S]*?<\/news-notice\s*>/.exec(page);
    assert.match(squash(stripMarkers(notice)), new RegExp(`Correction.*15 May 2024.*${said}`));
    assert.ok(page.indexOf(notice) > page.indexOf('</news-article-body'), 'after the story');
    const [dateline] = /<news-dateline\b[\s\S]*?<\/news-dateline\s*>/.exec(page);
    assert.match(dateline, /<a[^>]*href="#correction-1"/);
    assert.match(squash(stripMarkers(dateline)), /Corrected/);
    const [, json] = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page);
    assert.deepEqual(JSON.parse(json).correction, [
      { '@type': 'CorrectionComment', text: said, datePublished: '2024-05-15T10:00:00Z' },
    ]);
  });

  test('keeps no room for pictures in a related list none of whose stories has one, as the browser draws it', async () => {
    // The list's own <ul>, in its shadow root: the server cannot see the written teasers after it.
    const listClass = (page) => /<news-teaser-list\b[\s\S]*?<ul\s+class="([^"]*)"/.exec(page)[1];
    const story = ssrStory();
    const bare = story.related.items.map((item) => ({ ...item, image: undefined }));
    const textOnly = await ssr.renderStoryPage({ ...story, related: { ...story.related, items: bare } });
    assert.equal(listClass(textOnly).trim(), 'items list unpictured');
    // The fixture's first related story has a picture: the column for it stays.
    assert.equal(listClass(await ssr.renderStoryPage(story)).trim(), 'items list');
  });

  test('asks for the age notice, which the server leaves to the browser', async () => {
    const plain = await ssr.renderStoryPage(ssrStory());
    assert.doesNotMatch(plain, /<news-notice/);
    const asked = await ssr.renderStoryPage({ ...ssrStory(), ageNotice: 'P2Y' });
    assert.match(asked, /<news-notice\b[^>]*type="age"[^>]*min-age="P2Y"[^>]*hydrate="idle"/);
    assert.ok(asked.indexOf('type="age"') < asked.indexOf('<news-article-body'), 'before the story');
  });

  test('never shows "undefined", "null", "NaN" or "Invalid Date" for a story with only a headline', async () => {
    const warn = mock.method(console, 'warn', () => {});
    const page = await ssr.renderStoryPage({ headline: 'Ferry vote', body: [] });
    const text = stripMarkers(page).replace(/<style[\s\S]*?<\/style>/g, '');
    assert.doesNotMatch(text, /undefined|null|NaN|Invalid Date|\[object Object\]/);
    assert.ok(warn.mock.callCount() <= 2);
  });
});

describe('hydration rules (the `hydrate` attribute islands read)', () => {
  const rule = (page, tag) => new RegExp(`<${tag}\\b[^>]*\\shydrate="(\\w+)"`).exec(page)?.[1];
  const hour = '2024-03-12T09:30:00Z';
  const cases = [
    [
      'a figure without zoom, its caption written',
      html`<news-figure src="/a.jpg" alt="" width="8" height="4" caption="The pier"></news-figure>`,
      'never',
    ],
    [
      'a figure without caption or credit (one may be slotted: the browser gives it its room)',
      html`<news-figure src="/a.jpg" alt="" width="8" height="4"></news-figure>`,
      'idle',
    ],
    ['a zoomable figure', html`<news-figure src="/a.jpg" alt="" zoomable></news-figure>`, 'visible'],
    [
      'a partner banner named in a language of its own',
      html`<news-partner-banner name="Harbour Bank" locale="en-GB"></news-partner-banner>`,
      'never',
    ],
    [
      'a partner banner with one logo (redrawn in the browser for a dark page)',
      html`<news-partner-banner name="Harbour Bank" logo-src="/l.svg" locale="en-GB"></news-partner-banner>`,
      'idle',
    ],
    [
      'a figure cropped to a ratio (the crop is set in the browser)',
      html`<news-figure
        src="/a.jpg"
        alt=""
        caption="The pier"
        locale="en-GB"
        aspect-ratio="1/1"
      ></news-figure>`,
      'idle',
    ],
    [
      'a figure with a focal point',
      html`<news-figure
        src="/a.jpg"
        alt=""
        width="8"
        height="4"
        caption="The pier"
        focal-point="70% 40%"
      ></news-figure>`,
      'idle',
    ],
    [
      'an undated teaser with an author, in the page’s language ("By")',
      html`<news-teaser headline="Ferry vote" author="Marie Dupont"></news-teaser>`,
      'idle',
    ],
    [
      'an undated sponsored teaser, in the page’s language ("Sponsored")',
      html`<news-teaser headline="Ferry vote" sponsored></news-teaser>`,
      'idle',
    ],
    [
      'an undated teaser with an author, in a language of its own',
      html`<news-teaser headline="Ferry vote" author="Marie Dupont" locale="fr"></news-teaser>`,
      'never',
    ],
    [
      'a teaser whose picture is cropped around a focal point',
      html`<news-teaser
        headline="Ferry vote"
        image-src="/a.jpg"
        focal-point="70% 40%"
        locale="fr"
      ></news-teaser>`,
      'idle',
    ],
    [
      'a relative teaser with an author in the page’s language (its time ticks)',
      html`<news-teaser
        headline="Ferry vote"
        author="Marie Dupont"
        datetime=${hour}
        format="relative"
      ></news-teaser>`,
      'visible',
    ],
    [
      'a list of undated stories by an author, in the page’s language',
      html`<news-teaser-list
        .items=${[{ headline: 'Ferry vote', author: ['Marie Dupont'] }]}
      ></news-teaser-list>`,
      'idle',
    ],
    [
      'a list of undated stories, one cropped around a focal point',
      html`<news-teaser-list
        locale="fr"
        .items=${[{ headline: 'Ferry vote', image: '/a.jpg', focalPoint: '70% 40%' }]}
      ></news-teaser-list>`,
      'idle',
    ],
    [
      'a partner banner in the page’s language (its label is worded in it)',
      html`<news-partner-banner name="Harbour Bank" logo-src="/l.svg"></news-partner-banner>`,
      'idle',
    ],
    [
      'a partner banner of slotted partners (their links get `rel` in the browser)',
      html`<news-partner-banner variant="paid" locale="en-GB"
        ><a href="https://bank.example/"><img src="/l.svg" alt="Harbour Bank" /></a
      ></news-partner-banner>`,
      'idle',
    ],
    [
      'a figure with a credit, in the page’s language (its hidden "Photograph:")',
      html`<news-figure src="/a.jpg" alt="" width="8" height="4" credit="Min-ji Park"></news-figure>`,
      'idle',
    ],
    [
      'a figure with a credit in a language of its own',
      html`<news-figure
        src="/a.jpg"
        alt=""
        width="8"
        height="4"
        credit="Min-ji Park"
        locale="en-GB"
      ></news-figure>`,
      'never',
    ],
    [
      'a partner banner with a dark logo (the page’s scheme decides)',
      html`<news-partner-banner
        name="Harbour Bank"
        logo-src="/l.svg"
        logo-src-dark="/d.svg"
      ></news-partner-banner>`,
      'idle',
    ],
    [
      'a teaser marked as opinion, in its own language',
      html`<news-teaser headline="Why the ferry matters" label-kind="opinion" locale="en-GB"></news-teaser>`,
      'never',
    ],
    [
      'a video teaser in the page’s language (only the browser knows it)',
      html`<news-teaser headline="Storm footage" media="video" duration="PT3M20S"></news-teaser>`,
      'idle',
    ],
    [
      'a list with "More stories" and the site’s next page as a link (which works meanwhile)',
      html`<news-teaser-list
        more
        more-href="/world/page/2/"
        locale="en-GB"
        .items=${[{ headline: 'Night buses', href: '/buses' }]}
      ></news-teaser-list>`,
      'idle',
    ],
    [
      'a ranked list updated at 14:05 (in the reader’s time zone)',
      html`<news-teaser-list
        layout="ranked"
        locale="en-GB"
        updated="2024-08-04T14:05:00Z"
        .items=${[{ headline: 'Night buses', href: '/buses' }]}
      ></news-teaser-list>`,
      'idle',
    ],
    [
      'a body written as markup',
      html`<news-article-body><p>The council voted.</p></news-article-body>`,
      'never',
    ],
    [
      'a body from html',
      html`<news-article-body html="<p>The council voted.</p>"></news-article-body>`,
      'visible',
    ],
    [
      'a relative dateline',
      html`<news-dateline datetime=${hour} format="relative" locale="en-GB" time-zone="UTC"></news-dateline>`,
      'visible',
    ],
    [
      'a dateline with language and zone fixed',
      html`<news-dateline datetime=${hour} locale="en-GB" time-zone="Europe/London"></news-dateline>`,
      'never',
    ],
    [
      'a dateline in the reader’s zone',
      html`<news-dateline datetime=${hour} locale="en-GB"></news-dateline>`,
      'idle',
    ],
    ['a dateline with no date', html`<news-dateline>Tuesday</news-dateline>`, 'never'],
    [
      'a teaser with a relative date',
      html`<news-teaser headline="Ferry vote" datetime=${hour} format="relative"></news-teaser>`,
      'visible',
    ],
    [
      'a teaser without a date',
      html`<news-teaser headline="Ferry vote" href="/ferry"></news-teaser>`,
      'never',
    ],
    ['a feed list', html`<news-teaser-list heading="Latest" src="/feed.json"></news-teaser-list>`, 'visible'],
    [
      'a list of written teasers (their list roles and limit come from the list)',
      html`<news-teaser-list heading="More"></news-teaser-list>`,
      'idle',
    ],
    [
      'a list from items without dates',
      html`<news-teaser-list
        locale="en-GB"
        .items=${[{ headline: 'Ferry vote', href: '/ferry' }]}
      ></news-teaser-list>`,
      'never',
    ],
    [
      'a list from items with dates in the reader’s zone',
      html`<news-teaser-list .items=${[{ headline: 'Ferry vote', datetime: hour }]}></news-teaser-list>`,
      'idle',
    ],
    // A teaser and a list's story from items ask the same question: does it word anything itself?
    [
      'a teaser with a media mark, in the reader’s language',
      html`<news-teaser headline="Ferry vote" media="video" duration="PT3M20S"></news-teaser>`,
      'idle',
    ],
    [
      'a teaser with a media mark in a language of its own',
      html`<news-teaser headline="Ferry vote" media="video" duration="PT3M20S" locale="en-GB"></news-teaser>`,
      'never',
    ],
    [
      'a list from items with related links, in the reader’s language',
      html`<news-teaser-list
        .items=${[{ headline: 'Ferry vote', related: [{ headline: 'Timetable', href: '/t' }] }]}
      ></news-teaser-list>`,
      'idle',
    ],
    [
      'a list from items whose badge is blank (nothing to word, as for a teaser)',
      html`<news-teaser-list .items=${[{ headline: 'Ferry vote', labelKind: ' ' }]}></news-teaser-list>`,
      'never',
    ],
    ['the article shell', html`<news-article><h1 slot="headline">Ferry vote</h1></news-article>`, 'never'],
    [
      'the article shell writing its JSON-LD (in the browser, from what its elements show)',
      html`<news-article structured-data><h1 slot="headline">Ferry vote</h1></news-article>`,
      'idle',
    ],
    [
      'a dateline relative while recent (format="auto")',
      html`<news-dateline datetime=${hour} format="auto" locale="en-GB" time-zone="UTC"></news-dateline>`,
      'visible',
    ],
    [
      'a list of items relative while recent',
      html`<news-teaser-list
        format="auto"
        locale="en-GB"
        .items=${[{ headline: 'Ferry vote', datetime: hour }]}
      ></news-teaser-list>`,
      'visible',
    ],
    [
      'a byline from data, in a language of its own (drawn whole by the server)',
      html`<news-byline locale="en-GB" .authors=${['Amina Yusuf', 'Joanna Mwangi']}></news-byline>`,
      'never',
    ],
    [
      'a byline from data in the page’s language',
      html`<news-byline .authors=${['Amina Yusuf']}></news-byline>`,
      'idle',
    ],
    [
      'a byline written as markup (the server cannot see it)',
      html`<news-byline>By <a href="/amina">Amina Yusuf</a></news-byline>`,
      'idle',
    ],
    [
      'a rule the template wrote',
      html`<news-figure src="/a.jpg" alt="" zoomable hydrate="interaction"></news-figure>`,
      'interaction',
    ],
  ];
  for (const [what, template, expected] of cases) {
    test(`${what}: ${expected}`, async () => {
      const page = await ssr.renderToString(template);
      const tag = /<(news-[\w-]+)/.exec(page)[1];
      assert.equal(rule(page, tag), expected);
      assert.equal(page.match(/\shydrate=/g).length, 1, 'one rule, on the top-level element only');
    });
  }

  test("islands: the page's own Lit components are not deferred (no loader of ours wakes them)", async () => {
    const { LitElement } = await import('lit');
    globalThis.customElements.define(
      'site-masthead',
      class extends LitElement {
        render() {
          return html`<header><slot></slot><news-dateline datetime="2024-03-12"></news-dateline></header>`;
        }
      },
    );
    const page = await ssr.renderToString(
      html`<site-masthead><p>The Harbour Times</p></site-masthead>
        <news-figure src="/a.jpg" alt="" width="8" height="4" caption="The pier"></news-figure>`,
      { islands: true },
    );
    const opening = (tag) => new RegExp(`<${tag}\\b[^>]*>`).exec(page)?.[0] ?? '';
    assert.doesNotMatch(opening('site-masthead'), /defer-hydration|hydrate=/);
    assert.match(opening('news-figure'), /\shydrate="never"[^>]*\sdefer-hydration/);
    // Ours inside the component's shadow root wait for their host, as Lit has them do.
    assert.match(opening('news-dateline'), /\sdefer-hydration/);
    assert.doesNotMatch(opening('news-dateline'), /\shydrate=/);
  });

  test('islands: every element waits with defer-hydration; without, none does', async () => {
    const story = ssrStory({ locale: 'en-GB', format: 'relative' });
    const islands = await ssr.renderStoryPage(story, { islands: true });
    const tops = [...islands.matchAll(/<(news-[\w-]+)\b([^>]*)>/g)].filter(([, , attrs]) =>
      /\shydrate=/.test(attrs),
    );
    assert.deepEqual(
      tops.map(([, tag, attrs]) => [tag, rule(`<${tag}${attrs}>`, tag), /\sdefer-hydration\b/.test(attrs)]),
      [
        ['news-article', 'never', true],
        ['news-byline', 'never', true],
        ['news-dateline', 'visible', true],
        ['news-figure', 'never', true],
        ['news-article-body', 'never', true],
        ['news-partner-banner', 'idle', true],
        ['news-teaser-list', 'idle', true],
        ['news-teaser', 'idle', true],
        ['news-teaser', 'idle', true],
      ],
    );
    const plain = await ssr.renderStoryPage(story);
    assert.match(plain, /<news-dateline\b[^>]*\shydrate="visible"/);
    assert.doesNotMatch(plain.replace(/<template[\s\S]*?<\/template>/g, ''), /defer-hydration/);
  });
});
