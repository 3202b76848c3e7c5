// `npm run bench`: how the elements compare with the same content as plain HTML and CSS.
// Everything runs on this machine: a small static server for the repository, the installed
// Chromium (scripts/browsers.mjs) driven by playwright-core, and Lighthouse 12.
//   1. Render time (navigation start → every element defined, rendered and painted; the plain pages
//      end at their first paint after parsing), median and 95% confidence interval of RUNS fresh
//      page loads each, and the ratio components / plain HTML with a bootstrap 95% interval.
//   2. Cumulative Layout Shift of the story page while images load slowly and while the script
//      itself arrives late (target 0), on a desktop and a phone viewport.
//   3. Lighthouse (mobile defaults) on the story page: performance, accessibility, best practices, SEO.
// Results go to bench/results.json. This reports; it gates nothing.
// Options: --runs=N (default 15), --no-build, --no-lighthouse.
/* global window, document, IntersectionObserver, requestAnimationFrame -- used inside page.evaluate(), which runs in the browser */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip, gzipSync } from 'node:zlib';
import { join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowsers } from '../scripts/browsers.mjs';
import { contentType } from '../scripts/content-types.mjs';
import { pages } from './pages.mjs';

const root = resolve(import.meta.dirname, '..');
const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
};
const RUNS = Math.max(15, option('runs', 15));
const WARMUP = 2;
const executablePath = findBrowsers().chromium;
if (!executablePath) {
  console.error('npm run bench needs Chromium (apt-get install chromium, or set CHROME_PATH).');
  process.exit(1);
}
const flags = [...chromiumArgs];

if (!process.argv.includes('--no-build')) {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}

// ---------------------------------------------------------------------------------------------
// A static server for the repository, with the benchmark pages generated and optional delays.

const delays = { script: 0, images: 0 };
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const page = /^\/bench\/([\w-]+)\.html$/.exec(path)?.[1];
  if (page && pages[page]) {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': contentType('page.html'),
      'cache-control': 'no-store',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    return res.end(gzip ? gzipSync(pages[page]()) : pages[page]());
  }
  // NEWS_BENCH_DIST serves another build as /dist (to compare builds); normally dist/ itself.
  const base =
    path.startsWith('/dist/') && process.env.NEWS_BENCH_DIST ? resolve(process.env.NEWS_BENCH_DIST) : root;
  const file = normalize(join(base, base === root ? path : path.slice('/dist'.length)));
  if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  if (delays.script && /^\/dist\/news-elements.*\.js$/.test(path)) await pause(delays.script);
  if (delays.images && path.startsWith('/stories/assets/')) await pause(delays.images);
  const type = contentType(file);
  // Text is compressed, as any production server does.
  const compress = /text|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    'content-type': type,
    'cache-control': 'no-cache',
    ...(compress && { 'content-encoding': 'gzip' }),
  });
  const stream = createReadStream(file);
  (compress ? stream.pipe(createGzip()) : stream).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------
