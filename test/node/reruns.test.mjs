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
  ].join('\n');
  assert.equal(MOST_FLAKY_FILES, 2);
  assert.deepEqual(reruns(report), {
    firefox: ['test/islands.test.ts'],
    chromium: ['test/teaser-list.test.ts'],
    webkit: ['test/live-blog.test.ts'],
  });
});

test('runs nothing again when a test failed in more than one engine, or in too many files, or nothing failed', () => {
  const one = (file, engines) => `${file}:\n ❌ list > shows 20 posts (failed on ${engines})`;
  assert.equal(reruns(one('test/a.test.ts', 'Chrome and Firefox')), undefined);
  // A file that runs in one engine only (a sweep) names none: it failed everywhere it ran.
  assert.equal(reruns('test/hostile.test.ts:\n ❌ hostile > every payload stays inert'), undefined);
  const many = ['a', 'b', 'c'].map((name) => one(`test/${name}.test.ts`, 'Firefox')).join('\n');
  assert.equal(reruns(many), undefined);
  assert.equal(reruns('Finished running tests in 5s, all tests passed!'), undefined);
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
