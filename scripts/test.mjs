// `npm test`: one command for the whole suite. It builds dist/ (one test embeds the single-file
// bundle in a plain page) and the framework example apps (scripts/frameworks.mjs), runs the
// Node-side tests, starts WebKit's WebDriver under a virtual display when WebKit is installed,
// starts the real WordPress when Debian's packages are here (scripts/wordpress.mjs), runs
// @web/test-runner in every engine found, and always stops what it started.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { selectedBrowsers } from './browsers.mjs';
import { missingPackages, SITE, startWordPress } from './wordpress.mjs';
import { buildFrameworks, unbuilt } from './frameworks.mjs';
import { reruns } from './reruns.mjs';
import { failedTests } from './run-report.mjs';

const passthrough = process.argv.slice(2);

if (!process.env.NEWS_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The example apps test/frameworks.test.ts loads (Vue, Svelte, Angular), each built from dist/ with its
// own tooling (scripts/frameworks.mjs); NEWS_SKIP_BUILD keeps the builds that exist.
if (!passthrough.length || passthrough.some((arg) => /frameworks|\*/.test(arg))) {
  try {
    await buildFrameworks(process.env.NEWS_SKIP_BUILD ? unbuilt() : undefined);
  } catch (error) {
    console.error(`The example apps did not build: ${error.message}`);
    process.exit(1);
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForWebDriver(port, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const env = { ...process.env };
let webdriver;
const { run } = selectedBrowsers();
async function startWebDriver() {
  const port = await freePort();
  // Its own process group, so that ending it also ends Xvfb and every MiniBrowser it started.
  webdriver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
  });
  if (await waitForWebDriver(port)) env.WEBKIT_WEBDRIVER_PORT = String(port);
  return !!env.WEBKIT_WEBDRIVER_PORT;
}
// A driver that does not answer is asked once more (a busy two-core machine) before WebKit is left out.
if (run.webkit && !(await startWebDriver())) {
  stopWebDriver();
  if (!(await startWebDriver()))
    console.log('Skipping webkit: WebKitWebDriver did not start within 30 s, twice.');
}

function stopWebDriver() {
  if (!webdriver?.pid) return;
  try {
    process.kill(-webdriver.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  webdriver = undefined;
}

// The real WordPress test/wordpress.test.ts reads (scripts/wordpress.mjs). Where Debian's packages are
// absent locally, web-test-runner.config.mjs leaves the test out and says so; in CI that fails.
let wordpress;
if (!passthrough.length || passthrough.some((arg) => /wordpress|\*/.test(arg))) {
  try {
    const missing = missingPackages();
    if (missing.length && process.env.CI)
      throw new Error(`CI must install ${missing.join(' ')} (.ci/run does)`);
    if (!missing.length) {
      wordpress = await startWordPress();
      env.NEWS_WORDPRESS_SITE = SITE;
    }
  } catch (error) {
    console.error(`WordPress did not start: ${error.message}`);
    if (process.env.CI) {
      stopWebDriver();
      process.exit(1);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    stopWebDriver();
    await wordpress?.stop();
    process.exit(130);
  });
}

// The Node-side tests (server rendering, React's server renderer) first: they are quick.
// Arguments narrow the run to some browser test files, and then these are left out.
// The dot reporter: one character per test and the failures in full, not hundreds of TAP lines.
if (!passthrough.length) console.log('Node-side tests (test/node/):');
const node = passthrough.length
  ? { status: 0 }
  : spawnSync(process.execPath, ['--test', '--test-reporter=dot', 'test/node/'], { stdio: 'inherit' });
console.log(`Browser tests in ${Object.keys(run).join(', ')} (a progress bar per engine):`);

/** Runs web-test-runner on `files` (all, when none), showing its report as it comes; its exit code and report. */
function runBrowserTests(files, extraEnv = {}) {
  const runner = spawn('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...files], {
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...env, ...extraEnv },
  });
  let report = '';
  for (const name of ['stdout', 'stderr'])
    runner[name].on('data', (chunk) => {
      process[name].write(chunk);
      report += chunk;
    });
  return new Promise((resolve) =>
    runner.on('exit', (code, signal) => {
      if (signal) console.error(`web-test-runner was ended by ${signal}.`);
      resolve({ code: code ?? 1, report });
    }),
  );
}

const { code: firstCode, report } = await runBrowserTests(passthrough);
// A file that failed for the machine (scripts/reruns.mjs) runs once more, in the engine it failed
// in; the run passes only if every such file then passes. What failed the first time is named at
// the end either way: a flaky test is a lead, not noise.
let code = firstCode;
const again = code !== 0 ? reruns(report) : undefined;
const firstFailures = failedTests(report);
if (again) {
  let passedAgain = true;
  for (const [engine, files] of Object.entries(again)) {
    console.log(`\nOnce more, in ${engine} alone: ${files.join(', ')}.`);
    if (engine === 'webkit') {
      stopWebDriver();
      await startWebDriver();
    }
    const rerun = await runBrowserTests(files, { NEWS_BROWSERS: engine, NEWS_TIMINGS: '' });
    if (rerun.code !== 0) passedAgain = false;
  }
  if (passedAgain) {
    code = 0;
    console.log(`\nFailed once, then passed when run again (flaky):\n${firstFailures.join('\n')}`);
  }
}
if (code !== 0 && firstFailures.length)
  console.log(`\nWhat failed (${firstFailures.length}), again at the end:\n${firstFailures.join('\n')}`);
stopWebDriver();
await wordpress?.stop();
process.exit(node.status !== 0 ? node.status || 1 : code);
