// The single files' DOMPurify (scripts/purify-arguments.mjs): its method wrapper takes rest
// parameters, calls through exactly as before, and the build stops if DOMPurify's code changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { purifyArgumentsPlugin } from '../../scripts/purify-arguments.mjs';

const require = createRequire(import.meta.url);
const file = join(dirname(require.resolve('dompurify')), 'purify.es.mjs');
const { transform } = purifyArgumentsPlugin();

/** The `unapply` function of `code`, made callable. */
const unapplyOf = (code) =>
  new Function('apply', `${/function unapply\(func\) \{[\s\S]*?\n\}/.exec(code)[0]}; return unapply;`)(
    Reflect.apply,
  );

test('DOMPurify’s unapply copies no arguments and calls the method as before', () => {
  const original = readFileSync(file, 'utf8');
  const { code } = transform(original, file);
  assert.doesNotMatch(/function unapply[\s\S]*?\n\}/.exec(code)[0], /arguments/);
  for (const unapply of [unapplyOf(original), unapplyOf(code)]) {
    assert.equal(unapply(String.prototype.replace)('a-b-c', /-/g, '+'), 'a+b+c');
    assert.equal(unapply(String.prototype.toLowerCase)('SCRIPT'), 'script');
  }
  assert.equal(transform('export const x = 1;', '/src/other.js'), undefined, 'other modules untouched');
});

test('the build stops when DOMPurify’s unapply no longer reads as expected', () => {
  assert.throws(() => transform('function unapply(func) { return func; }', file), /unapply\(\) has changed/);
});
