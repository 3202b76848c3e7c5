import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  jsonForScript,
  newsArticleSchema,
  newsArticleScript,
  type ArticleData,
} from '../src/schema/index.js';

const story: ArticleData = {
  headline: 'Harbour city votes to keep its <em>last</em> ferry &amp; night bus',
  url: 'https://news.example.com/2024/05/harbour-ferry-vote',
  standfirst: 'Councillors overturned the closure after 4,000 residents wrote in.',
  kicker: 'Local',
  datetime: '2024-05-14T08:00:00+09:00',
  updated: '2024-05-14T11:20:00+09:00',
  image: [
    {
      src: '/stories/assets/city-1600x900.jpg',
      width: 1600,
      height: 900,
      caption: 'The 7.40 ferry leaving the north pier',
      credit: 'Min-ji Park',
    },
    { src: '/stories/assets/city-600x600.jpg', width: 600, height: 600 },
  ],
  authors: ['By Min-ji Park', { name: 'Omar Haddad', url: '/staff/omar-haddad' }],
  publisher: {
    name: 'The Harbour Herald',
    url: 'https://news.example.com/',
    logo: '/stories/assets/logo-harbour-bank.svg',
  },
  locale: 'en-GB',
};

/** Parses a `<script>` string the way a browser does and returns what ended up in the head. */
function parseInHead(script: string) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><head>${script}</head><body><p>after</p>`,
    'text/html',
  );
  return { scripts: doc.head.querySelectorAll('script'), doc };
}

describe('news-elements/schema', () => {
  afterEach(() => sinon.restore());

  describe("Google's recommended NewsArticle properties", () => {
    it('is a schema.org NewsArticle with the headline as plain text', () => {
      const schema = newsArticleSchema(story);
      expect(schema['@context']).to.equal('https://schema.org');
      expect(schema['@type']).to.equal('NewsArticle');
      expect(schema.headline).to.equal('Harbour city votes to keep its last ferry & night bus');
      expect(schema.description).to.equal(
        'Councillors overturned the closure after 4,000 residents wrote in.',
      );
    });

    it('lists every image as an absolute ImageObject, with size, caption and credit', () => {
      const { image } = newsArticleSchema(story);
      expect(image).to.deep.equal([
        {
          '@type': 'ImageObject',
          url: 'https://news.example.com/stories/assets/city-1600x900.jpg',
          width: 1600,
          height: 900,
          caption: 'The 7.40 ferry leaving the north pier',
          creditText: 'Min-ji Park',
        },
        {
          '@type': 'ImageObject',
          url: 'https://news.example.com/stories/assets/city-600x600.jpg',
          width: 600,
          height: 600,
        },
      ]);
    });

    it('gives image as an array even for a single URL', () => {
      const { image } = newsArticleSchema({ ...story, image: 'https://cdn.example.com/lead.jpg' });
      expect(image).to.deep.equal([{ '@type': 'ImageObject', url: 'https://cdn.example.com/lead.jpg' }]);
    });

    it('keeps datePublished and dateModified as ISO 8601 with their zone', () => {
      const schema = newsArticleSchema(story);
      expect(schema.datePublished).to.equal('2024-05-14T08:00:00+09:00');
      expect(schema.dateModified).to.equal('2024-05-14T11:20:00+09:00');
      expect(newsArticleSchema({ headline: 'x', datetime: '2012-12-14' }).datePublished).to.equal(
        '2012-12-14',
      );
    });

    it('names authors as Person (or Organization) with only the name, and an absolute url', () => {
      const schema = newsArticleSchema({
        ...story,
        authors: [
          ...(story.authors as []),
          { name: 'Herald Data Desk', type: 'Organization', url: 'https://news.example.com/data' },
        ],
      });
      expect(schema.author).to.deep.equal([
        { '@type': 'Person', name: 'Min-ji Park' },
        { '@type': 'Person', name: 'Omar Haddad', url: 'https://news.example.com/staff/omar-haddad' },
        { '@type': 'Organization', name: 'Herald Data Desk', url: 'https://news.example.com/data' },
      ]);
    });

    it('names who helped report the story as contributors, like authors', () => {
      const schema = newsArticleSchema({
        ...story,
        contributors: [
          'Soo-ah Lee',
          { name: 'Tomás Herrera', url: '/staff/tomas-herrera', jobTitle: 'Data reporter' },
        ],
      });
      expect(schema.contributor).to.deep.equal([
        { '@type': 'Person', name: 'Soo-ah Lee' },
        {
          '@type': 'Person',
          name: 'Tomás Herrera',
          url: 'https://news.example.com/staff/tomas-herrera',
          jobTitle: 'Data reporter',
        },
      ]);
      expect(newsArticleSchema(story).contributor, 'none without them').to.equal(undefined);
    });

    it('names the publisher as an Organization with its logo', () => {
      expect(newsArticleSchema(story).publisher).to.deep.equal({
        '@type': 'Organization',
        name: 'The Harbour Herald',
        url: 'https://news.example.com/',
        logo: {
          '@type': 'ImageObject',
          url: 'https://news.example.com/stories/assets/logo-harbour-bank.svg',
        },
      });
    });

    it('ties the article to its page, section and language', () => {
      const schema = newsArticleSchema(story);
      expect(schema.mainEntityOfPage).to.deep.equal({ '@type': 'WebPage', '@id': story.url });
      expect(schema.url).to.equal(story.url);
      expect(schema.articleSection).to.equal('Local');
      expect(schema.inLanguage).to.equal('en-GB');
    });
  });

  describe('bad data', () => {
    it('leaves out an invalid date with one warning naming it, never "Invalid Date"', () => {
      const warn = sinon.stub(console, 'warn');
      const schema = newsArticleSchema({
        headline: 'Budget day',
        datetime: '2024-13-45',
        updated: 'yesterday',
      });
      expect(schema).not.to.have.property('datePublished');
      expect(schema).not.to.have.property('dateModified');
      expect(warn).to.have.been.calledTwice;
      expect(warn.firstCall.args[0]).to.contain('datetime "2024-13-45"');
      expect(JSON.stringify(schema)).not.to.match(/Invalid Date|NaN|undefined|null/);
    });

    it('drops a dateModified earlier than datePublished', () => {
      const warn = sinon.stub(console, 'warn');
      const schema = newsArticleSchema({
        headline: 'x',
        datetime: '2024-05-14T08:00Z',
        updated: '2024-05-13T08:00Z',
      });
      expect(schema.datePublished).to.equal('2024-05-14T08:00Z');
      expect(schema).not.to.have.property('dateModified');
      expect(warn).to.have.been.calledOnce;
    });

    it('never lets javascript: or data: URLs into url, image or author.url', () => {
      const warn = sinon.stub(console, 'warn');
      const schema = newsArticleSchema({
        headline: 'x',
        url: 'javascript:alert(1)',
        image: ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>'],
        authors: [{ name: 'Eve', url: 'javascript:alert(1)' }],
      });
      expect(JSON.stringify(schema)).not.to.match(/javascript:|data:/);
      expect(schema).not.to.have.property('image');
      expect(schema.author).to.deep.equal([{ '@type': 'Person', name: 'Eve' }]);
      expect(warn).to.have.been.called;
    });

    it('survives wrong types and nonsense without throwing or printing junk', () => {
      const warn = sinon.stub(console, 'warn');
      const junk = {
        headline: 42,
        image: [null, {}, { src: 7 }],
        authors: [null, { name: {} }, ''],
        publisher: { name: '' },
        keywords: 'not-a-list',
        datetime: {},
      } as unknown as ArticleData;
      const schema = newsArticleSchema(junk);
      expect(schema).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        keywords: ['not-a-list'],
      });
      expect(warn).to.have.been.calledOnceWith('news-elements: schema: a NewsArticle needs a headline.');
      expect(() => newsArticleSchema(undefined as unknown as ArticleData)).not.to.throw();
    });

    it('ignores image sizes that are not positive numbers', () => {
      const { image } = newsArticleSchema({
        headline: 'x',
        image: { src: 'https://a.example/x.jpg', width: -1, height: NaN },
      });
      expect(image).to.deep.equal([{ '@type': 'ImageObject', url: 'https://a.example/x.jpg' }]);
    });
  });

  describe('embedding in a page', () => {
    const hostile: ArticleData = {
      // Entity-encoded markup in a CMS title decodes to real "</script>" text: the case that matters.
      headline: 'Ferry &lt;/script&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt; vote',
      standfirst: '<!-- <script> --> and \u2028 line separators & ampersands',
      authors: ['&lt;/SCRIPT &gt;&lt;img src=x onerror="window.__pwned = 2"&gt;'],
      url: 'https://news.example.com/a?b=1&c=</script>',
    };

    it('writes no "<" inside the script, so content cannot close it or open a comment', () => {
      const script = newsArticleScript(hostile);
      const inner = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
      expect(inner).not.to.match(/[<>]/);
      expect(inner).to.contain('\\u003c/script\\u003e');
    });

    it('parses as exactly one script whose JSON reads back the original text', () => {
      const { scripts, doc } = parseInHead(newsArticleScript(hostile));
      expect(scripts).to.have.length(1);
      expect(doc.querySelectorAll('img')).to.have.length(0);
      expect(doc.body.textContent).to.equal('after');
      const parsed = JSON.parse(scripts[0]!.textContent!);
      expect(parsed.headline).to.equal('Ferry </script><script>window.__pwned = 1</script> vote');
      expect(parsed.description).not.to.contain('<!--');
      expect(parsed).to.deep.equal(newsArticleSchema(hostile));
    });

    it('runs nothing when inserted into a live document', () => {
      const host = document.createElement('div');
      document.body.append(host);
      try {
        host.append(document.createRange().createContextualFragment(newsArticleScript(hostile)));
        expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
        expect(host.querySelectorAll('script')).to.have.length(1);
      } finally {
        host.remove();
      }
    });

    it('jsonForScript escapes the characters that matter and round-trips', () => {
      const value = { a: '</script><!--&\u2028\u2029', b: [1, true, null] };
      const json = jsonForScript(value);
      expect(json).not.to.match(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).to.deep.equal(value);
    });
  });

  describe('corrections', () => {
    it('gives each correction as a schema.org CorrectionComment with its text and date', () => {
      const { correction } = newsArticleSchema({
        ...story,
        corrections: [
          {
            text: 'An earlier version said 9,000 passengers. It was <b>90,000</b>.',
            datetime: '2024-05-15T10:00:00Z',
          },
          { text: 'The trial ran at weekends only.' },
        ],
      });
      expect(correction).to.deep.equal([
        {
          '@type': 'CorrectionComment',
          text: 'An earlier version said 9,000 passengers. It was 90,000.',
          datePublished: '2024-05-15T10:00:00Z',
        },
        { '@type': 'CorrectionComment', text: 'The trial ran at weekends only.' },
      ]);
    });

    it('leaves out a correction without text and a date that is not one, each with one warning', () => {
      const warn = sinon.stub(console, 'warn');
      const { correction } = newsArticleSchema({
        ...story,
        corrections: [
          { text: '  ' },
          null as unknown as { text: string },
          { text: 'The vote was 31 to 12.', datetime: 'yesterday' },
        ],
      });
      expect(correction).to.deep.equal([{ '@type': 'CorrectionComment', text: 'The vote was 31 to 12.' }]);
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([
        'news-elements: schema: a correction has no text; left out.',
        'news-elements: schema: correction datetime "yesterday" is not an ISO 8601 date; left out.',
      ]);
      expect(newsArticleSchema(story)).not.to.have.property('correction');
    });

    it('cannot close its script, whatever a correction says', () => {
      // HTML source, as a CMS sends it: its text is the markup written out.
      const text = 'We misquoted &lt;/script&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt; the mayor';
      const { scripts } = parseInHead(newsArticleScript({ ...story, corrections: [{ text }] }));
      expect(scripts).to.have.length(1);
      expect(JSON.parse(scripts[0]!.textContent!).correction[0].text).to.equal(
        'We misquoted </script><script>window.__pwned = 1</script> the mayor',
      );
    });
  });
});
