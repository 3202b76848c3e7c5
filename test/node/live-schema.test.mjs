// news-elements/schema's LiveBlogPosting in Node (node --test test/node/): what a server puts in a
// live blog's <head>, before any script runs. The browser side: test/schema-live-blog.test.ts.
import { test, describe, before, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from '../support/ssr-bundle.mjs';

let schema;
before(async () => {
  schema = await loadSource('schema');
});
afterEach(() => mock.restoreAll());

const blog = {
  headline: 'Storm Éowyn live: power cuts &amp; closures',
  url: 'https://news.example.com/live/storm',
  datetime: '2025-01-24T06:00:00Z',
  publisher: { name: 'The Harbour Herald' },
  posts: [
    {
      id: '1',
      datetime: '2025-01-24T06:10:00Z',
      headline: 'Red warning',
      html: '<p>Stay <em>indoors</em>.</p>',
    },
    {
      id: '3',
      datetime: '2025-01-24T08:00:00Z',
      modified: '2025-01-24T08:30:00Z',
      html: '<p>Ferries cancelled.</p>',
    },
    { id: '2', datetime: '2025-01-24T07:00:00Z', deleted: true },
  ],
};

describe('liveBlogSchema in Node', () => {
  test('gives the LiveBlogPosting with its updates newest first', () => {
    const out = schema.liveBlogSchema(blog);
    assert.equal(out['@type'], 'LiveBlogPosting');
    assert.equal(out.headline, 'Storm Éowyn live: power cuts & closures');
    assert.equal(out.coverageStartTime, '2025-01-24T06:00:00Z');
    assert.equal(out.dateModified, '2025-01-24T08:30:00Z');
    assert.equal(out.coverageEndTime, undefined);
    assert.deepEqual(
      out.liveBlogUpdate.map(({ url, headline, articleBody }) => ({ url, headline, articleBody })),
      [
        {
          url: 'https://news.example.com/live/storm#post-3',
          headline: 'Ferries cancelled.',
          articleBody: 'Ferries cancelled.',
        },
        {
          url: 'https://news.example.com/live/storm#post-1',
          headline: 'Red warning',
          articleBody: 'Stay indoors.',
        },
      ],
    );
  });

  test('ends coverage at the last update when ended is true', () => {
    assert.equal(schema.liveBlogSchema({ ...blog, ended: true }).coverageEndTime, '2025-01-24T08:30:00Z');
  });

  test('writes a script no post can close, that parses back to the same object', () => {
    const hostile = {
      ...blog,
      posts: [
        { id: 'x', datetime: '2025-01-24T09:00:00Z', headline: '</script><!-- <script>alert(1)</script>' },
      ],
    };
    const script = schema.liveBlogScript(hostile);
    assert.match(script, /^<script type="application\/ld\+json">[^<>]*<\/script>$/);
    const json = script.slice(script.indexOf('>') + 1, script.lastIndexOf('<'));
    assert.deepEqual(JSON.parse(json), schema.liveBlogSchema(hostile));
  });

  test('never throws on wrong data, and warns once per problem', () => {
    const warn = mock.method(console, 'warn', () => {});
    for (const bad of [null, 3, 'x', { posts: {} }, { headline: 'h', posts: [null, { id: 1 }] }]) {
      assert.doesNotThrow(() => schema.liveBlogScript(bad));
    }
    // The first four have no headline; the last has one and two posts it cannot use: one warning.
    assert.deepEqual(
      warn.mock.calls.map(({ arguments: [message] }) => message),
      [
        ...Array(4).fill('news-elements: schema: a LiveBlogPosting needs a headline.'),
        'news-elements: schema: a live post needs an id and a datetime; left out.',
      ],
    );
  });
});
