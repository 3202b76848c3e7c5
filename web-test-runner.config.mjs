// @web/test-runner: the tests run in real browsers, every engine installed on this machine.
// `npm test` (scripts/test.mjs) builds first and starts WebKit's WebDriver; the engines are found
// by scripts/browsers.mjs. NEWS_BROWSERS=chromium narrows a local run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { writeSync } from 'node:fs';
import { chromiumArgs, firefoxPage, selectedBrowsers } from './scripts/browsers.mjs';
import {
  besideOwn,
  chromiumSweeps,
  inOneEngine,
  notInWebKit,
  WORDPRESS_TEST,
} from './scripts/test-groups.mjs';
import { feedMiddleware } from './test/support/feed-middleware.mjs';
import { cspMiddleware } from './test/support/csp-middleware.mjs';
import { ssrMiddleware } from './test/support/ssr-middleware.mjs';
import { wordpressMiddleware } from './test/support/wordpress-middleware.mjs';
import { frameworksMiddleware } from './test/support/frameworks-middleware.mjs';
import { storiesPlugin } from './test/support/stories-plugin.mjs';
import { timingsReporter } from './test/support/timings-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

// The runner stops on an uncaught exception in this process, and its own message about it is
// buffered with the progress output, which is lost when it exits at once: say it unbuffered first.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => writeSync(2, `\nweb-test-runner (${event}): ${error?.stack ?? error}\n`));
}

const { run, skipped } = selectedBrowsers();
if (skipped.length) console.log(`Skipping browsers not installed here: ${skipped.join(', ')}`);
if (!Object.keys(run).length) {
  console.error(
    'No browser found to run the tests in. Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}

// Chromium and Firefox never reach the internet, online or not: an embed a test lets load (a
// YouTube frame) fails at once, as on CI's offline machine, instead of fetching a real player. Only
// this server is reached, under both its names. (WebKit keeps its network: in one CI run of three
// with a proxy capability, its driver opened no session at all, 6 December.)
const offline = { host: '127.0.0.1', port: 9, here: ['localhost', '127.0.0.1'] };
const chromiumOffline = `--host-resolver-rules=MAP * ~NOTFOUND, ${offline.here.map((h) => `EXCLUDE ${h}`).join(', ')}`;
const firefoxOffline = {
  'network.proxy.type': 1,
  'network.proxy.http': offline.host,
  'network.proxy.http_port': offline.port,
  'network.proxy.ssl': offline.host,
  'network.proxy.ssl_port': offline.port,
  'network.proxy.no_proxies_on': offline.here.join(', '),
};

const browsers = [];
let webkitLauncher;
const launchChromium = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: run.chromium,
      args: [
        ...chromiumArgs,
        '--headless=new',
        '--js-flags=--expose-gc',
        '--enable-precise-memory-info',
        chromiumOffline,
      ],
    },
  });
const chromium = run.chromium && launchChromium();
if (chromium) browsers.push(chromium);
// Most Chromium-only sweeps run in a second Chromium of their own, beside the first: one engine runs
// one page at a time (below), and in one Chromium they ran for five minutes after Firefox and WebKit
// had finished, on one core of two. (Three run in the first: `besideOwn`, scripts/test-groups.mjs.)
const sweeper = run.chromium && launchChromium();
if (run.firefox) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: run.firefox,
        headless: true,
        extraPrefsFirefox: firefoxOffline,
      },
      createPage: firefoxPage,
    }),
  );
}
if (run.webkit) {
  const port = Number(process.env.WEBKIT_WEBDRIVER_PORT);
  if (!port) {
    console.log('Skipping webkit: WebKitWebDriver is started by `npm test` (scripts/test.mjs).');
  } else {
    const webkit = webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': {
          binary: run.webkit,
          args: ['--automation'],
        },
      },
    });
    // The launcher names a browser from the capabilities asked for, which name none here (WebKitGTK's
    // driver refuses a browserName it does not expect): name the row and its failures "WebKit".
    const initialize = webkit.initialize.bind(webkit);
    webkit.initialize = async (config) => {
      await initialize(config);
      webkit.name = 'WebKit';
    };
    browsers.push(webkit);
    webkitLauncher = webkit;
  }
}

