// `npm run bench`: how the elements compare with the same content as plain HTML and CSS, and with a
// popular framework-free custom element. Everything runs on this machine: a small static server for
// the repository (bench/server.mjs), the installed Chromium (scripts/browsers.mjs) driven by
// playwright-core, and Lighthouse 12.
//   1. Render time (navigation start → every element defined, rendered and painted; the plain pages
//      end at their first paint after parsing) of fresh page loads, every page once per run,
//      interleaved: the story page, a section front (5 de-duplicated lists × 20 teasers), and the scaling table of n teasers (100 / 1,000 / 5,000 / 10,000)
//      as plain HTML, as <news-teaser> markup, from `items`, and as plain HTML with GitHub's
//      <relative-time> for the dates. Medians with their 95% interval and range, and the ratio to
//      plain HTML with a bootstrap 95% interval; for each page, the long tasks before it was ready
//      (count, total blocking time, longest), the JS heap after a forced collection and the DOM
//      nodes (shadow trees included).
//   2. Cumulative Layout Shift of the story page while images load slowly and while the script
//      itself arrives late (target 0), on a desktop and a phone viewport.
//   3. Lighthouse (mobile defaults) on the story page: performance, accessibility, best practices, SEO.
//   4. Pathological CMS text (bench/text.mjs): 1 MB of WordPress text, unclosed shortcodes and a
//      1 MB headline, from setting the property to the element shown.
//   5. The live blog (bench/live.mjs, issue #20): 100 / 1,000 / 10,000 posts from `items`, 100
//      updates arriving with the reader at the top or scrolled in (time, longest task, layout
//      shift), and "Older posts" clicked 10 times; min(--runs, 5) fresh pages each.
//   6. Where the main thread's time goes (bench/main-thread.mjs): the story page and the front,
//      each against its plain HTML, by kind of work (scripts, microtasks, style, layout, paint);
//      min(--runs, 10) traced loads each.
//   7. Over a phone's network (bench/network.mjs): the story page, the front and a list and a live
//      blog from feeds, with Lighthouse's mobile throttling; min(--runs, 5) loads each.
// Results go to bench/results.json. This reports; it gates nothing.
// Options: --runs=N (default 15), --sizes=100,1000,5000,10000, --no-build, --no-cls, --no-text, --no-live,
// --no-trace, --no-network, --no-lighthouse, --out=file (default bench/results.json). A quick check that it works, with figures
// not to quote (two runs give a range, not an interval): --no-build --runs=2 --sizes=100,1000 --no-cls
// --no-text --no-live --no-trace --no-network --no-lighthouse --out=/tmp/bench.json
/* global window -- used inside page.evaluate(), which runs in the browser */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowsers } from '../scripts/browsers.mjs';
import { layoutShift } from './cls.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { loadPage } from './load.mjs';
import { bodyGrowth, pathologicalText, textRow } from './text.mjs';
import { liveBlog, liveRows } from './live.mjs';
import { mainThread, mainThreadCaption, mainThreadTable } from './main-thread.mjs';
import { networkCaption, networkRows, overNetwork } from './network.mjs';
import { startServer } from './server.mjs';
import { median, ratioInterval, round, summary } from './stats.mjs';

const root = resolve(import.meta.dirname, '..');
const value = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const flag = (name) => process.argv.includes(`--${name}`);
const RUNS = Math.max(1, Number(value('runs') ?? 15));
const SIZES = (value('sizes') ?? '100,1000,5000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const WARMUP = 2;
const executablePath = findBrowsers().chromium;
if (!executablePath) {
  console.error('npm run bench needs Chromium (apt-get install chromium, or set CHROME_PATH).');
  process.exit(1);
}
const flags = [...chromiumArgs, '--enable-precise-memory-info'];

if (!flag('no-build')) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });

const { origin, delays, close } = await startServer(root);
const browser = await chromium.launch({ executablePath, args: flags, headless: true });
const problems = [];
const url = (page, n) => `${origin}/bench/${page}.html${n ? `?n=${n}` : ''}`;

// ---------------------------------------------------------------------------------------------
// 1. Render time: every (page, n) once per run, in a different order each run, so that drift
// affects every page alike.

const TEASERS = {
  plain: 'teasers-plain',
  markup: 'teasers-components',
  items: 'teasers-items',
  peer: 'teasers-peer',
};
const loads = [
  { key: 'story-components', page: 'story-components' },
  { key: 'story-plain', page: 'story-plain' },
  { key: 'front-components', page: 'front-components' },
  { key: 'front-plain', page: 'front-plain' },
  ...SIZES.flatMap((n) => Object.values(TEASERS).map((page) => ({ key: `${page}@${n}`, page, n }))),
];

