// On two cores running three engines and WordPress side by side, a test sometimes fails for the
// machine, not the code: WebKitGTK's automation stalls a whole session (the driver stops answering,
// a page never finishes loading: about one full run in four, a different file each time), or a
// starved engine misses a wait (Firefox, once in CI on 6 December, the failure itself lost). This
// reads a run's report and names the files to run once more, each in the one engine it failed in.
import { reportLines } from './run-report.mjs';

// What the runner reports when the browser, not a test, gave out.
const STALL =
  /WebDriverError|did not finish within \d+ms|browser disconnected|invalid session id|Error while running tests|unable to create and start a test page/;

// What the runner reports when the code coverage is under the configured threshold.
const COVERAGE_FAILED = /failed to meet coverage threshold|Coverage for \w+ failed with/;

// The engines as the runner names them in "(failed on …)", and as NEWS_BROWSERS names them.
const ENGINES = { Chrome: 'chromium', Firefox: 'firefox', WebKit: 'webkit' };

// More files failing than this, beyond WebKit's stalls, is not the machine.
export const MOST_FLAKY_FILES = 2;

/**
 * The files to run again, by engine (`{ firefox: ['test/a.test.ts'] }`), or `undefined` when
 * nothing failed, or something failed that another run must not stand in for: the coverage
 * threshold (a narrowed run measures none), a failure in more than one engine (or in the only
 * engine its file runs in, which the runner does not name), or more than MOST_FLAKY_FILES files.
 */
export function reruns(report) {
  const lines = reportLines(report);
  if (lines.some((line) => COVERAGE_FAILED.test(line))) return undefined;
  const byEngine = {};
  const flaky = new Set();
  let file = '';
  for (const line of lines) {
    const heading = /^(test\/\S+\.test\.ts):$/.exec(line);
    if (heading) file = heading[1];
    if (!line.startsWith('❌')) continue;
    const engine = ENGINES[/\(failed on (\w+)\)$/.exec(line)?.[1]];
    if (!engine || !file) return undefined;
    if (!(engine === 'webkit' && STALL.test(line))) flaky.add(`${engine} ${file}`);
    byEngine[engine] = [...new Set([...(byEngine[engine] ?? []), file])];
  }
  if (flaky.size > MOST_FLAKY_FILES || !Object.keys(byEngine).length) return undefined;
  return byEngine;
}