// Statistics: medians with distribution-free intervals, ratios with a seeded bootstrap.

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
function medianInterval(xs) {
  // [x(k), x(n-k+1)] with the largest k such that P(Binomial(n, 1/2) <= k-1) <= 2.5%.
  const s = sorted(xs);
  const n = s.length;
  const choose = (k) => {
    let c = 1;
    for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
    return c;
  };
  let k = 0;
  let cdf = 0;
  while (cdf + choose(k) / 2 ** n <= 0.025) cdf += choose(k++) / 2 ** n;
  k = Math.max(k, 1);
  return [s[k - 1], s[n - k]];
}
function ratioInterval(a, b, resamples = 4000) {
  let seed = 0x9e3779b9;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const resample = (xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const ratios = sorted(Array.from({ length: resamples }, () => median(resample(a)) / median(resample(b))));
  return [ratios[Math.floor(resamples * 0.025)], ratios[Math.floor(resamples * 0.975)]];
}
const round = (x, digits = 1) => Number(x.toFixed(digits));

// ---------------------------------------------------------------------------------------------

const browser = await chromium.launch({ executablePath, args: flags, headless: true });
const problems = [];

/** One fresh page load; returns the page's own "ready" time in ms since navigation start. */
async function renderTime(name, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${name}: console error: ${message.text()}`);
  });
  try {
    await page.goto(`${origin}/bench/${name}.html`, { waitUntil: 'domcontentloaded' });
    return await page.evaluate(() => window.__ready);
  } finally {
    await context.close();
  }
}

const allComparisons = [
  ['Story page', 'story-components', 'story-plain'],
  ['1,000 teasers (markup)', 'teasers-components', 'teasers-plain'],
  ['1,000 teasers (items data)', 'teasers-items', 'teasers-plain'],
];

// A page whose elements the bundle does not define would time nothing: find those first.
const missing = {};
for (const name of new Set(allComparisons.map(([, components]) => components))) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/bench/${name}.html`, { waitUntil: 'domcontentloaded' });
  missing[name] = await page.evaluate(async () => {
    await window.__ready;
    return window.__undefinedTags;
  });
  await context.close();
  if (missing[name].length) {
    problems.push(`${name}: not measured, dist/news-elements.js does not define ${missing[name].join(', ')}`);
  }
}
const comparisons = allComparisons.filter(([, components]) => !missing[components].length);
const names = [...new Set(comparisons.flatMap(([, a, b]) => [a, b]))];
const samples = Object.fromEntries(names.map((n) => [n, []]));
console.log(`Timing ${names.length} pages × ${RUNS} runs (+${WARMUP} warm-up) in ${executablePath}…`);
for (let run = 0; run < RUNS + WARMUP; run++) {
  // Interleaved, in a different order each run, so drift affects every page alike.
  const order = run % 2 ? [...names].reverse() : names;
  for (const name of order) {
    const ms = await renderTime(name);
    if (run >= WARMUP) samples[name].push(ms);
  }
}

const timings = comparisons.map(([label, components, plain]) => {
  const c = samples[components];
  const p = samples[plain];
  const [cLow, cHigh] = medianInterval(c);
  const [pLow, pHigh] = medianInterval(p);
  const [rLow, rHigh] = ratioInterval(c, p);
  return {
    label,
    components: {
      page: components,
      medianMs: round(median(c)),
      ci95: [round(cLow), round(cHigh)],
      runs: c.map((x) => round(x)),
    },
    plain: {
      page: plain,
      medianMs: round(median(p)),
      ci95: [round(pLow), round(pHigh)],
      runs: p.map((x) => round(x)),
    },
    ratio: { value: round(median(c) / median(p), 2), ci95: [round(rLow, 2), round(rHigh, 2)] },
  };
});

// ---------------------------------------------------------------------------------------------
// Layout shift.

async function layoutShift(name, viewport, delay) {
  Object.assign(delays, { script: 0, images: 0 }, delay);
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shifts = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) {
          window.__shifts.push({
            value: entry.value,
            at: Math.round(entry.startTime),
            nodes: entry.sources.map((s) => s.node?.nodeName ?? '?'),
          });
        }
      }
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    window.__takeShifts = () => observer.takeRecords();
  });
  try {
    await page.goto(`${origin}/bench/${name}.html`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(async () => {
      await window.__ready;
      // Then every image in view (shadow roots included) has loaded or failed.
      const deep = function* (node) {
        if (node.nodeType === 1) {
          yield node;
          if (node.shadowRoot) yield* deep(node.shadowRoot);
        }
        for (let c = node.firstChild; c; c = c.nextSibling) yield* deep(c);
      };
      const inView = (img) =>
        new Promise((res) => {
          const io = new IntersectionObserver(([e]) => {
            io.disconnect();
            res(e.isIntersecting);
          });
          io.observe(img);
        });
      const images = [...deep(document.body)].filter((el) => el.localName === 'img');
      await Promise.all(
        images.map(async (img) => {
          // complete is checked again after the wait: an image can finish while it is being observed.
          if (img.complete || !(await inView(img)) || img.complete) return;
          await new Promise((res) => {
            img.addEventListener('load', res, { once: true });
            img.addEventListener('error', res, { once: true });
          });
        }),
      );
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    });
    const shifts = await page.evaluate(() => {
      window.__takeShifts();
      return window.__shifts;
    });
    return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
  } finally {
    await context.close();
    Object.assign(delays, { script: 0, images: 0 });
  }
}

