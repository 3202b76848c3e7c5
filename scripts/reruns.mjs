// On two cores running three engines and WordPress side by side, a test sometimes fails for the
// machine, not the code: WebKitGTK's automation stalls a whole session (the driver stops answering,
// a page never finishes loading: about one full run in four, a different file each time), or a
// starved engine misses a wait (Firefox, once in CI on 6 December, the failure itself lost). This
// reads a run's report and names the files to run once more, each in the one engine it failed in.
import { failureLines, reportLines } from './run-report.mjs';

// What the runner reports when the browser, not a test, gave out.
const STALL =
  /WebDriverError|did not finish within \d+ms|browser disconnected|invalid session id|Error while running tests|unable to create and start a test page/;

// What the runner reports when the code coverage is under the configured threshold.
const COVERAGE_FAILED = /failed to meet coverage threshold|Coverage for \w+ failed with/;

// The engines as the runner names them in "(failed on …)", and as NEWS_BROWSERS names them.
const ENGINES = { Chrome: 'chromium', Firefox: 'firefox', WebKit: 'webkit' };

// More files failing than this, beyond WebKit's stalls, is not the machine.
export const MOST_FLAKY_FILES = 2;

// Files whose inputs differ from run to run: a rerun would test something else (fuzzing, with a new
// seed, might not find its counterexample again). Every other file asserts the same thing each time,
// the Chromium sweeps included: a real leak or a missing token fails twice, a collection that came
// late once.
const NEW_INPUTS_EACH_RUN = ['test/fuzz.test.ts'];

// How the runner ends a run it finished with failures: with failed tests, or with only sessions
// that gave out. A run it did not finish (an uncaught exception, a signal) has files that never ran.
const FINISHED = /^Finished running tests in [\d.]+s with \d+ failed tests\.$|^Error while running tests\.$/;

/**
 * The files to run again, by engine (`{ firefox: ['test/a.test.ts'] }`), or `undefined` when
 * nothing failed, or something failed that another run must not stand in for: a run the runner did
 * not finish, the coverage threshold (a narrowed run measures none), a file failing in more than
 * one engine, a file with new inputs each run (fuzzing), or more than MOST_FLAKY_FILES files.
 */
export function reruns(report) {
  const lines = reportLines(report);
  if (lines.some((line) => COVERAGE_FAILED.test(line)) || !lines.some((line) => FINISHED.test(line)))
    return undefined;
  const engines = new Map();
  const flaky = new Set();
  for (const { file, line } of failureLines(lines)) {
    // "(failed on Chrome and Firefox)" names no one engine.
    const engine = ENGINES[/\(failed on (\w+)\)$/.exec(line)?.[1]];
    if (!engine || !file || NEW_INPUTS_EACH_RUN.includes(file)) return undefined;
    if (!(engine === 'webkit' && STALL.test(line))) flaky.add(file);
    engines.set(file, new Set([...(engines.get(file) ?? []), engine]));
  }
  if (!engines.size || flaky.size > MOST_FLAKY_FILES || [...engines.values()].some((each) => each.size > 1))
    return undefined;
  const byEngine = {};
  for (const [failed, [engine]] of engines) (byEngine[engine] ??= []).push(failed);
  return byEngine;
}
