// First content over a phone's network. Every other part of the benchmark serves the pages from
// this machine, where a request costs next to nothing; here Chromium's network emulation gives each
// request Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbit/s down, 0.75 up), so what
// counts is how many round trips stand between the page and its content. Fresh pages at 390 px:
//   - the story page and the front against their plain HTML, ready as in the render table, and the
//     story's first and largest contentful paints (the front's lists have nothing to paint before
//     their script: its paints would be its masthead's);
//   - a list and a live blog from feeds (the real captures in test/fixtures): when the list's first
//     story and the blog's first post are drawn, and when that post's text is.
// Medians and ranges. Part of `npm run bench` (`--no-network` skips it); alone, after a build:
//   node bench/network.mjs [--runs=5]
/* global document, window, requestAnimationFrame -- used inside page.evaluate(), which runs in the browser */
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowsers } from '../scripts/browsers.mjs';
import { startServer } from './server.mjs';
import { summary } from './stats.mjs';

export const THROTTLING = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** The page's first contentful paint and its largest contentful paint so far, as the browser reports them. */
function paints() {
  return new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      resolve({ fcp, lcp: list.getEntries().at(-1)?.startTime });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/**
 * When the page says it is ready (bench/pages/ready-*.js), with its first and largest contentful
 * paints, or, on the feeds page, when each feed's content is drawn.
 */
async function firstContent(tab, page) {
  if (page !== 'feeds-components') {
    await tab.waitForFunction(() => window.__ready, null, { timeout: 60_000 });
    return { ready: await tab.evaluate(() => window.__ready), ...(await tab.evaluate(paints)) };
  }
  return tab.evaluate(async () => {
    const shown = (selector, inside) => document.querySelector(selector)?.shadowRoot?.querySelector(inside);
    const at = {};
    // (A page that never draws one is reported without it after 20 s, and counted as a miss.)
    while ((!at.story || !at.post || !at.text) && performance.now() < 20_000) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (!at.story && shown('news-teaser-list', 'news-teaser:not([skeleton])')) at.story = performance.now();
      if (!at.post && shown('news-live-blog', '.posts > news-live-post')) at.post = performance.now();
      if (!at.text && shown('news-live-blog', '.posts > news-live-post:first-of-type > news-article-body p'))
        at.text = performance.now();
    }
    return at;
  });
}

/** Each page loaded `runs` times (interleaved) under THROTTLING: the medians of what firstContent reports. */
export async function overNetwork(
  browser,
  origin,
  runs = 5,
  pages = ['story-components', 'story-plain', 'front-components', 'front-plain', 'feeds-components'],
) {
  const times = {};
  // Loads that never drew a thing within 20 s: counted, so that a median of fewer loads says so.
  const missed = {};
  for (let run = 0; run < runs + 1; run++) {
    for (const page of pages) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', THROTTLING);
      await tab.goto(`${origin}/bench/${page}.html`, { waitUntil: 'commit' });
      const result = await firstContent(tab, page);
      await context.close();
      // The first round warms the server and the disk: not counted.
      if (!run) continue;
      for (const what of page === 'feeds-components' ? ['story', 'post', 'text'] : Object.keys(result)) {
        const key = `${page} ${what}`;
        if (result[what] === undefined) missed[key] = (missed[key] ?? 0) + 1;
        else (times[key] ??= []).push(result[what]);
      }
    }
  }
  return Object.fromEntries(
    [...new Set([...Object.keys(times), ...Object.keys(missed)])].map((key) => [
      key,
      { ...(times[key] && summary(times[key], 0)), missed: missed[key] ?? 0 },
    ]),
  );
}

/** The results as a Markdown table. */
export function networkRows(times) {
  const ms = (key) => {
    const { median, range, missed = 0 } = times[key] ?? {};
    const misses = missed ? `${missed} load${missed > 1 ? 's' : ''} not drawn in 20 s` : '';
    if (median === undefined) return misses || 'not measured';
    return `${median} ms [${range[0]}–${range[1]}]${misses && ` (${misses}, not in the median)`}`;
  };
  return [
    '| What | Components | Plain HTML |',
    '| --- | --- | --- |',
    `| Story page: first contentful paint | ${ms('story-components fcp')} | ${ms('story-plain fcp')} |`,
    `| Story page: largest contentful paint | ${ms('story-components lcp')} | ${ms('story-plain lcp')} |`,
    `| Story page ready | ${ms('story-components ready')} | ${ms('story-plain ready')} |`,
    `| Front page (5 lists × 20 teasers from data) ready | ${ms('front-components ready')} | ${ms('front-plain ready')} |`,
    `| A list from a feed (\`src\`): its first story drawn | ${ms('feeds-components story')} | — |`,
    `| A live blog from a feed (\`src\`): its first post drawn | ${ms('feeds-components post')} | — |`,
    `| A live blog from a feed (\`src\`): its first post's text drawn | ${ms('feeds-components text')} | — |`,
  ].join('\n');
}

export const networkCaption = (runs) =>
  `Over a phone's network (Lighthouse's mobile throttling: 150 ms round trip, 1.6 Mbit/s down), 390 px, median [range] of ${runs} loads`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
  const { origin, close } = await startServer(new URL('..', import.meta.url).pathname);
  const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: chromiumArgs });
  const times = await overNetwork(browser, origin, runs);
  await browser.close();
  close();
  console.log(`${networkCaption(runs)}\n${networkRows(times)}`);
}
