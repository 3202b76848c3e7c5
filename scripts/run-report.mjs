// Reading web-test-runner's report, as `npm test` prints it: progress bars and all.

// The progress bars' terminal codes (ESC [ … letter) around the report's lines.
const ESCAPES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/** The report without its terminal codes, line by line, each trimmed. */
export const reportLines = (report) =>
  report
    .replace(ESCAPES, '')
    .split('\n')
    .map((line) => line.trim());

// The heading the runner prints above a test file's failures.
const HEADING = /^(test\/\S+\.test\.ts):$/;

/** Each ❌ line of the report's `lines`, with the test file it is printed under and its index. */
export function failureLines(lines) {
  const found = [];
  let file = '';
  lines.forEach((line, index) => {
    file = HEADING.exec(line)?.[1] ?? file;
    if (line.startsWith('❌')) found.push({ file, line, index });
  });
  return found;
}

/**
 * Each failed test with its file and the first lines of its error, for the end of a run: the
 * runner prints a failure when its file finishes, and a long run's log may keep only its last
 * part (a CI page), where the progress bars say only how many failed.
 */
export function failedTests(report, linesEach = 4) {
  const lines = reportLines(report);
  return failureLines(lines).map(({ file, line, index }) => {
    // An assertion's first line can hold a whole array; the full text is further up.
    const after = lines.slice(index + 1, index + 1 + linesEach);
    const next = after.findIndex((text) => text.startsWith('❌') || HEADING.test(text));
    const error = (next < 0 ? after : after.slice(0, next)).filter(Boolean);
    const cut = (text) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
    return [`${file}: ${line}`, ...error.map((text) => `    ${cut(text)}`)].join('\n');
  });
}
