// NEWS_TIMINGS=<file> npm test: writes how long each test file's tests took in each browser (the sum
// of mocha's durations, hooks aside) and each test of 2 s or more, slowest first, to see where the
// suite's time goes before trimming it.
import { writeFileSync } from 'node:fs';

/** Every test of a file's results, with its suites' names before its own. */
const testsOf = (suite, path = []) => [
  ...(suite?.tests ?? []).map((test) => ({ name: [...path, test.name].join(' > '), ms: test.duration ?? 0 })),
  ...(suite?.suites ?? []).flatMap((child) => testsOf(child, [...path, child.name])),
];

export function timingsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const rows = sessions.flatMap(({ browser, testFile, testResults }) => {
        const tests = testsOf(testResults);
        const total = tests.reduce((sum, test) => sum + test.ms, 0);
        return [
          [total, testFile],
          ...tests.filter((test) => test.ms >= 2000).map((test) => [test.ms, `${testFile} > ${test.name}`]),
        ].map(([ms, what]) => [Math.round(ms / 100) / 10, browser.name, what]);
      });
      rows.sort((a, b) => b[0] - a[0]);
      writeFileSync(file, rows.map((row) => row.join('\t')).join('\n') + '\n');
    },
  };
}
