// What enumerates the elements outside src/elements.ts follows it (test/elements.test.ts checks the
// list against the manifest in a browser): component folders, package exports, the React wrappers
// generated from custom-elements.json, and the ceilings of `npm run size`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { componentFolders } from '../../scripts/components.mjs';
import { elementsOf, generate } from '../../scripts/generate-react.mjs';

const read = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const tags = elementsOf(manifest).map((e) => e.tag);
const folders = tags.map((tag) => tag.replace(/^news-/, ''));

test('every documented element has a folder of its own with a define module, and no folder is extra', () => {
  assert.deepEqual(componentFolders().sort(), [...folders].sort());
});

test('the package exports each element under its folder name, registering it', () => {
  for (const folder of folders) {
    assert.equal(
      import.meta.resolve(`news-elements/${folder}`),
      new URL(`../../dist/${folder}/define.js`, import.meta.url).href,
    );
  }
});

test('the pattern exports elements only: shared code stays private', () => {
  assert.throws(() => import.meta.resolve('news-elements/internal'), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  });
});

test('the React wrappers in src/react/ are the ones generated from the manifest', async () => {
  for (const [file, expected] of Object.entries(await generate())) {
    assert.equal(readFileSync(file, 'utf8'), expected, `${file}: run npm run analyze`);
  }
  for (const { name } of elementsOf(manifest))
    assert.match(read('src/react/index.ts'), new RegExp(`\\b${name},`));
});

test('npm run size has a ceiling for every element', () => {
  const ceilings = /const ceilings = \{([\s\S]*?)\n\};/.exec(read('scripts/size.mjs'))[1];
  for (const folder of folders) assert.match(ceilings, new RegExp(`'${folder}':|\\b${folder}:`), folder);
});
