// First paint without waiting for JavaScript (issue #24), measured on the built files in dist/:
//   1. Cumulative Layout Shift of the README's "Embed it in 30 seconds" page (one script and
//      themes/light.css, no preload.css), as written and filled with the story page's content,
//      with a live blog written as markup and with a page of figures, on a desktop and a phone,
//      with images slow and with the script late.
//   2. The server-rendered story page (dist/ssr) with islands (dist/news-elements-islands.js) and
//      with today's hydrating file: the bytes fetched and the main thread's script time before the
//      reader's first interaction, and when its dateline turns relative (its script has run), on a
//      desktop, a phone, and a phone over its network (Lighthouse's mobile throttling).
// `npm run bench` runs it (bench/run.mjs); alone: `node bench/first-paint.mjs` after `npm run build`
// (NEWS_BENCH_DIST=dir measures another build; NEWS_FIRST_PAINT_SKIP_CLS=1 skips part 1). It
// reports; it gates nothing.
/* global document, window, requestAnimationFrame -- used inside evaluate(), which runs in the browser */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { layoutShift } from './cls.mjs';
import { median, round } from './stats.mjs';
import { THROTTLING } from './network.mjs';
import { pages } from './pages.mjs';

const A = '/stories/assets';
const root = resolve(import.meta.dirname, '..');
const PROBE = '<script type="module" src="/bench/pages/ready-components.js"></script>';

// The README's page, word for word, with the benchmark's probe (window.__ready) after the script.
const embed = (body) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <script type="module" src="/dist/news-elements.js"></script>
    <link rel="stylesheet" href="/dist/themes/light.css" />
    ${PROBE}
  </head>
  <body>
${body}
  </body>
</html>
`;

const figures = [
  [
    'city-1600x900.jpg',
    1600,
    900,
    'Cranes over the harbour at dusk',
    'The container terminal at Port Ellen.',
  ],
  [
    'market-1200x1600.jpg',
    1200,
    1600,
    'Oysters at the Saturday market',
    'Growers say the harvest has halved.',
  ],
  ['harbour-800x800.jpg', 800, 800, 'The north pier', 'The pier the ferry leaves from.'],
  ['weightlifter-1200x800.jpg', 1200, 800, 'Eilidh Bell lifts in Glasgow', 'Eilidh Bell in Glasgow.'],
  ['city-800x450.jpg', 800, 450, 'Charlotte Street from the hill', 'Where the 120 homes would go.'],
];

const minutesAgo = (minutes) => new Date(Date.now() - minutes * 60_000).toISOString();
const liveBlogPosts = [
  [
    5,
    'headline="First seat declared in Riverside North" author="Tomás Herrera" key-event',
    'The governing party holds the seat with a reduced majority of 2,140.',
  ],
  [
    31,
    'author="Joanna Mwangi"',
    'Turnout in the northern districts is running at 71%, officials say, up six points on the last election.',
  ],
  [
    62,
    'headline="Exit poll points to a hung parliament" author="Amina Yusuf" key-event',
    'No party is within 20 seats of a majority, the broadcasters’ exit poll suggests.',
  ],
  [95, '', 'Polls have closed across the country. Counting has begun in Sunderland.'],
  [
    240,
    'pinned headline="Welcome to our coverage of election night" author="Amina Yusuf"',
    'Polls close at 22:00.',
  ],
]
  .map(
    ([minutes, attributes, text], i) =>
      `      <news-live-post post-id="${5 - i}" datetime="${minutesAgo(minutes)}" ${attributes}><p>${text}</p></news-live-post>`,
  )
  .join('\n');

/** The pages, by name: what a site gets from the 30-second instructions alone. */
const firstPaintPages = {
  'embed-readme': () =>
    embed(`    <news-dateline datetime="2012-12-14" pattern="{weekday} {dayOrdinal} {month}, {year}">
      14 December 2012
    </news-dateline>`),
  // The benchmark's story page as the 30-second page has it: no preload.css.
  'embed-story': () =>
    pages['story-components']().replace(
      /\s*<link rel="stylesheet" href="\/dist\/themes\/preload\.css" \/>/,
      '',
    ),
  // A live blog written as markup (the README's form): its code comes on sight, after the file.
  'embed-live-blog': () =>
    embed(`    <h1>Election night, as it happened</h1>
    <news-live-blog lang="en-GB">
