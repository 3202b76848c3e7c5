// news-elements/schema's NewsArticle in Node: what a server (renderStoryPage, or its own template)
// puts in a story's <head>. The browser side: test/schema.test.ts.
import { test, describe, before, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from '../support/ssr-bundle.mjs';

let schema;
before(async () => {
  schema = await loadSource('schema');
});
afterEach(() => mock.restoreAll());

const story = (locale) => ({ headline: 'Ferry vote kept the night bus', locale });

describe('newsArticleSchema inLanguage in Node', () => {
  // A CMS's POSIX locale and odd casing are the tag search engines read.
  for (const [locale, expected] of [
    ['en_GB', 'en-GB'],
    [' pt_br ', 'pt-BR'],
    ['ZH-hant-tw', 'zh-Hant-TW'],
  ]) {
    test(`writes ${JSON.stringify(locale)} as ${expected}, silently`, () => {
      const warn = mock.method(console, 'warn', () => {});
      assert.equal(schema.newsArticleSchema(story(locale)).inLanguage, expected);
      assert.equal(warn.mock.callCount(), 0);
    });
  }

  test('leaves out a locale that is no BCP 47 tag, with one warning', () => {
    const warn = mock.method(console, 'warn', () => {});
    const data = story('x-klingon');
    assert.equal('inLanguage' in schema.newsArticleSchema(data), false);
    schema.newsArticleSchema(data);
    assert.equal(warn.mock.callCount(), 1);
    assert.match(warn.mock.calls[0].arguments[0], /locale "x-klingon" is not a BCP 47 language tag/);
  });

  test("renderStoryPage's JSON-LD names the page's language as its <html lang> does", async () => {
    const ssr = await loadSource('ssr');
    const page = await ssr.renderStoryPage({ ...story('en_GB'), datetime: '2024-05-14T08:00:00Z' });
    assert.match(page, /<html lang="en-GB">/);
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)[1];
    assert.equal(JSON.parse(json).inLanguage, 'en-GB');
  });
});
