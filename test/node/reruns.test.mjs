// scripts/reruns.mjs: which files `npm test` runs once more, and in which engine, after a run fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MOST_FLAKY_FILES, reruns } from '../../scripts/reruns.mjs';

const esc = String.fromCharCode(27);

test('names the files WebKit stalled in, however many, as the runner reports them', () => {
  const report = [
    `${esc}[2K${esc}[1A${esc}[2K${esc}[Gtest/first-frame-items.test.ts:`,
    '',
    ' ❌ Error: WebDriverError: Request failed with error code UND_ERR_HEADERS_TIMEOUT when running "url" with method "POST"  (failed on WebKit)',
    'test/article-body-layout.test.ts:',
    ' ❌ Browser tests did not finish within 300000ms. You can increase this timeout with the testsFinishTimeout option.  (failed on WebKit)',
    'test/article-body-xss.test.ts:',
    ' ❌ Tests were interrupted because the browser disconnected.  (failed on WebKit)',
    // 6 December, night: WebKit's driver never opened a session for any file.
    'test/article-body-embeds.test.ts:',
    ' ❌ The browser was unable to create and start a test page after 120000ms. You can increase this timeout with the browserStartTimeout option.  (failed on WebKit)',
    `${esc}[1m${esc}[31mError while running tests.${esc}[39m${esc}[22m`,
  ].join('\n');
  assert.deepEqual(reruns(report), {
    webkit: [
      'test/first-frame-items.test.ts',
      'test/article-body-layout.test.ts',
      'test/article-body-xss.test.ts',
      'test/article-body-embeds.test.ts',
    ],
  });
});

test('names a file whose test failed in one engine, each in its engine, up to MOST_FLAKY_FILES', () => {
  const report = [
    'test/islands.test.ts:',
    ' ❌ news-elements/islands > wakes a teaser list in two round trips (failed on Firefox)',
    '      AssertionError: expected [ Array(3) ] to have a length at most 2 but got 3',
    ' ❌ news-elements/islands > hydrates an idle element (failed on Firefox)',
    'test/teaser-list.test.ts:',
    ' ❌ <news-teaser-list> > from a feed > ends in the error state (failed on Chrome)',
    'test/live-blog.test.ts:',
    ' ❌ Tests were interrupted because the browser disconnected.  (failed on WebKit)',
    'Finished running tests in 653.1s with 4 failed tests.',
  ].join('\n');
  assert.equal(MOST_FLAKY_FILES, 2);
  assert.deepEqual(reruns(report), {
    firefox: ['test/islands.test.ts'],
    chromium: ['test/teaser-list.test.ts'],
    webkit: ['test/live-blog.test.ts'],
  });
});

test('runs nothing again for a failure in two engines, the fuzzer, too many files, an unfinished run, or none', () => {
  const done = '\nFinished running tests in 700s with 2 failed tests.';
  const one = (file, engines, name = 'list > shows 20 posts') =>
    `${file}:\n ❌ ${name} (failed on ${engines})`;
  assert.deepEqual(reruns(one('test/a.test.ts', 'Firefox') + done), { firefox: ['test/a.test.ts'] });
  assert.equal(reruns(one('test/a.test.ts', 'Chrome and Firefox') + done), undefined);
  // Two tests of one file, each in its own engine: the file fails in two.
  const twoEngines = `${one('test/a.test.ts', 'Chrome')}\n ❌ list > shows 10 posts (failed on Firefox)`;
  assert.equal(reruns(twoEngines + done), undefined);
  // The fuzzer draws new inputs each run: its counterexample might not be found again.
  assert.equal(reruns(one('test/fuzz.test.ts', 'Chrome', 'fuzz > never throws') + done), undefined);
  const many = ['a', 'b', 'c'].map((name) => one(`test/${name}.test.ts`, 'Firefox')).join('\n');
  assert.equal(reruns(many + done), undefined);
  // The runner stopped (an uncaught exception): the files after it never ran.
  assert.equal(
    reruns(`${one('test/a.test.ts', 'Firefox')}\nUncaught exception, stopping test runner..`),
    undefined,
  );
  assert.equal(reruns('Finished running tests in 5s, all tests passed!'), undefined);
});

test('names a Chromium sweep that failed, in Chromium: the same inputs each run, so a real leak fails twice', () => {
  // CI, 7 December: a heap sweep failed once, and passed in the runs before and after it.
  const report = [
    'test/leaks-2.test.ts:',
    ' ❌ leaks > the JS heap stays flat > <news-article-body>: heap growth under 1 kB a cycle, copies collected (failed on Chrome)',
    'Finished running tests in 990s with 1 failed tests.',
  ].join('\n');
  assert.deepEqual(reruns(report), { chromium: ['test/leaks-2.test.ts'] });
});

test('runs nothing again when the coverage is under its threshold, which no ❌ line names', () => {
  const report = [
    'test/a.test.ts:',
    ' ❌ Tests were interrupted because the browser disconnected.  (failed on WebKit)',
    `Coverage for ${esc}[1mlines${esc}[22m failed with ${esc}[31m89.1 %${esc}[39m compared to configured 90 %`,
    'Finished running tests in 700s, failed to meet coverage threshold.',
  ].join('\n');
  assert.equal(reruns(report), undefined);
});
