// One fresh page load, measured: when the page is ready, the long tasks before that, and (on
// request) the JS heap and the DOM size once it is ready.
/* global window -- used inside addInitScript/evaluate, which run in the browser */

/** Records every long task (over 50 ms) from the start of the page. */
function observeLongTasks() {
  window.__longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) window.__longTasks.push([startTime, duration]);
  });
  observer.observe({ type: 'longtask', buffered: true });
  window.__takeLongTasks = () => {
    for (const { startTime, duration } of observer.takeRecords())
      window.__longTasks.push([startTime, duration]);
    return window.__longTasks;
  };
}

/**
 * Loads `url` in a fresh context and waits for the page's own `window.__ready` (ms since navigation
 * start: every element defined, rendered and painted; plain pages: first paint after parsing).
 * Returns `ms`; `longTasks` (how many tasks before ready took over 50 ms), `blockingMs` (total
 * blocking time: the sum of each one's time over 50 ms) and `longestMs`; with `memory`, the JS
 * heap after a forced collection (`heapMb`) and the DOM nodes alive (`nodes`, shadow trees included).
 */
export async function loadPage(
  browser,
  url,
  { viewport = { width: 1280, height: 800 }, memory = false, problems },
) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const name = new URL(url).pathname + new URL(url).search;
  page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${name}: console error: ${message.text()}`);
  });
  await page.addInitScript(observeLongTasks);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const ms = await page.evaluate(() => window.__ready);
    const tasks = (await page.evaluate(() => window.__takeLongTasks())).filter(([start]) => start < ms);
    const result = {
      ms,
      longTasks: tasks.length,
      blockingMs: tasks.reduce((sum, [, duration]) => sum + duration - 50, 0),
      longestMs: Math.max(0, ...tasks.map(([, duration]) => duration)),
    };
    if (memory) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (key) => metrics.find((m) => m.name === key)?.value ?? NaN;
      result.heapMb = metric('JSHeapUsedSize') / 1e6;
      result.nodes = metric('Nodes');
    }
    return result;
  } finally {
    await context.close();
  }
}
