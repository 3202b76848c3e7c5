/**
 * Loaded before every test file (see web-test-runner.config.mjs). A test fails when it leaves an
 * unexpected console error or warning behind: Lit's dev-mode warnings (a property changed during
 * update, a missing binding) and our own one-line content warnings alike. Tests that expect a
 * warning stub console.warn themselves, which keeps the message away from this guard.
 */
import { chai } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const problems: string[] = [];
const expected = [/Lit is in dev mode/];
// Real captured feeds name pictures on hosts the test browsers cannot reach (offline by design): a
// teaser warns that one did not load, in whichever test the failure lands (WebKit keeps its network
// and learns it late). Not the code under test: a test of that warning stubs console.warn itself.
const elsewhere = (text: string) =>
  /could not load (image-src|headshot) "(https?:)?\/\//.test(text) && !text.includes(`//${location.host}/`);

for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (elsewhere(text)) return;
    if (!expected.some((pattern) => pattern.test(text))) problems.push(`console.${level}: ${text}`);
    original(...args);
  };
}
// WebKitGTK 2.4x's built-in media controls (its own script, not ours) throw when a <video> goes away:
// their NullMedia names `EmptyRanges` without defining it. Nothing in news-elements says EmptyRanges.
const browsersOwn = /Can't find variable: EmptyRanges/;
window.addEventListener('error', (event) => {
  const ours = event.filename.startsWith(location.origin);
  if (ours || !browsersOwn.test(event.message)) problems.push(`uncaught: ${event.message}`);
});
window.addEventListener('unhandledrejection', (event) =>
  problems.push(`unhandled rejection: ${String(event.reason)}`),
);

// Mocha's hook.error() (missing from its typings) fails the test that caused the output; throwing
// from a root hook would instead abort every test after it in the file.
type Hook = Mocha.Runnable & { error(error: Error): void };
afterEach(function () {
  if (!problems.length) return;
  (this.test as Hook).error(new Error(`Unexpected console output:\n${problems.splice(0).join('\n')}`));
});

// A failed assertion carries its `actual` and `expected` values, which the runner sends from the
// page with structuredClone: a sinon spy, an element or a window anywhere in them cannot be cloned,
// the result never left the page, and the test file hung until its five-minute limit instead of
// failing (`expect(warn).calledOnce`, `expect(el).to.equal(other)`, an array of elements). Such
// values go as chai prints them, which the diff can still compare.
const { assert } = chai.Assertion.prototype;
chai.Assertion.prototype.assert = function (...args: Parameters<typeof assert>) {
  try {
    assert.apply(this, args);
  } catch (error) {
    const failure = error as { actual?: unknown; expected?: unknown };
    try {
      structuredClone([failure.actual, failure.expected]);
    } catch {
      failure.actual = chai.util.inspect(failure.actual);
      failure.expected = chai.util.inspect(failure.expected);
    }
    throw error;
  }
};

// A window an earlier test file opened (window.open, a link to a new tab) keeps the focus, and a
// page without it gets no focus events in Chromium and Firefox: each file starts with it given
// back (the `bring-to-front` command in web-test-runner.config.mjs).
before(() => executeServerCommand('bring-to-front'));
