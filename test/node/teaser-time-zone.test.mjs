// A teaser's and a teaser list's `time-zone` on the server (news-elements/ssr in Node): the zone's
// date is printed before any script, and the story page's related stories take its dateline's zone.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from '../support/ssr-bundle.mjs';
import { ssrStory } from '../fixtures/ssr-story.mjs';

const { html } = await import('lit');
let ssr;
before(async () => {
  ssr = await loadSource('ssr');
});

const stripMarkers = (page) => page.replace(/<!--\/?lit-(part|node)[^>]*-->|<\?>/g, '');
/** The text of every teaser's `<time part="time">`, in order. */
const dates = (page) =>
  [...stripMarkers(page).matchAll(/<time\s+part="time"[^>]*>([\s\S]*?)<\/time\s*>/g)].map(([, text]) =>
    text.trim(),
  );
const rule = (page, tag) => new RegExp(`<${tag}\\b[^>]*\\shydrate="(\\w+)"`).exec(page)?.[1];

// 02:30 on 11 March in Seoul; 10 March on this server's clock (UTC) and west of it.
const at = '2026-03-10T17:30:00Z';

describe('time-zone on the server', () => {
  test("a list from items prints its stories' dates in its zone", async () => {
    const items = [{ headline: 'Han River ferries return', href: '/ferries', datetime: at }];
    const list = (zone) =>
      ssr.renderToString(
        html`<news-teaser-list locale="en-GB" time-zone=${zone} .items=${items}></news-teaser-list>`,
      );
    assert.deepEqual(dates(await list('Asia/Seoul')), ['11 March 2026']);
    assert.deepEqual(dates(await list('America/New_York')), ['10 March 2026']);
  });

  test("the story page's related stories take the zone of its dateline", async () => {
    const story = ssrStory({ format: 'long' });
    const night = story.related.items.find((item) => item.datetime === '2024-05-10T17:30:00Z');
    assert.ok(night, 'a related story published at 17:30 UTC, after midnight in Seoul');
    const page = await ssr.renderStoryPage(story, { timeZone: 'Asia/Seoul' });
    assert.ok(dates(page).includes('11 May 2024'), dates(page).join(', '));
    assert.ok(!dates(page).includes('10 May 2024'), dates(page).join(', '));
    // A feed-driven list draws its stories from the items itself.
    story.related.src = '/feed.json';
    const fed = await ssr.renderStoryPage(story, { timeZone: 'Asia/Seoul' });
    assert.match(fed, /<news-teaser-list\b[^>]*\stime-zone="Asia\/Seoul"/);
    assert.ok(dates(fed).includes('11 May 2024'), dates(fed).join(', '));
  });

  const cases = [
    [
      'a dated teaser with its language and zone (final as the server prints it)',
      html`<news-teaser
        headline="Ferry vote"
        datetime=${at}
        locale="en-GB"
        time-zone="Asia/Seoul"
      ></news-teaser>`,
      'never',
    ],
    [
      'a dated teaser in the reader’s zone',
      html`<news-teaser headline="Ferry vote" datetime=${at} locale="en-GB"></news-teaser>`,
      'idle',
    ],
    [
      'a list of dated items with its language and zone',
      html`<news-teaser-list
        locale="en-GB"
        time-zone="Asia/Seoul"
        .items=${[{ headline: 'Ferry vote', datetime: at }]}
      ></news-teaser-list>`,
      'never',
    ],
  ];
  for (const [what, template, expected] of cases)
    test(`hydrate: ${what}: ${expected}`, async () => {
      const page = await ssr.renderToString(template);
      assert.equal(rule(page, /<(news-[\w-]+)/.exec(page)[1]), expected);
    });
});
