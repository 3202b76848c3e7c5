// Issue #20's benchmark: a live blog of 1,000 posts (paged) and 100 updates arriving, against #16's
// targets (linear, longest task ≤ 200 ms at 10,000 items, CLS 0). In the built single file, each
// scenario in a fresh page RUNS times; medians and ranges. Times run from setting `items` (or the
// click) to the blog and its posts updated and the next frame painted; "work" stops at a forced
// layout before that frame, so that it does not carry the wait for the next vsync. Run alone with
// `node bench/live.mjs [--runs=N]` (default 5; after `npm run build`), or as part of `npm run bench`.
/* global document, window, requestAnimationFrame -- used inside page.evaluate(), which runs in the browser */
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowsers } from '../scripts/browsers.mjs';
import { startServer } from './server.mjs';
import { median, round, summary } from './stats.mjs';

export const SIZES = [100, 1000, 10000];
const CLICKS = 10;
/** [what, posts, where the reader is]: `page` (window not scrolled), `posts` (the top of the posts
 * 60% down the view, below the blog's reading line: new posts show at once), `reading` (the 5th
 * post 100 px down: they wait). */
const SCENARIOS = [
  ['1,000 posts, window at the top of the page', 1000, 'page'],
  ['1,000 posts, reader at the top of the posts', 1000, 'posts'],
  ['1,000 posts, reader scrolled to the 5th post', 1000, 'reading'],
  ['10,000 posts, reader at the top of the posts', 10000, 'posts'],
];

/** Runs in the page: long tasks, layout shifts, posts as a CMS sends them, the timing of a change. */
function instrument() {
  const [tasks, shifts] = [[], []];
  new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) tasks.push([startTime, duration]);
  }).observe({ type: 'longtask' });
  // Nodes in shadow roots are not named in a shift's sources: the boxes that moved say which.
  const box = ({ x, y, width: w, height: h }) => [w, h, x, y].map(Math.round).join(',');
  const move = (source) => `${box(source.previousRect)} → ${box(source.currentRect)}`;
  new PerformanceObserver((list) => {
    for (const { startTime: at, value, sources, hadRecentInput } of list.getEntries())
      if (!hadRecentInput) shifts.push({ at, value, moves: sources.map(move) });
  }).observe({ type: 'layout-shift' });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const now = Date.now();
  // Post i of n: one a minute, the newest an hour old (so that new ones are newer yet not in the
  // future), a headline, a paragraph of HTML (so the sanitiser is in play), a key event in 50.
  const post = (i, n) => ({
    id: `p${i}`,
    datetime: new Date(now - 3_600_000 - (n - i) * 60_000).toISOString(),
    headline: `Update ${i}: counting goes on in the marginal seats`,
    html: `<p>Turnout in ward ${1000 + i} was ${40 + (i % 50)}%, the returning officer said; the recount there is expected to finish before dawn, with both candidates at the hall.</p>`,
    author: 'Amina Yusuf',
    ...(i % 50 === 0 && { keyEvent: true }),
    ...(i === n - 30 && { pinned: true }),
  });
  const root = () => document.querySelector('news-live-blog').shadowRoot;
  const drawn = () => [...root().querySelectorAll('.posts > news-live-post')];
  const deep = (node) => [node.shadowRoot, ...node.childNodes].reduce((n, c) => n + (c ? deep(c) : 0), 1);
  const settled = () =>
    Promise.all([root().host, ...root().querySelectorAll('*')].map((el) => el.updateComplete));
  const bare = () => root().querySelector('.posts > news-live-post:not(:has(> news-article-body))');
  const time = async (change) => {
    await frame();
    const start = performance.now();
    change();
    // The posts and their bodies render in their own updates, the bodies only once the blog has
    // their code (an update after one without them): until every post drawn has its body.
    await settled();
    while (bare() && performance.now() - start < 5000) await new Promise((r) => setTimeout(r)).then(settled);
    void document.body.offsetHeight;
    const work = performance.now() - start;
    await frame();
    return { ms: performance.now() - start, work, start, end: performance.now() };
  };
  const longest = ({ start, end }) =>
    Math.max(0, ...tasks.filter(([s, d]) => s + d > start && s < end).map(([, d]) => d));
  const shifted = ({ start, end }) => shifts.filter(({ at }) => at >= start && at <= end);
  const [blog, nodes] = [() => root().host, () => deep(document)];
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const mid = (xs) => xs.toSorted((a, b) => a - b)[xs.length >> 1];
  window.__live = { post, blog, root, drawn, nodes, time, longest, shifted, frame, now, sum, mid };
}