// A page whose elements the bundle does not define would time nothing: find those first.
for (const page of ['story-components', 'front-components', TEASERS.markup, TEASERS.items]) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(url(page, 10), { waitUntil: 'domcontentloaded' });
  const missing = await tab.evaluate(async () => {
    await window.__ready;
    return window.__undefinedTags;
  });
  await context.close();
  if (missing.length) {
    console.error(`${page}: dist/news-elements.js does not define ${missing.join(', ')}`);
    process.exit(1);
  }
}

const samples = Object.fromEntries(loads.map(({ key }) => [key, []]));
console.log(
  `Timing ${loads.length} pages × ${RUNS} runs (+${WARMUP} warm-up), ${SIZES.join(' / ')} teasers, in ${executablePath}…`,
);
for (let run = 0; run < RUNS + WARMUP; run++) {
  const order = run % 2 ? [...loads].reverse() : loads;
  for (const { key, page, n } of order) {
    const result = await loadPage(browser, url(page, n), { memory: n !== undefined, problems });
    if (run >= WARMUP) samples[key].push(result);
  }
}

const times = (key) => samples[key].map((s) => s.ms);
const ratio = (key, base) => {
  const [low, high] = ratioInterval(times(key), times(base));
  return { value: round(median(times(key)) / median(times(base)), 2), ci95: [round(low, 2), round(high, 2)] };
};
const story = {
  components: summary(times('story-components')),
  plain: summary(times('story-plain')),
  ratio: ratio('story-components', 'story-plain'),
};
const front = {
  components: summary(times('front-components')),
  plain: summary(times('front-plain')),
  ratio: ratio('front-components', 'front-plain'),
};
const scaling = SIZES.map((n) => {
  const pages = Object.fromEntries(
    Object.entries(TEASERS).map(([kind, page]) => {
      const s = samples[`${page}@${n}`];
      const of = (field, digits) =>
        summary(
          s.map((x) => x[field]),
          digits,
        );
      return [
        kind,
        {
          page,
          ms: of('ms'),
          longTasks: of('longTasks', 0),
          blockingMs: of('blockingMs', 0),
          longestMs: of('longestMs', 0),
          heapMb: of('heapMb', 1),
          nodes: of('nodes', 0),
        },
      ];
    }),
  );
  const ratios = Object.fromEntries(
    ['markup', 'items', 'peer'].map((kind) => [
      kind,
      ratio(`${TEASERS[kind]}@${n}`, `${TEASERS.plain}@${n}`),
    ]),
  );
  return { n, pages, ratios };
});
// Linear means twice the teasers take about twice the time: the largest size ÷ the one before it.
const [smaller, larger] = scaling.slice(-2);
const growth =
  smaller && larger
    ? {
        from: smaller.n,
        to: larger.n,
        ...Object.fromEntries(
          Object.keys(TEASERS).map((kind) => [
            kind,
            round(larger.pages[kind].ms.median / smaller.pages[kind].ms.median, 2),
          ]),
        ),
      }
    : null;

// ---------------------------------------------------------------------------------------------
// 2. Layout shift of the story page.

const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const scenarios = [
  ['images load slowly (800 ms)', { images: 800 }],
  ['script arrives late (1.5 s)', { script: 1500 }],
];
const cls = [];
if (!flag('no-cls')) {
  console.log('Measuring layout shift…');
  for (const [scenario, delay] of scenarios) {
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const name of ['story-components', 'story-plain']) {
        let worst = { cls: 0, shifts: [] };
        for (let i = 0; i < 3; i++) {
          const result = await layoutShift(browser, url(name), viewport, delay, delays);
          if (result.cls >= worst.cls) worst = result;
        }
        cls.push({ scenario, device, page: name, cls: Number(worst.cls.toFixed(4)), shifts: worst.shifts });
      }
    }
  }
}
if (!flag('no-cls')) await (await import('./first-paint.mjs')).firstPaint(browser, { origin, delays });

// 4. Pathological CMS text.
let text = null;
if (!flag('no-text')) {
  console.log('Timing pathological CMS text…');
  text = await pathologicalText(browser, origin);
}

// 5. The live blog.
let live = null;
if (!flag('no-live')) {
  console.log('Timing the live blog…');
  live = await liveBlog(browser, origin, Math.min(RUNS, 5), problems);
}

// 6. Where the main thread's time goes.
let work = null;
const TRACES = Math.min(RUNS, 10);
if (!flag('no-trace')) {
  console.log('Tracing the main thread…');
  work = [];
  for (const page of ['story-components', 'story-plain', 'front-components', 'front-plain'])
    work.push(await mainThread(browser, origin, page, TRACES));
}

// 7. Over a phone's network.
let network = null;
const NETWORK_RUNS = Math.min(RUNS, 5);
if (!flag('no-network')) {
  console.log("Loading over a phone's network…");
  network = await overNetwork(browser, origin, NETWORK_RUNS);
}
await browser.close();

