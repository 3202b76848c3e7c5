// WebKitGTK's automation sometimes stalls a whole session (the driver stops answering, a page never
// finishes loading): seen about once in four full runs, each time on a different file, and never when
// that file runs again. That is the browser, not a test. This reads a run's report and names the files
// whose only failures were such stalls in WebKit, so `npm test` can run those once more, in WebKit.

// What the runner reports when the browser, not a test, gave out.
const STALL =
  /WebDriverError|did not finish within \d+ms|browser disconnected|invalid session id|Error while running tests|unable to create and start a test page/;

// What the runner reports when the code coverage is under the configured threshold.
const COVERAGE_FAILED = /failed to meet coverage threshold|Coverage for \w+ failed with/;

// The progress bars' terminal codes (ESC [ … letter) around the report's lines.
const ESCAPES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
const clean = (line) => line.replace(ESCAPES, '').trim();

/**
 * The test files to run again in WebKit, or `undefined` when any failure is a test's own (an
 * assertion, any failure in another engine) or there is none.
 */
export function webkitStalls(report) {
  // Coverage below its threshold fails the run with no ❌ line: the retry, which measures none,
  // must not stand in for it.
  if (COVERAGE_FAILED.test(report.replace(ESCAPES, ''))) return undefined;
  const files = new Set();
  let file = '';
  for (const raw of report.split('\n')) {
    const line = clean(raw);
    const heading = /^(test\/\S+\.test\.ts):$/.exec(line);
    if (heading) file = heading[1];
    if (!line.startsWith('❌')) continue;
    if (!/\(failed on WebKit\)$/.test(line) || !STALL.test(line) || !file) return undefined;
    files.add(file);
  }
  return files.size ? [...files] : undefined;
}