/** A fresh page with the single file, the posts' body code fetched (not timed), and an empty blog. */
async function openPage(browser, origin, problems) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`live: ${error.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`live: console error: ${m.text()}`));
  // A page of the bench server's origin, so that its module script may load.
  await page.goto(`${origin}/bench/story-plain.html`);
  await page.setContent(
    `<!doctype html><html lang="en-GB"><head><link rel="stylesheet" href="${origin}/dist/themes/light.css">` +
      `<script type="module" src="${origin}/dist/news-elements.js"></script></head><body><main style="max-inline-size: 42rem; margin: auto">` +
      `<h1>Election night: results as they come in</h1><p>Polls closed at 10pm.</p><news-live-blog></news-live-blog></main></body></html>`,
  );
  await page.evaluate(instrument);
  await page.evaluate(async () => {
    // A build under way (dist/ half written) leaves the element undefined: say so, do not hang.
    const late = new Promise((_, no) => setTimeout(() => no(new Error('no <news-live-blog>')), 30_000));
    await Promise.race([window.customElements.whenDefined('news-live-blog'), late]);
    const warm = document.createElement('news-live-blog');
    document.body.append(warm);
    warm.items = [window.__live.post(1, 2)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    await Promise.all([warm, ...warm.shadowRoot.querySelectorAll('*')].map((el) => el.updateComplete));
    warm.remove();
  });
  return { page, close: () => context.close() };
}

/** First render of n posts (times, DOM nodes, posts drawn), then "Older posts" clicked `clicks` times. */
const firstRender = (page, n, clicks) =>
  page.evaluate(
    async ([n, clicks]) => {
      const live = window.__live;
      const items = Array.from({ length: n }, (_, i) => live.post(i, n));
      const result = await live.time(() => (live.blog().items = items));
      Object.assign(result, { nodes: live.nodes(), posts: live.drawn().length, clicks: [] });
      for (let i = 0; i < clicks; i++) {
        const older = live.root().querySelector('[part=older], [part=next-page]');
        result.clicks.push(await live.time(() => older.click()));
      }
      result.postsAfter = live.drawn().length;
      await new Promise((resolve) => setTimeout(resolve, 100)); // long tasks are reported after they end
      for (const r of [result, ...result.clicks]) r.longest = live.longest(r);
      return result;
    },
    [n, clicks],
  );

/**
 * 100 updates to a blog of n posts, each a new `items` list: 80 new posts (one in ten a key event),
 * 15 edits (the ten newest posts in turn, the reader's included: a new `modified`, a body of the
 * same length) and 5 deletions (posts on the first page below the reader), interleaved.
 */
const updates = (page, n, where) =>
  page.evaluate(
    async ([n, where]) => {
      const live = window.__live;
      let items = Array.from({ length: n }, (_, i) => live.post(i, n));
      await live.time(() => (live.blog().items = items));
      const reader = live.drawn()[4];
      const target = { posts: live.root().querySelector('.posts'), reading: reader }[where];
      const down = where === 'posts' ? window.innerHeight * 0.6 : 100;
      if (target) window.scrollBy(0, target.getBoundingClientRect().top - down);
      for (let i = 0; i < 2; i++) await live.frame();
      const before = reader.getBoundingClientRect().top;
      const each = [];
      for (let k = 0, edits = 0, deletions = 0; k < 100; k++) {
        const at = new Date(live.now - 3_600_000 + (k + 1) * 20_000).toISOString();
        if ([3, 9, 15].includes(k % 20)) {
          const id = `p${n - 1 - (edits++ % 10)}`;
          const edit = (p) => ({ ...p, modified: at, html: p.html.replace('ward 1', 'ward 2') });
          items = items.map((p) => (p.id === id ? edit(p) : p));
        } else if (k % 20 === 12) {
          const id = `p${n - 11 - deletions++}`;
          items = items.filter((p) => p.id !== id);
        } else {
          items = [{ ...live.post(n + k, n), id: `new${k}`, datetime: at, keyEvent: k % 10 === 0 }, ...items];
        }
        const next = items;
        each.push(await live.time(() => (live.blog().items = next)));
      }
      const all = { start: each[0].start, end: each.at(-1).end };
      const moved = reader.isConnected ? Math.abs(reader.getBoundingClientRect().top - before) : NaN;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [ms, shifts] = [each.map((e) => e.ms), live.shifted(all)];
      const button = live.root().querySelector('[part=new-updates]')?.textContent.trim() ?? '';
      // The 100 updates' times added up, their median and the worst; the shifts' sum.
      const r = { total: live.sum(ms), ms: live.mid(ms), work: live.mid(each.map((e) => e.work)) };
      Object.assign(r, { worst: Math.max(...ms), longest: live.longest(all), moved, shifts });
      const cls = live.sum(shifts.map((x) => x.value));
      return { ...r, cls, button, posts: live.drawn().length };
    },
    [n, where],
  );

/** Every scenario `runs` times in `browser` against the bench server at `origin`. */
export async function liveBlog(browser, origin, runs = 5, problems = []) {
  const renders = Object.fromEntries(SIZES.map((n) => [n, []]));
  const arrivals = SCENARIOS.map(() => []);
  const fresh = async (measure) => {
    const { page, close } = await openPage(browser, origin, problems);
    const result = await measure(page);
    await close();
    return result;
  };
  for (let run = 0; run < runs; run++) {
    for (const n of SIZES)
      renders[n].push(await fresh((page) => firstRender(page, n, n === 1000 ? CLICKS : 0)));
    for (const [i, [, n, where]] of SCENARIOS.entries())
      arrivals[i].push(await fresh((p) => updates(p, n, where)));
  }
  const column = (xs, k) => xs.map((x) => x[k]);
  const keys = (xs, names, digits = 1) =>
    Object.fromEntries(names.map((k) => [k, summary(column(xs, k), digits)]));
  const render = SIZES.map((n) => ({ n, ...keys(renders[n], ['ms', 'work', 'longest', 'nodes', 'posts']) }));
  const update = SCENARIOS.map(([what, n, where], i) => {
    const rs = arrivals[i].map((r) => ({ ...r, count: r.shifts.length }));
    const largest = rs.flatMap((r) => r.shifts).sort((a, b) => b.value - a.value)[0];
    const stats = keys(rs, ['total', 'ms', 'work', 'worst', 'longest', 'moved', 'count', 'posts']);
    return { what, n, where, ...stats, cls: keys(rs, ['cls'], 4).cls, largest, button: rs[0].button };
  });
  const older = keys(
    renders[1000].flatMap((r) => r.clicks),
    ['ms', 'work', 'longest'],
  );
  // The first click and the tenth: a later page should cost no more than the first.
  const click = (i) => round(median(renders[1000].map((r) => r.clicks.at(i).work)), 0);
  Object.assign(older, { first: click(0), last: click(-1), postsAfter: renders[1000][0].postsAfter });
  // Linear is 10× the work for 10× the posts, 1× per post; paging should make it far less.
  const ratio = (a, b) => round(a.work.median / b.work.median, 2);
  const [renderGrowth, updateGrowth] = [ratio(render[2], render[1]), ratio(update[3], update[1])];
  return { runs, render, renderGrowth, update, updateGrowth, older };
}

const span = (s, unit = ' ms') => `${s.median}${unit} [${s.range[0]}–${s.range[1]}]`;
const task = ({ median: m, range: [, worst] }) =>
  `${m ? `${m} ms` : 'none over 50 ms'}${worst ? ` (worst run ${worst} ms)` : ''}`;
const renderRow = (r) =>
  `| ${r.n.toLocaleString('en')} | ${span(r.ms)} | ${span(r.work)} | ${task(r.longest)} | ${r.nodes.median.toLocaleString('en')} | ${r.posts.median} |`;
const updateRow = (u) =>
  `| ${u.what} | ${span(u.total)} | ${span(u.ms)} | ${span(u.work)} | ${span(u.worst)} | ${task(u.longest)} | ${u.moved.range[1]} px | ${u.cls.range[1]} (${u.count.range[1]} shifts) | ${u.posts.median}${u.button ? `, "${u.button}"` : ''} |`;
const shiftRow = ({ what, largest }) =>
  `Largest shift, ${what}: ${largest.value.toFixed(5)}; w,h,x,y ${largest.moves.join('; ')}`;

/** The results as the README's tables, and a one-line summary. */
export function liveRows({ render, update, older, renderGrowth, updateGrowth }) {
  const [, thousand, tenThousand] = render;
  const [, top, reading] = update;
  return [
    '| Posts | First render | Work | Longest task | DOM nodes | Posts drawn |\n| --- | --- | --- | --- | --- | --- |',
    ...render.map(renderRow),
    `\nWork for 10,000 posts ÷ 1,000: ${renderGrowth}× (${round(renderGrowth / 10, 3)}× per post; linear is 10×, 1× per post)`,
    '\n| 100 updates (80 new, 15 edits, 5 deletions) | Total | Per update | Work per update | Worst update | Longest task | 5th post moved (worst) | CLS (worst run) | Posts drawn after |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...update.map(updateRow),
    `\nWork per update at the top of the posts, 10,000 posts ÷ 1,000: ${updateGrowth}×`,
    ...update.filter((u) => u.largest).map(shiftRow),
    `"Older posts" clicked ${CLICKS} times on 1,000 posts: ${span(older.ms)} a click, work ${span(older.work)} (1st click ${older.first} ms, 10th ${older.last} ms), longest task ${task(older.longest)}, ${older.postsAfter} posts drawn after`,
    `\nSummary: 1,000 posts drawn in ${thousand.ms.median} ms, 10,000 in ${tenThousand.ms.median} ms (${tenThousand.posts.median} posts drawn; longest task ${task(tenThousand.longest)}); 100 updates at ${top.work.median} ms of work each at the top of the posts, ${reading.work.median} ms scrolled in; the reader's post moved ${reading.moved.range[1]} px and CLS ${reading.cls.range[1]} scrolled in (${top.cls.range[1]} at the top of the posts); "Older posts" ${older.ms.median} ms a click.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5));
  const { origin, close } = await startServer(new URL('..', import.meta.url).pathname);
  const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: chromiumArgs });
  const problems = [];
  const live = await liveBlog(browser, origin, runs, problems);
  console.log(`Live blog, median [range] of ${runs} fresh pages\n${liveRows(live)}`);
  if (problems.length) console.log(`\nErrors seen on the pages:\n  ${[...new Set(problems)].join('\n  ')}`);
  await browser.close();
  close();
}