const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const scenarios = [
  ['images load slowly (800 ms)', { images: 800 }],
  ['script arrives late (1.5 s)', { script: 1500 }],
];
const cls = [];
console.log('Measuring layout shift…');
for (const [scenario, delay] of scenarios) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const name of ['story-components', 'story-plain']) {
      let worst = { cls: 0, shifts: [] };
      for (let i = 0; i < 3; i++) {
        const result = await layoutShift(name, viewport, delay);
        if (result.cls >= worst.cls) worst = result;
      }
      cls.push({ scenario, device, page: name, cls: Number(worst.cls.toFixed(4)), shifts: worst.shifts });
    }
  }
}
await browser.close();

// ---------------------------------------------------------------------------------------------
// Lighthouse on the story page.

let lighthouseScores = null;
if (!process.argv.includes('--no-lighthouse')) {
  console.log('Running Lighthouse…');
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: executablePath, chromeFlags: [...flags, '--headless=new'] });
  try {
    const result = await lighthouse(`${origin}/bench/story-components.html`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories, audits } = result.lhr;
    lighthouseScores = Object.fromEntries(
      Object.entries(categories).map(([id, c]) => [id, Math.round(c.score * 100)]),
    );
    lighthouseScores.failedAudits = Object.values(audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    lighthouseScores.consoleErrors = (audits['errors-in-console']?.details?.items ?? []).map(
      (i) => `${i.source}: ${i.description}`,
    );
    lighthouseScores.metrics = Object.fromEntries(
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ].map((id) => [id, audits[id]?.displayValue]),
    );
  } finally {
    await chrome.kill();
  }
}
server.close();

// ---------------------------------------------------------------------------------------------
// Report.

const version = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
const results = {
  date: new Date().toISOString(),
  browser: version,
  runs: RUNS,
  timings,
  cls,
  lighthouse: lighthouseScores,
  problems,
};
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const ms = (t) => `${t.medianMs} ms [${t.ci95[0]}–${t.ci95[1]}]`;
console.log(`\nRender time, median [95% CI] of ${RUNS} runs, ${version}`);
console.log('| Page | Components | Plain HTML | Ratio [95% CI] |\n| --- | --- | --- | --- |');
for (const t of timings) {
  console.log(
    `| ${t.label} | ${ms(t.components)} | ${ms(t.plain)} | ${t.ratio.value}× [${t.ratio.ci95[0]}–${t.ratio.ci95[1]}] |`,
  );
}
console.log('\nCumulative Layout Shift of the story page (worst of 3 loads; target 0)');
console.log('| Scenario | Viewport | Components | Plain HTML |\n| --- | --- | --- | --- |');
for (const [scenario] of scenarios) {
  for (const device of Object.keys(viewports)) {
    const get = (page) =>
      cls.find((c) => c.scenario === scenario && c.device === device && c.page === page).cls;
    console.log(`| ${scenario} | ${device} | ${get('story-components')} | ${get('story-plain')} |`);
  }
}
if (lighthouseScores) {
  const { performance, accessibility, seo } = lighthouseScores;
  console.log(
    `\nLighthouse (mobile) on the story page: performance ${performance}, accessibility ${accessibility}, best practices ${lighthouseScores['best-practices']}, SEO ${seo}`,
  );
  if (lighthouseScores.failedAudits.length)
    console.log(`  not passed: ${lighthouseScores.failedAudits.join('; ')}`);
  if (lighthouseScores.consoleErrors.length)
    console.log(`  console errors: ${lighthouseScores.consoleErrors.join('; ')}`);
}
if (problems.length) console.log(`\nErrors seen on the pages:\n  ${[...new Set(problems)].join('\n  ')}`);
console.log('\nWritten to bench/results.json');
