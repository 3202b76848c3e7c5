// news-elements/react on a Node server, for one React major: React's own renderToString, with each
// element's shadow root rendered into the HTML as Declarative Shadow DOM. Run by
// test/node/react-ssr.test.mjs (React 19) and test/node/react-18-ssr.test.mjs (React 18).
import { test, describe, before, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { requireReact } from './react-node.mjs';
import { loadSource } from './ssr-bundle.mjs';
import { ssrStory } from '../fixtures/ssr-story.mjs';

const stripMarkers = (page) => page.replace(/<!--\/?lit-(part|node)[^>]*-->|<\?>|<!-- -->/g, '');
const squash = (text) => stripMarkers(text).replace(/\s+/g, ' ');

const story = ssrStory({ format: 'long' });

/** The server-rendering cases, under React `major` (18 or 19). */
export function reactServerCases(major) {
  const { createElement: h, version } = requireReact(major, 'react');
  const ReactDOMServer = requireReact(major, 'react-dom/server');
  let react;
  let ssr;
  before(async () => {
    react = await loadSource('react', { react: major });
    ssr = await loadSource('ssr', { react: major });
  });
  afterEach(() => mock.restoreAll());

  /** React's server HTML for `element`, failing on any warning React or the elements log. */
  function render(element) {
    const error = mock.method(console, 'error');
    const warn = mock.method(console, 'warn');
    const page = ReactDOMServer.renderToString(element);
    assert.deepEqual(
      [...error.mock.calls, ...warn.mock.calls].map((c) => c.arguments.join(' ')),
      [],
    );
    return page;
  }

  describe(`news-elements/react on the server, React ${major}`, () => {
    test(`renders with React ${major} (${version})`, () => {
      assert.equal(version.split('.')[0], String(major));
      assert.equal(ReactDOMServer.version, version);
    });

    test('exports one component per element', () => {
      assert.deepEqual(Object.keys(react).sort(), [
        'NewsArticle',
        'NewsArticleBody',
        'NewsByline',
        'NewsDateline',
        'NewsFigure',
        'NewsGallery',
        'NewsLiveBlog',
        'NewsLivePost',
        'NewsNotice',
        'NewsPartnerBanner',
        'NewsShare',
        'NewsTeaser',
        'NewsTeaserList',
        'NewsToc',
      ]);
      for (const [name, component] of Object.entries(react)) assert.equal(component.displayName, name);
    });

    test('renders every element with its shadow root as Declarative Shadow DOM', () => {
      const cases = {
        NewsDateline: [
          { datetime: '2012-12-14', pattern: '{weekday} {dayOrdinal} {month}, {year}', locale: 'en-GB' },
          'Friday 14th December, 2012',
        ],
        NewsFigure: [{ ...story.image, loading: 'eager' }, 'The 7.40pm ferry leaving the north pier'],
        NewsPartnerBanner: [{ name: 'Harbour Bank', variant: 'sponsored' }, 'Sponsored by'],
        NewsTeaser: [story.related.items[1], 'Night buses to run until 2am from June'],
        NewsTeaserList: [
          { heading: 'More stories', items: story.related.items },
          'Island school gets its first new boat',
        ],
        NewsArticle: [{ children: h('h1', { slot: 'headline' }, story.headline) }, story.headline],
      };
      for (const [name, [props, text]] of Object.entries(cases)) {
        const page = render(h(react[name], props));
        const tag = name.replace(/[A-Z]/g, (c, i) => `${i ? '-' : ''}${c.toLowerCase()}`);
        assert.match(page, new RegExp(`^<${tag}[^>]*><template shadowrootmode="open"><style>`), name);
        assert.match(squash(page), new RegExp(text.replace(/[.*+?()[\]]/g, '\\$&')), name);
      }
    });

    test('waits for React in the browser: defer-hydration, so properties are set before the element starts', () => {
      const page = render(h(react.NewsTeaserList, { heading: 'More stories', items: story.related.items }));
      assert.match(page, /^<news-teaser-list[^>]*\bdefer-hydration=""/);
    });

    test('writes attributes for string and number props, never for arrays, objects or handlers', () => {
      const page = render(
        h(react.NewsFigure, {
          ...story.image,
          className: 'lead',
          id: 'lead-image',
          zoomable: true,
          onNewsFigureError: () => {},
        }),
      );
      const [host] = /^<news-figure[^>]*>/.exec(page);
      assert.match(host, /\bclass="lead"/);
      assert.match(host, /\bid="lead-image"/);
      assert.match(host, /\bsrc="\/stories\/assets\/city-800x450.jpg"/);
      assert.match(host, /\bwidth="800"/);
      assert.match(host, /\bzoomable=""/);
      assert.doesNotMatch(host, /onnews|function|\[object/i);
    });

    test('keeps React children in the light DOM, after the shadow root', () => {
      const page = render(
        h(react.NewsArticleBody, null, h('p', null, 'The council voted 23 to 9 on Tuesday.')),
      );
      assert.match(
        page,
        /^<news-article-body[^>]*><p>The council voted 23 to 9 on Tuesday.<\/p><\/news-article-body>$/,
      );
    });

    test('renders a whole story page through React, every inline style allowed by styleHashes()', async () => {
      const { createHash } = await import('node:crypto');
      const page = render(
        h(
          react.NewsArticle,
          null,
          h('h1', { slot: 'headline' }, story.headline),
          h(react.NewsDateline, { slot: 'dateline', datetime: '2012-12-14', locale: 'en-GB' }),
          h(react.NewsFigure, { slot: 'lead', ...story.image }),
          h(react.NewsArticleBody, null, ...story.body.map((p, i) => h('p', { key: i }, p))),
          h(react.NewsPartnerBanner, { slot: 'partner', ...story.partner }),
          h(react.NewsTeaserList, { slot: 'related', heading: 'More stories', items: story.related.items }),
        ),
      );
      const text = squash(page);
      for (const expected of [
        '14 December 2012',
        'The 7.40pm ferry',
        'The council voted 23 to 9',
        'In partnership with',
        'Night buses',
      ]) {
        assert.ok(text.includes(expected), expected);
      }
      const hashes = new Set(ssr.styleHashes());
      const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      assert.ok(styles.length >= 6);
      for (const css of styles) {
        assert.ok(hashes.has(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`));
      }
    });
  });
}
