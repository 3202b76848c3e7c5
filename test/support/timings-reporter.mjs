// NEWS_TIMINGS=<file> npm test: writes how long each test file's tests took in each browser (the sum
// of mocha's durations, hooks aside) and each test of 2 s or more, slowest first, to see where the suite's time goes before trimming it.
import { writeFileSync } from 'node:fs';

export function timingsReporter(file) {
  const total = (suite) =>
    (suite?.tests ?? []).reduce((sum, test) => sum + (test.duration ?? 0), 0) +
    (suite?.suites ?? []).reduce((sum, child) => sum + total(child), 0);
  return {
    onTestRunFinished({ sessions }) {
      const rows = sessions.map((s) => ({
        browser: s.browser.name,
        file: s.testFile,
        seconds: Math.round(total(s.testResults) / 100) / 10,
      }));
      // And each test of 2 s or more, as `file > test`.
      const slow = (session, suite, path = []) => [
        ...(suite?.tests ?? [])
          .filter((test) => (test.duration ?? 0) >= 2000)
          .map((test) => ({
            browser: session.browser.name,
            file: `${session.testFile} > ${[...path, test.name].join(' > ')}`,
            seconds: Math.round(test.duration / 100) / 10,
          })),
        ...(suite?.suites ?? []).flatMap((child) => slow(session, child, [...path, child.name])),
      ];
      rows.push(...sessions.flatMap((session) => slow(session, session.testResults)));
      rows.sort((a, b) => b.seconds - a.seconds);
      writeFileSync(file, rows.map((r) => `${r.seconds}\t${r.browser}\t${r.file}`).join('\n') + '\n');
    },
  };
}
