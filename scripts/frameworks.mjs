// `npm run frameworks`: builds the example apps, each with its own tooling, into
// node_modules/.cache/news-frameworks/<app>/, where test/frameworks.test.ts loads them
// (test/support/frameworks-middleware.mjs serves them at /__frameworks/<app>/).
//   examples/vue      Vue 3 with @vitejs/plugin-vue (the repo's own devDependencies)
//   examples/svelte   Svelte 5 with @sveltejs/vite-plugin-svelte (likewise)
//   examples/angular  Angular's application builder through `ng build`; its dependencies are its own
//                     (examples/angular/package.json), installed here with `npm ci` when missing
// `npm run frameworks -- vue svelte` builds some. Every app imports the package `news-elements`,
// that is dist/: build that first (`npm run build`; `npm test` does both in order).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT = `${ROOT}node_modules/.cache/news-frameworks/`;

/** Each app's folder under OUT that holds its index.html. */
export const PAGES = { vue: 'vue', svelte: 'svelte', angular: 'angular/browser' };

/** The apps whose build output is missing. */
export const unbuilt = (apps = Object.keys(PAGES)) =>
  apps.filter((app) => !existsSync(`${OUT}${PAGES[app]}/index.html`));

// The tools' own chatter (Angular's chunk table) is kept out of the test log and shown only when
// the step fails.
function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${result.stdout}${result.stderr}`);
}

async function viteApp(app) {
  const { build } = await import('vite');
  await build({
    root: `${ROOT}examples/${app}`,
    logLevel: 'warn',
    build: { outDir: `${OUT}${app}`, emptyOutDir: true },
  });
}

function angularApp() {
  const dir = `${ROOT}examples/angular`;
  // npm ci writes node_modules/.package-lock.json last: an install that is missing or older than the
  // lockfile is done again.
  const installed = `${dir}/node_modules/.package-lock.json`;
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(`${dir}/package-lock.json`).mtimeMs)
    // --include=dev: Vite's build, which ran first in this process, set NODE_ENV=production, under
    // which npm ci would leave out the Angular CLI.
    run('npm', ['ci', '--include=dev', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  rmSync(`${OUT}angular`, { recursive: true, force: true });
  run('npm', ['run', '--silent', 'build', '--', '--output-path', `${OUT}angular`], dir);
}

/** Builds the apps named (all by default), printing how long each took. */
export async function buildFrameworks(apps = Object.keys(PAGES)) {
  if (apps.length && !existsSync(`${ROOT}dist/index.js`))
    throw new Error('No dist/: run `npm run build` first.');
  for (const app of apps) {
    if (!(app in PAGES)) throw new Error(`No example app "${app}" (${Object.keys(PAGES).join(', ')}).`);
    const started = Date.now();
    if (app === 'angular') angularApp();
    else await viteApp(app);
    console.log(`Built examples/${app} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildFrameworks(process.argv.length > 2 ? process.argv.slice(2) : undefined);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
