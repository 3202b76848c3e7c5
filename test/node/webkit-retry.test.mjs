// scripts/webkit-retry.mjs: which files `npm test` runs once more in WebKit after a run fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webkitStalls } from '../../scripts/webkit-retry.mjs';

const esc = String.fromCharCode(27);

test('names the files whose only failures were WebKit stalling, as the runner reports them', () => {
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
  assert.deepEqual(webkitStalls(report), [
    'test/first-frame-items.test.ts',
    'test/article-body-layout.test.ts',
    'test/article-body-xss.test.ts',
    'test/article-body-embeds.test.ts',
  ]);
});

test('runs nothing again when a test failed on its own, in any engine, or nothing failed', () => {
  const stall =
    'test/a.test.ts:\n ❌ Tests were interrupted because the browser disconnected.  (failed on WebKit)';
  assert.equal(
    webkitStalls(`${stall}\ntest/b.test.ts:\n ❌ list > shows 20 posts (failed on WebKit)`),
    undefined,
  );
  assert.equal(
    webkitStalls(`${stall}\ntest/b.test.ts:\n ❌ list > shows 20 posts (failed on Chrome)`),
    undefined,
  );
  assert.equal(webkitStalls('Finished running tests in 5s, all tests passed!'), undefined);
});

test('runs nothing again when the coverage is under its threshold, which no ❌ line names', () => {
  const report = [
    'test/a.test.ts:',
    ' ❌ Tests were interrupted because the browser disconnected.  (failed on WebKit)',
    `Coverage for ${esc}[1mlines${esc}[22m failed with ${esc}[31m89.1 %${esc}[39m compared to configured 90 %`,
    'Finished running tests in 700s, failed to meet coverage threshold.',
  ].join('\n');
  assert.equal(webkitStalls(report), undefined);
});