${liveBlogPosts}
    </news-live-blog>
    <p>The story goes on below the blog, and must not move when the script arrives.</p>`),
  'embed-figures': () =>
    embed(
      figures
        .map(
          ([file, width, height, alt, caption]) =>
            `    <news-figure src="${A}/${file}" width="${width}" height="${height}" alt="${alt}" caption="${caption}" credit="The Islay Courier"></news-figure>
    <p>The story goes on below the picture, and must not move when the script arrives.</p>`,
        )
        .join('\n'),
    ),
};

/** A browser whose every context answers /bench/first-paint/<name>.html with `served`. */
function serving(browser, served) {
  return {
    newContext: async (options) => {
      const context = await browser.newContext(options);
      await context.route('**/bench/first-paint/*.html', (route) => {
        const name = /first-paint\/([\w-]+)\.html/.exec(route.request().url())[1];
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: served[name]() });
      });
      return context;
    },
  };
}

const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const scenarios = [
  ['images load slowly (800 ms)', { images: 800 }],
  ['script arrives late (1.5 s)', { script: 1500 }],
];

/** CLS of each 30-second page, the worst of three loads per scenario and device. */
export async function embedShift(browser, { origin, delays }) {
  const rows = [];
  const routed = serving(browser, firstPaintPages);
  for (const [scenario, delay] of scenarios) {
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const page of Object.keys(firstPaintPages)) {
        let worst = { cls: 0, shifts: [] };
        for (let i = 0; i < 3; i++) {
          const url = `${origin}/bench/first-paint/${page}.html`;
          const result = await layoutShift(routed, url, viewport, delay, delays);
          if (result.cls >= worst.cls) worst = result;
        }
        rows.push({ scenario, device, page, cls: Number(worst.cls.toFixed(4)), shifts: worst.shifts });
      }
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 2. The server-rendered story page: islands against the hydrating file, before any interaction.

const QUIET_MS = 3000; // past the loader's idle timeout (2 s): what loads without the reader
const RUNS = 5;

/** The story page as dist/ssr renders it, loading `script` (islands: rendered for islands). */
async function ssrPages() {
  const dist = resolve(process.env.NEWS_BENCH_DIST ?? join(root, 'dist'));
  const { renderStoryPage } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);
  const { ssrStory } = await import('../test/fixtures/ssr-story.mjs');
  const story = ssrStory({ locale: 'en-GB', format: 'relative' });
  const page = (script, islands) =>
    renderStoryPage(story, { scripts: [script], stylesheets: ['/dist/themes/light.css'], islands });
  const hydrating = await page('/dist/news-elements-hydrate.js', false);
  const islands = await page('/dist/news-elements-islands.js', true);
  return {
    'ssr-hydrate': () => hydrating,
    'ssr-islands': () => islands,
  };
}

/** Records when the story's dateline first reads as relative time ("3 hours ago"): its script has run. */
function watchRelativeDate() {
  const check = () => {
    if (/\bago\b/.test(document.querySelector('news-dateline')?.shadowRoot?.textContent ?? ''))
      window.__relativeAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Bytes of script fetched (as sent, gzip) at the load event and QUIET_MS later, the main thread's
 * script time by then, and when the dateline turned relative, the page untouched and unscrolled;
 * `throttled`: over THROTTLING, a phone's network.
 */
async function beforeInteraction(browser, url, viewport, throttled = false) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttled) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', THROTTLING);
  }
  await page.addInitScript(watchRelativeDate);
  // A page that fails to hydrate would look cheap: its errors are reported with the figures.
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    const scriptBytes = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\.m?js(\?|$)/.test(entry.name))
          .map((entry) => entry.transferSize),
      );
    await page.goto(url, { waitUntil: 'load' });
    const atLoad = await scriptBytes();
    await page.waitForTimeout(QUIET_MS);
    const scripts = await scriptBytes();
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
    const hydrated = await page.evaluate(
      () =>
        [...document.querySelectorAll('[hydrate]')].filter((el) => !el.hasAttribute('defer-hydration'))
          .length,
    );
    return {
      relativeMs: await page.evaluate(() => window.__relativeAt),
      loadKB: atLoad.reduce((sum, n) => sum + n, 0) / 1000,
      kB: scripts.reduce((sum, n) => sum + n, 0) / 1000,
      files: scripts.length,
      scriptMs: script,
      hydrated,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Medians of RUNS loads of the SSR story page per device, islands and hydrating file interleaved. */
export async function islandsCost(browser, { origin }) {
  const served = await ssrPages();
  const routed = serving(browser, served);
  const rows = [];
  const devices = [...Object.entries(viewports), ["phone, phone's network", viewports.phone, true]];
  for (const [device, viewport, throttled] of devices) {
    const samples = Object.fromEntries(Object.keys(served).map((name) => [name, []]));
    for (let run = 0; run < RUNS + 1; run++) {
      for (const name of Object.keys(served)) {
        const url = `${origin}/bench/first-paint/${name}.html`;
        const result = await beforeInteraction(routed, url, viewport, throttled);
        if (run > 0) samples[name].push(result); // the first run warms the server and the disk cache
        for (const error of result.errors) console.error(`${name}: ${error}`);
      }
    }
    for (const [name, results] of Object.entries(samples)) {
      const of = (field, digits) => round(median(results.map((r) => r[field])), digits);
      rows.push({
        device,
        page: name,
        scriptKBAtLoad: of('loadKB', 1),
        scriptKB: of('kB', 1),
        files: of('files', 0),
        scriptMs: of('scriptMs', 0),
        hydrated: of('hydrated', 0),
        relativeMs: of('relativeMs', 0),
      });
    }
  }
  return rows;
}

/** Runs every measure of this file, prints it and writes it to bench/first-paint.json. */
export async function firstPaint(browser, server) {
  console.log('Measuring first paint: the 30-second page’s layout shift…');
  const cls = process.env.NEWS_FIRST_PAINT_SKIP_CLS ? [] : await embedShift(browser, server);
  console.log(
    '\nCLS of the README’s 30-second page (script + themes/light.css, no preload.css), worst of 3:',
  );
  console.table(
    cls.map(({ scenario, device, page, cls: value }) => ({ scenario, device, page, cls: value })),
  );
  console.log(`Measuring the server-rendered story page, islands against the hydrating file (${RUNS} runs)…`);
  const islands = await islandsCost(browser, server);
  console.log(
    `\nThe SSR story page before the reader's first interaction (${QUIET_MS / 1000} s after load, untouched; medians):`,
  );
  console.table(islands);
  const results = { date: new Date().toISOString(), cls, islands };
  writeFileSync(join(root, 'bench/first-paint.json'), `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

// Alone: serve the repository, launch Chromium, measure, print.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, findBrowsers } = await import('../scripts/browsers.mjs');
  const { startServer } = await import('./server.mjs');
  const server = await startServer(root);
  const browser = await chromium.launch({
    executablePath: findBrowsers().chromium,
    args: chromiumArgs,
    headless: true,
  });
  try {
    await firstPaint(browser, server);
  } finally {
    await browser.close();
    server.close();
  }
}
