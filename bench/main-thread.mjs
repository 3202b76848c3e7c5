// Where a page's main thread spends its time before the page is ready, by kind of work (Chromium's
// trace: running scripts and their microtasks, style, layout, paint…), as a mean over fresh loads.
// It explains a render-time ratio rather than measuring one: the story page against its plain HTML
// tells what the elements add and where. Part of `npm run bench` (the story page and the front,
// each against its plain HTML; `--no-trace` skips it); alone, after `npm run build`:
//   node bench/main-thread.mjs [--runs=10] [page …]    (default: story-components story-plain)
// Pages are those of bench/pages.mjs (`teasers-items?n=1000` works). It reports; it gates nothing.
/* global window -- used inside evaluate(), which runs in the browser */
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowsers } from '../scripts/browsers.mjs';
import { startServer } from './server.mjs';

const WARMUP = 2;

// Trace events by what they are: the top-level kinds of main-thread work a page load consists of.
const KINDS = {
  'Evaluating modules (and upgrading the elements they define)': ['v8.evaluateModule'],
  'Microtasks (Lit renders, promise callbacks)': ['RunMicrotasks'],
  'Other script (classic scripts, timers, events, frames)': [
    'EvaluateScript',
    'TimerFire',
    'EventDispatch',
    'FireAnimationFrame',
    'FunctionCall',
  ],
  'Compiling (main thread)': ['v8.compile', 'v8.compileModule'],
  'Parsing HTML': ['ParseHTML'],
  'Parsing style sheets': ['ParseAuthorStyleSheet'],
  'Style (UpdateLayoutTree)': ['UpdateLayoutTree'],
  Layout: ['Layout'],
  'Paint, pre-paint, layerize, commit': ['Paint', 'PrePaint', 'Layerize', 'Commit'],
};
const kindOf = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));

/**
 * Loads `page` `runs` times (after `WARMUP` loads) in `browser` and returns the mean time to ready
 * and the mean milliseconds of each kind of work on the renderer's main thread until then.
 */
export async function mainThread(browser, origin, page, runs = 10) {
  const totals = Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, 0]));
  let ready = 0;
  for (let run = 0; run < WARMUP + runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    await browser.startTracing(tab, {
      categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing'],
    });
    await tab.goto(`${origin}/bench/${page.replace(/^[\w-]+/, '$&.html')}`, {
      waitUntil: 'domcontentloaded',
    });
    const ms = await tab.evaluate(() => window.__ready);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    await context.close();
    if (run < WARMUP) continue;
    ready += ms / runs;
    const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    // Both probes mark when they are done (bench/pages/ready-*.js); the components' probe only
    // after checking every shadow tree, which is not the page's work: the window ends at `ms`,
    // the time the probe reports, found back from the mark's own time on both clocks.
    const mark = traceEvents.find((e) => e.name === 'news-ready');
    const end = mark ? mark.ts - (mark.args.data.startTime - ms) * 1000 : Infinity;
    for (const event of traceEvents) {
      const kind = event.ph === 'X' && event.ts < end && kindOf.get(event.name);
      if (!kind || event.pid !== main.pid || event.tid !== main.tid) continue;
      totals[kind] += event.dur / 1000 / runs;
    }
  }
  return { page, ready, totals };
}

/** The results of `mainThread` side by side, as a Markdown table. */
export function mainThreadTable(results) {
  const row = (what, cells) => `| ${what} | ${cells.join(' | ')} |`;
  return [
    row(
      'Work',
      results.map((r) => r.page),
    ),
    row(
      '---',
      results.map(() => '---'),
    ),
    row(
      'Ready at',
      results.map((r) => r.ready.toFixed(0)),
    ),
    ...Object.keys(KINDS).map((kind) =>
      row(
        kind,
        results.map((r) => r.totals[kind].toFixed(1)),
      ),
    ),
  ].join('\n');
}

export const mainThreadCaption = (runs) =>
  `Main thread until ready, by kind of work, ms, mean of ${runs} loads (nested work counts in each kind)`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 10);
  const pages = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const { origin, close } = await startServer(new URL('..', import.meta.url).pathname);
  const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: chromiumArgs });
  const results = [];
  for (const page of pages.length ? pages : ['story-components', 'story-plain'])
    results.push(await mainThread(browser, origin, page, runs));
  await browser.close();
  close();
  console.log(`${mainThreadCaption(runs)}\n${mainThreadTable(results)}`);
}
