// Pathological CMS text (issue #16): how long the elements take to show each input, or to cut it,
// from setting the property to the element's finished render, in the built single file. Each input
// is timed RUNS times in a fresh page (the on-demand code it needs fetched beforehand, so the
// figure is the work, not the network); medians and ranges. Run alone with `node bench/text.mjs`
// (after `npm run build`), or as part of `npm run bench`.
/* global document, window */
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowsers } from '../scripts/browsers.mjs';
import { startServer } from './server.mjs';
import { summary } from './stats.mjs';

const caption = (width) =>
  `[caption id="attachment_12" align="alignleft" width="${width}"]<img src="/stories/assets/harbour-800x800.jpg" alt="Boats at the quay" width="${width}" height="${width}"> Boats at the quay[/caption]\n\nThe harbour reopened on Monday after three days of storms.\n\n`;

const body = (length) =>
  caption(220)
    .repeat(Math.ceil(length / caption(220).length))
    .slice(0, length);
const count = (text) => (text.match(/\[caption /g) ?? []).length.toLocaleString('en');
const mb = (text) => `${+(text.length / 1e6).toPrecision(2)} MB`;

// The body at a quarter, half and all of 1 MB: whether its time grows with it and no faster.
const BODIES = [250_000, 500_000, 1_000_000]
  .map(body)
  .map((text) => [
    `${mb(text)} of WordPress text, ${count(text)} [caption] blocks with their images, as a body`,
    'news-article-body',
    'html',
    text,
  ]);

/** [what, element, property, value]: the inputs #16 names. */
export const INPUTS = [
  ...BODIES,
  [
    `14,000 [caption] blocks (${mb(caption(600).repeat(14_000))}), as an excerpt`,
    'news-teaser',
    'excerpt',
    caption(600).repeat(14_000),
  ],
  ["'[a ' 50,000 times, as a body", 'news-article-body', 'html', '[a '.repeat(50_000)],
  ["'[a ' 50,000 times, as an excerpt", 'news-teaser', 'excerpt', '[a '.repeat(50_000)],
  [
    `a ${mb('Harbour dredging to resume '.repeat(37_000))} headline`,
    'news-teaser',
    'headline',
    'Harbour dredging to resume '.repeat(37_000),
  ],
];

/** Times each input in `browser` against the bench server at `origin`: `{ what, ms: summary }[]`. */
export async function pathologicalText(browser, origin, runs = 5) {
  const results = [];
  for (const [what, tag, property, value] of INPUTS) {
    const ms = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      // A page of the bench server's origin, so that its module script may load.
      await page.goto(`${origin}/bench/story-plain.html`);
      await page.setContent(
        `<!doctype html><html lang="en-GB"><head><link rel="stylesheet" href="${origin}/dist/themes/light.css">` +
          `<script type="module" src="${origin}/dist/news-elements.js"></script></head><body></body></html>`,
      );
      ms.push(
        await page.evaluate(
          async ([tag, property, value]) => {
            await window.customElements.whenDefined(tag);
            // Its on-demand code first (the sanitiser, shortcodes, excerpt cleaning): not timed.
            const warm = document.createElement(tag);
            Object.assign(warm, {
              headline: 'Warm',
              href: '/',
              [property]: '<p>[caption]x[/caption] a &amp; b</p>',
            });
            document.body.append(warm);
            await warm.updateComplete;
            await new Promise((resolve) => setTimeout(resolve, 100));
            await warm.updateComplete;
            warm.remove();
            const el = document.createElement(tag);
            Object.assign(el, { headline: 'Ferry fares frozen', href: '/ferry' });
            document.body.append(el);
            await el.updateComplete;
            const start = performance.now();
            el[property] = value;
            // A body's updateComplete waits for its sanitised content to be in place.
            await el.updateComplete;
            // Laid out too: the reader sees it.
            document.body.getBoundingClientRect();
            return performance.now() - start;
          },
          [tag, property, value],
        ),
      );
      await page.close();
    }
    results.push({ what, ms: summary(ms, 0) });
  }
  return results;
}

/** One result as a row of the README's table. */
export const textRow = ({ what, ms }) => `| ${what} | ${ms.median} ms [${ms.range[0]}–${ms.range[1]}] |`;

/** How the body's time grows: each size's median over the one before (2 is linear). */
export const bodyGrowth = (results) =>
  `The body's time, each size over the one before (sizes double; 2 is linear): ${results
    .slice(1, BODIES.length)
    .map((result, i) => (result.ms.median / results[i].ms.median).toFixed(2))
    .join(', ')}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin, close } = await startServer(new URL('..', import.meta.url).pathname);
  const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: chromiumArgs });
  const results = await pathologicalText(browser, origin);
  for (const result of results) console.log(textRow(result));
  console.log(bodyGrowth(results));
  await browser.close();
  close();
}