// Coverage only for the whole suite (a run narrowed with --files would always miss the threshold).
const narrowed = process.argv.slice(2).some((arg) => arg.startsWith('--files') || /\.test\.ts|\*/.test(arg));
const fullRun = !narrowed;
// A run narrowed to files has no groups: a Chromium-only sweep named on its own would run in every
// engine selected, where it fails for the engine (tokens: no viewport or media emulation outside
// Chromium). It runs in Chromium alone, as in a full run.
const named = process.argv.slice(2).filter((arg) => /\.test\.ts$/.test(arg));
const sweepsAlone = chromium && named.length > 0 && named.every((f) => inOneEngine(f.replace(/^\.\//, '')));
if (sweepsAlone && browsers.length > 1) console.log(`In Chromium alone (a sweep): ${named.join(', ')}`);

// Which files run where: scripts/test-groups.mjs. test/wordpress.test.ts needs the real WordPress
// `npm test` starts (scripts/wordpress.mjs); without one it is left out with one line saying so,
// except in CI, where that is a failure.
const chromiumOnly = [...chromiumSweeps];
if (process.env.NEWS_WORDPRESS_SITE) chromiumOnly.push(WORDPRESS_TEST);
else if (!narrowed && process.env.CI) {
  console.error(
    `${WORDPRESS_TEST} needs WordPress: in CI, run the tests with \`npm test\`, which starts it.`,
  );
  process.exit(1);
} else if (!narrowed) {
  console.log(
    `Skipping ${WORDPRESS_TEST}: no WordPress here (install Debian's wordpress php-cli php-mysql php-gd mariadb-server, and \`npm test\` starts it).`,
  );
}
const everywhere = [
  'test/**/*.test.ts',
  ...chromiumOnly.map((f) => `!${f}`),
  ...notInWebKit.map((f) => `!${f}`),
  `!${WORDPRESS_TEST}`,
];

// The fuzzer's image URLs include broken escapes ("%E0%A4%A"), the XSS corpus's null bytes ("%00"):
// answer them 400 quietly instead of letting the static file server print a stack trace for each.
async function undecodablePath(context, next) {
  let path;
  try {
    path = decodeURIComponent(context.path);
  } catch {
    context.status = 400;
    return;
  }
  if (path.includes('\0')) context.status = 400;
  else return next();
}

// The sweeps put garbage into every src, poster, embed and feed address on purpose. A media request
// for a file that does not exist fails for the page just as before (an empty 204 is not an image
// either), and a fetch() that misses gets 410 Gone (still an HTTP error for the feed), but neither
// is listed as a "404 network request" for each garbage value. Scripts and styles that miss still
// 404, so a broken import is still reported.
const MEDIA = new Set(['image', 'video', 'audio', 'track', 'iframe', 'embed', 'object']);
async function missingMediaQuietly(context, next) {
  await next();
  if (context.status !== 404) return;
  const dest = context.get('sec-fetch-dest');
  if (MEDIA.has(dest)) context.status = 204;
  else if (dest === 'empty') context.status = 410;
}

// Media asked for with `?cors=1` is shared with every origin: the figure's tests load subtitles
// from "another origin" (this same server under its other name, 127.0.0.1 or localhost).
async function corsOnAsk(context, next) {
  await next();
  if (context.query.cors === '1') context.set('Access-Control-Allow-Origin', '*');
}

export default {
  files: everywhere,
  // In CI, results only: the live progress bars would be printed again on every update.
  staticLogging: Boolean(process.env.CI),
  ...(process.env.NEWS_TIMINGS && {
    reporters: [defaultReporter(), timingsReporter(process.env.NEWS_TIMINGS)],
  }),
  groups: narrowed
    ? []
    : [
        ...(sweeper
          ? [
              {
                name: 'chromium-sweeps',
                files: chromiumOnly.filter((f) => !besideOwn.includes(f)),
                browsers: [sweeper],
              },
              { name: 'chromium-sweeps-beside', files: besideOwn, browsers: [chromium] },
            ]
          : []),
        ...(browsers.some((b) => b !== webkitLauncher)
          ? [
              {
                name: 'not-in-webkit',
                files: notInWebKit,
                browsers: browsers.filter((b) => b !== webkitLauncher),
              },
            ]
          : []),
      ],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  // One test page at a time per engine: Chromium hides every tab but one, and a hidden page gets no
  // animation frames or IntersectionObserver callbacks. The three engines still run side by side.
  concurrency: 1,
  concurrentBrowsers: 4,
  browsers: sweepsAlone ? [chromium] : browsers,
  browserStartTimeout: 120000,
  testsFinishTimeout: 300000,
  // Twice on 6 December, on CI's two cores running three engines and WordPress side by side, a test
  // that takes 1.5 s alone ran past 10 s (React's hydration, an island page). A hung test still fails.
  testFramework: { config: { timeout: 20000 } },
  coverage: fullRun && Boolean(run.chromium),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.styles.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
  },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  middleware: [
    missingMediaQuietly,
    undecodablePath,
    corsOnAsk,
    cspMiddleware(),
    feedMiddleware(),
    ssrMiddleware(),
    wordpressMiddleware(),
    frameworksMiddleware(),
  ],
  plugins: [
    storiesPlugin(),
    // `a11ySnapshot()`: what Chromium gives screen readers (test/caps.test.ts).
    a11ySnapshotPlugin(),
    // test/visual.test.ts: each element cropped, per theme and width. Half a percent of an element's
    // pixels absorbs anti-aliasing; a changed colour, size or spacing moves more than that.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/screenshots',
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
    esbuildPlugin({
      ts: true,
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
      target: 'es2022',
    }),
    {
      // A window a test opened (window.open, a link to a new tab) keeps the focus, and a page
      // without it gets no focus events in Chromium: `bring-to-front` gives it back, for the tests
      // of what the elements do as focus moves. (WebDriver's pages have no such call.)
      name: 'news-bring-to-front',
      async executeCommand({ command, session }) {
        if (command !== 'bring-to-front') return undefined;
        await session.browser.getPage?.(session.id)?.bringToFront();
        return true;
      },
    },
    {
      // Every test file first loads test/support/setup.ts: it fails a test that leaves an
      // unexpected console error, an uncaught error, or a Lit dev-mode warning behind.
      name: 'news-test-setup',
      transform(context) {
        if (/^\/test\/.*\.test\.ts$/.test(context.path)) {
          return { body: `import '/test/support/setup.ts';\n${context.body}` };
        }
      },
    },
  ],
};
