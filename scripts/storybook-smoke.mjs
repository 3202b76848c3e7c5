// Opens the built Storybook (storybook-static/, from `npm run build-storybook`) in headless
// Chromium and visits every entry of its index.json, stories and docs pages alike. Fails when an
// entry shows Storybook's error screen, throws, logs a console error, or runs Lit in dev mode or
// twice, or when a docs page's "Show code" gives a reader a URL that works only in this Storybook.
// Usage: node scripts/storybook-smoke.mjs [--dir=storybook-static]
/* global document, requestAnimationFrame -- used inside page.evaluate(), which runs in the browser */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowsers } from './browsers.mjs';
import { contentType } from './content-types.mjs';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, process.argv.find((a) => a.startsWith('--dir='))?.slice(6) ?? 'storybook-static');
const indexFile = join(dir, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`No ${indexFile}: build Storybook first (npm run build-storybook).`);
  process.exit(1);
}
const executablePath = findBrowsers().chromium;
if (!executablePath) {
  console.error('The Storybook smoke test needs Chromium (apt-get install chromium, or set CHROME_PATH).');
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  // Browsers ask for /favicon.ico on their own; Storybook ships none, and that is not a story's fault.
  if (path === '/favicon.ico') return res.writeHead(204).end();
  let file = normalize(join(dir, path));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(dir) || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  res.writeHead(200, { 'content-type': contentType(file) });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const LIT_WARNINGS = /Lit is in dev mode|Multiple versions of Lit loaded/;
// In shown code: this Storybook's files, a feed story's own slowing or failing, a root-relative
// picture. Each becomes the example newsroom's URL (stories/source.ts).
// And the docs page's own box around an English story.
const LOCAL_ONLY = [
  /\/stories\/assets\//,
  /[?&](?:amp;)?(?:delay|fail)=/,
  /src="\/(?!\/)/,
  /class="story-dir"[^>]*dir="ltr"/,
];

/** The "Show code" blocks of a docs page that show a URL working only in this Storybook. */
async function localOnlyCode(page) {
  await page.waitForSelector('.sbdocs-content', { timeout: 10000 });
  const snippets = await page.evaluate(async () => {
    const toggles = [...document.querySelectorAll('button.docblock-code-toggle')];
    toggles.forEach((toggle) => toggle.click());
    const read = () =>
      [...document.querySelectorAll('.sbdocs-preview pre')].map((pre) => ({
        story: pre.closest('.sb-anchor')?.id.replace(/^anchor--(primary--)?/, '') ?? '?',
        code: pre.textContent,
      }));
    // Each block opens once its highlighter has loaded and fills in once its story has rendered:
    // read them when all are open, none is empty, and they stop changing.
    let last = '';
    for (let tries = 0; tries < 60; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      const blocks = read();
      const now = JSON.stringify(blocks);
      if (now === last && blocks.length >= toggles.length && blocks.every(({ code }) => code.trim())) break;
      last = now;
    }
    return read();
  });
  return snippets.flatMap(({ story, code }) => {
    const at = Math.min(...LOCAL_ONLY.map((pattern) => code.search(pattern)).filter((i) => i >= 0));
    if (at === Infinity) return [];
    const excerpt = code.slice(Math.max(0, at - 40), at + 80).replace(/\s+/g, ' ');
    return [`"Show code" of ${story}: …${excerpt}…`];
  });
}

const { entries } = JSON.parse(readFileSync(indexFile, 'utf8'));
const list = Object.values(entries).filter((e) => e.type === 'story' || e.type === 'docs');
// Each docs page again with the toolbar's "Right to left": its stories' Arabic content in boxes of
// their own, the English page around them left to right.
list.push(...list.filter((e) => e.type === 'docs').map((e) => ({ ...e, rtl: true })));
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
const failures = [];
let stories = 0;
let docs = 0;

try {
  for (const entry of list) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') {
        errors.push(`console.error: ${message.text()} (${message.location().url || 'no url'})`);
      } else if (LIT_WARNINGS.test(message.text())) {
        // The built docs are production: Lit's production build, loaded once.
        errors.push(`console.${message.type()}: ${message.text().split('.')[0]}`);
      }
    });
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    try {
      const globals = entry.rtl ? '&globals=direction:rtl' : '';
      await page.goto(
        `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}${globals}`,
      );
      // Storybook marks the outcome on <body>: sb-show-main (rendered), sb-show-errordisplay, sb-show-nopreview.
      const outcome = await page.waitForFunction(
        () =>
          ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].find((c) =>
            document.body.classList.contains(c),
          ),
        undefined,
        { timeout: 30000 },
      );
      const state = await outcome.jsonValue();
      if (state !== 'sb-show-main') {
        const message = await page.evaluate(
          () => document.querySelector('#error-message')?.textContent?.trim() ?? '',
        );
        errors.push(`Storybook shows ${state}${message ? `: ${message}` : ''}`);
      } else if (viewMode === 'story') {
        // Let the story's elements finish rendering before judging the console.
        await page.evaluate(async () => {
          const root = document.querySelector('#storybook-root') ?? document.body;
          const els = [...root.querySelectorAll('*')].filter((el) => el.updateComplete?.then);
          await Promise.all(els.map((el) => el.updateComplete));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        });
        const empty = await page.evaluate(
          () => !document.querySelector('#storybook-root')?.childElementCount,
        );
        if (empty) errors.push('the story rendered nothing');
      } else if (entry.rtl) {
        // A page with stories: once the first is drawn (the decorator has run).
        await page
          .waitForFunction(() => document.querySelector('.docs-story .story-dir'), undefined, {
            timeout: 10000,
          })
          .catch(() => {});
        const wrong = await page.evaluate(() => {
          if (!document.querySelector('.docs-story')) return '';
          if (!document.querySelector('.story-dir')) return 'its stories have no box of their own';
          if (document.documentElement.dir !== 'ltr')
            return `the docs page is ${document.documentElement.dir}`;
          // The decorator's box around each story (.storybook/preview.ts): Arabic content in Arabic.
          const english = [...document.querySelectorAll('.docs-story .story-dir[dir="rtl"][lang]')].find(
            (box) => !/^(ar|he|fa|ur|ps)\b/.test(box.lang),
          );
          return english ? `a right-to-left story in lang="${english.lang}"` : '';
        });
        if (wrong) errors.push(`right to left: ${wrong}`);
      } else {
        errors.push(...(await localOnlyCode(page)));
      }
    } catch (error) {
      errors.push(String(error.message ?? error).split('\n')[0]);
    } finally {
      await page.close();
    }
    if (entry.type === 'docs') docs += entry.rtl ? 0 : 1;
    else stories++;
    if (errors.length)
      failures.push(`${entry.title} › ${entry.name} (${entry.id}):\n    ${errors.join('\n    ')}`);
    process.stdout.write(errors.length ? 'F' : '.');
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`\n\nVisited ${stories} stories and ${docs} docs pages (each also right to left) in ${dir}.`);
if (failures.length) {
  console.error(`\n${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Every entry rendered without an error.');
