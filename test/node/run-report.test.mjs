// scripts/run-report.mjs: what `npm test` repeats at the end of a run that failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failedTests } from '../../scripts/run-report.mjs';

const esc = String.fromCharCode(27);

test('names each failed test with its file and the first lines of its error, through the progress bars', () => {
  // 6 December: Firefox's one failure scrolled out of the part of CI's log that was kept.
  const report = [
    `${esc}[2K${esc}[1A${esc}[2K${esc}[Gtest/islands.test.ts:`,
    '',
    ' ❌ news-elements/islands, sources > wakes a ranked list (failed on Firefox)',
    '      Error: Timeout: the list hydrates',
    '        at waitUntil (node_modules/@open-wc/testing-helpers/src/helpers.js:185:20)',
    '        at test/islands.test.ts:234:12',
    '',
    `${esc}[2KChrome:  |████| 55/90 test files | 1750 passed, 1 failed`,
    'test/teaser-list.test.ts:',
    ' ❌ <news-teaser-list> > from a feed > ends in the error state (failed on WebKit)',
    // Visual failures come one after another, their errors further down.
    'test/visual.test.ts:',
    ' ❌ visual baselines > live-blog, light, 1280 px, looks as approved',
    ' ❌ visual baselines > live-blog, dark, 1280 px, looks as approved',
  ].join('\n');
  assert.deepEqual(failedTests(report, 2), [
    [
      'test/islands.test.ts: ❌ news-elements/islands, sources > wakes a ranked list (failed on Firefox)',
      '    Error: Timeout: the list hydrates',
      '    at waitUntil (node_modules/@open-wc/testing-helpers/src/helpers.js:185:20)',
    ].join('\n'),
    'test/teaser-list.test.ts: ❌ <news-teaser-list> > from a feed > ends in the error state (failed on WebKit)',
    'test/visual.test.ts: ❌ visual baselines > live-blog, light, 1280 px, looks as approved',
    'test/visual.test.ts: ❌ visual baselines > live-blog, dark, 1280 px, looks as approved',
  ]);
});

test('names nothing when every test passed', () => {
  assert.deepEqual(failedTests('Finished running tests in 5s, all tests passed!'), []);
});