// 3. Lighthouse on the story page.
let lighthouse = null;
if (!flag('no-lighthouse')) {
  console.log('Running Lighthouse…');
  lighthouse = await lighthouseScores(url('story-components'), executablePath, chromiumArgs);
}
close();

// ---------------------------------------------------------------------------------------------
// Report.

const version = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
const results = {
  date: new Date().toISOString(),
  browser: version,
  runs: RUNS,
  story,
  front,
  scaling,
  growth,
  cls,
  text,
  live,
  work,
  network,
  lighthouse,
  problems,
};
const out = value('out') ?? join(root, 'bench', 'results.json');
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const ms = (t) => `${Math.round(t.median)} ms [${Math.round(t.range[0])}–${Math.round(t.range[1])}]`;
const times95 = (r) => `${r.value}× [${r.ci95[0]}–${r.ci95[1]}]`;
console.log(`\nRender time, median [range] of ${RUNS} runs; ratio to plain HTML [95% CI]; ${version}`);
console.log('| Page | Components | Plain HTML | Ratio |\n| --- | --- | --- | --- |');
console.log(`| Story page | ${ms(story.components)} | ${ms(story.plain)} | ${times95(story.ratio)} |`);
console.log(
  `| Front page, 5 lists × 20 teasers | ${ms(front.components)} | ${ms(front.plain)} | ${times95(front.ratio)} |`,
);
console.log(
  '\n| Teasers | Plain HTML | Markup | From `items` | Peer (`<relative-time>`) |\n| --- | --- | --- | --- | --- |',
);
for (const { n, pages, ratios } of scaling) {
  const cell = (kind) => `${ms(pages[kind].ms)}, ${times95(ratios[kind])}`;
  console.log(
    `| ${n.toLocaleString('en')} | ${ms(pages.plain.ms)} | ${cell('markup')} | ${cell('items')} | ${cell('peer')} |`,
  );
}
if (growth) {
  const kinds = Object.keys(TEASERS).map((kind) => `${kind} ${growth[kind]}×`);
  console.log(
    `\nTime for ${growth.to.toLocaleString('en')} ÷ time for ${growth.from.toLocaleString('en')} teasers: ${kinds.join(', ')}`,
  );
}
console.log(
  '\nMedians per load: long tasks before ready, total blocking time, longest task, JS heap, DOM nodes',
);
console.log(
  '| Teasers | Page | Long tasks | TBT | Longest task | JS heap | DOM nodes |\n| --- | --- | --- | --- | --- | --- | --- |',
);
for (const { n, pages } of scaling) {
  for (const [kind, p] of Object.entries(pages)) {
    console.log(
      `| ${n.toLocaleString('en')} | ${kind} | ${p.longTasks.median} | ${p.blockingMs.median} ms | ${p.longestMs.median} ms [max ${p.longestMs.range[1]}] | ${p.heapMb.median} MB | ${p.nodes.median.toLocaleString('en')} |`,
    );
  }
}
if (cls.length) {
  console.log('\nCumulative Layout Shift of the story page (worst of 3 loads; target 0)');
  console.log('| Scenario | Viewport | Components | Plain HTML |\n| --- | --- | --- | --- |');
  for (const [scenario] of scenarios) {
    for (const device of Object.keys(viewports)) {
      const get = (page) =>
        cls.find((c) => c.scenario === scenario && c.device === device && c.page === page).cls;
      console.log(`| ${scenario} | ${device} | ${get('story-components')} | ${get('story-plain')} |`);
    }
  }
}
if (lighthouse) {
  const { performance, accessibility, seo } = lighthouse;
  console.log(
    `\nLighthouse (mobile) on the story page: performance ${performance}, accessibility ${accessibility}, best practices ${lighthouse['best-practices']}, SEO ${seo}`,
  );
  if (lighthouse.failedAudits.length) console.log(`  not passed: ${lighthouse.failedAudits.join('; ')}`);
  if (lighthouse.consoleErrors.length)
    console.log(`  console errors: ${lighthouse.consoleErrors.join('; ')}`);
}
if (text) {
  console.log(
    '\nPathological CMS text: from setting the property to the element shown (median [range] of 5)',
  );
  console.log('| Input | Time |\n| --- | --- |');
  for (const result of text) console.log(textRow(result));
  console.log(bodyGrowth(text));
}
if (work) console.log(`\n${mainThreadCaption(TRACES)}\n${mainThreadTable(work)}`);
if (live) console.log(`\nLive blog, median [range] of ${live.runs} fresh pages\n${liveRows(live)}`);
if (network) console.log(`\n${networkCaption(NETWORK_RUNS)}\n${networkRows(network)}`);
if (problems.length) console.log(`\nErrors seen on the pages:\n  ${[...new Set(problems)].join('\n  ')}`);
console.log(`\nWritten to ${out}`);
