// Finds the browser engines installed on this machine. Nothing here downloads a browser:
// they come from the system's packages (Debian: chromium, firefox-esr, webkit2gtk-driver + xvfb).
import { existsSync } from 'node:fs';

const candidates = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    install: 'apt-get install chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    install: 'apt-get install firefox-esr',
  },
  webkit: {
    env: 'WEBKIT_MINIBROWSER_PATH',
    paths: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    ],
    // WebKit also needs its WebDriver and a virtual display.
    needs: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'],
    install: 'apt-get install webkit2gtk-driver xvfb',
  },
};

/** Path of each installed engine (or undefined), environment variables first. */
export function findBrowsers() {
  const found = {};
  for (const [name, { env, paths, needs = [] }] of Object.entries(candidates)) {
    const path = [process.env[env], ...paths].find((p) => p && existsSync(p));
    found[name] = path && needs.every((p) => existsSync(p)) ? path : undefined;
  }
  return found;
}

/** The engines to run: NEWS_BROWSERS=chromium,firefox narrows the set (handy while developing). */
export function selectedBrowsers() {
  const wanted = (process.env.NEWS_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
  const found = findBrowsers();
  const run = {};
  const skipped = [];
  for (const name of wanted) {
    if (!(name in candidates)) continue;
    if (found[name]) run[name] = found[name];
    else skipped.push(`${name} (install: ${candidates[name].install})`);
  }
  return { run, skipped };
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A Firefox tab for @web/test-runner-puppeteer. Puppeteer 24 sets a screen orientation with every
 * viewport, through a WebDriver BiDi command (`emulation.setScreenOrientationOverride`) that
 * Debian's Firefox ESR 140.12 does not know; the runner sets a viewport before each test file, so
 * every file failed there (7 December 2026). The viewport is still set; only the orientation, which
 * no test reads, is let go.
 */
export async function firefoxPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = (viewport) =>
    setViewport(viewport).catch((error) => {
      if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
    });
  return page;
}
