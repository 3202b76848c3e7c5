// The single files ask Chromium to compile them on a background thread while they download
// (scripts/single-file.mjs). The comment works only as the file's first line, and a minifier drops
// comments: this reads what the build wrote (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const firstLine = (file) =>
  readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8').split('\n')[0];

test('the single files start with the compile hint; the island loader, mostly idle at load, does not', () => {
  assert.equal(firstLine('news-elements.js'), '//# allFunctionsCalledOnLoad');
  assert.equal(firstLine('news-elements-hydrate.js'), '//# allFunctionsCalledOnLoad');
  assert.doesNotMatch(firstLine('news-elements-islands.js'), /allFunctionsCalledOnLoad/);
});
