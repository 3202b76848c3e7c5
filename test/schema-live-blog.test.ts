// news-elements/schema's LiveBlogPosting: schema.org's LiveBlogPosting and BlogPosting, as Google's
// live blog guidance reads them (coverage times, each update with headline, datePublished,
// articleBody and a url to its anchor), escaped as the NewsArticle script is.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { parseLivePosts } from '../src/live-blog/live-data.js';
import { liveBlogSchema, liveBlogScript, type LiveBlogData } from '../src/schema/index.js';
import { schemaOrgProblems } from './support/schema-org.js';

const blog: LiveBlogData = {
  headline: 'Election night live: results &amp; reaction',
  url: 'https://news.example.com/live/election-night',
  standfirst: 'Every count as it comes in.',
  datetime: '2025-03-01T18:00:00Z',
  authors: ['By Amal Haddad'],
  publisher: { name: 'The Harbour Herald', url: 'https://news.example.com/' },
  locale: 'en-GB',
  posts: [
    {
      id: '101',
      datetime: '2025-03-01T18:05:00Z',
      headline: 'Polls close',
      html: '<p>Counting <b>starts</b>.</p>',
      author: 'Jon Berg',
    },
    {
      id: '103',
      datetime: '2025-03-01T19:40:00Z',
      modified: '2025-03-01T19:55:00Z',
      html: '<p>The first result: Harbour North holds its seat with a majority of 2,140 votes.</p>',
      author: ['Amal Haddad', 'Jon Berg'],
    },
    {
      id: '102',
      datetime: '2025-03-01T19:00:00Z',
      headline: 'Turnout up',
      html: '<p>62%</p>',
      deleted: true,
    },
  ],
};

function parseInHead(script: string) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><head>${script}</head><body><p>after</p>`,
    'text/html',
  );
  return { scripts: doc.head.querySelectorAll('script'), doc };
}

describe('news-elements/schema LiveBlogPosting', () => {
  afterEach(() => sinon.restore());

  it('describes the blog as a schema.org LiveBlogPosting with its coverage start', () => {
    const schema = liveBlogSchema(blog);
    expect(schema).to.include({
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      headline: 'Election night live: results & reaction',
      description: 'Every count as it comes in.',
      url: 'https://news.example.com/live/election-night',
      datePublished: '2025-03-01T18:00:00Z',
      coverageStartTime: '2025-03-01T18:00:00Z',
      dateModified: '2025-03-01T19:55:00Z',
      inLanguage: 'en-GB',
    });
    expect(schema.author).to.deep.equal([{ '@type': 'Person', name: 'Amal Haddad' }]);
    expect(schema).not.to.have.property('coverageEndTime');
  });

  it('gives each post not deleted as a BlogPosting in liveBlogUpdate, newest first', () => {
    expect(liveBlogSchema(blog).liveBlogUpdate).to.deep.equal([
      {
        '@type': 'BlogPosting',
        // No headline: its first words, as Google reads a headline on every update.
        headline: 'The first result: Harbour North holds its seat with a majority of…',
        url: 'https://news.example.com/live/election-night#post-103',
        datePublished: '2025-03-01T19:40:00Z',
        dateModified: '2025-03-01T19:55:00Z',
        articleBody: 'The first result: Harbour North holds its seat with a majority of 2,140 votes.',
        author: [
          { '@type': 'Person', name: 'Amal Haddad' },
          { '@type': 'Person', name: 'Jon Berg' },
        ],
      },
      {
        '@type': 'BlogPosting',
        headline: 'Polls close',
        url: 'https://news.example.com/live/election-night#post-101',
        datePublished: '2025-03-01T18:05:00Z',
        articleBody: 'Counting starts.',
        author: [{ '@type': 'Person', name: 'Jon Berg' }],
      },
    ]);
  });

  it('headlines a post without one by its first words on one line, whatever paragraphs its body has', () => {
    const [update] = liveBlogSchema({
      ...blog,
      posts: [
        { id: 'p1', datetime: '2025-03-01T19:40:00Z', html: '<p>First count</p><p>Harbour North holds</p>' },
      ],
    }).liveBlogUpdate!;
    expect(update!.headline).to.equal('First count Harbour North holds');
  });

  it('sets coverageEndTime once the blog has ended: at a given time, or at its last update', () => {
    expect(liveBlogSchema({ ...blog, ended: '2025-03-02T02:00:00Z' }).coverageEndTime).to.equal(
      '2025-03-02T02:00:00Z',
    );
    expect(liveBlogSchema({ ...blog, ended: true }).coverageEndTime).to.equal('2025-03-01T19:55:00Z');
    expect(liveBlogSchema({ ...blog, ended: false })).not.to.have.property('coverageEndTime');
  });

  it('starts coverage at the first post when the blog gives no date, and anchors posts on the page', () => {
    const schema = liveBlogSchema({
      headline: 'Storm live',
      posts: [{ id: 'a b#c', datetime: '2025-03-01T10:00:00Z' }],
    });
    expect(schema).to.include({
      coverageStartTime: '2025-03-01T10:00:00Z',
      datePublished: '2025-03-01T10:00:00Z',
    });
    expect(schema.liveBlogUpdate![0]!.url).to.equal('#post-a%20b%23c');
  });

  it('is valid schema.org: every property defined on its type, every value in its range', () => {
    const ended = liveBlogSchema({ ...blog, ended: true, image: '/img/count.jpg', keywords: ['Elections'] });
    expect(schemaOrgProblems(ended)).to.deep.equal([]);
    expect(
      schemaOrgProblems(liveBlogSchema({ headline: 'x', posts: [{ id: '1', datetime: '2025-03-01' }] })),
    ).to.deep.equal([]);
    // The validator does catch what schema.org does not define.
    expect(
      schemaOrgProblems({ '@type': 'BlogPosting', coverageStartTime: '2025-03-01T10:00:00Z' }),
    ).to.deep.equal(['$.coverageStartTime: not a BlogPosting property']);
  });

  it('reads what the live feed parser gives', () => {
    const posts = parseLivePosts({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 9, title: 'Result', content_html: '<p>Yes</p>', date_published: '2025-03-01 20:00:00' }],
      _live: { deleted: ['8'] },
    });
    const schema = liveBlogSchema({ headline: 'Live', url: 'https://news.example.com/live', posts });
    expect(schema.liveBlogUpdate).to.deep.equal([
      {
        '@type': 'BlogPosting',
        headline: 'Result',
        url: 'https://news.example.com/live#post-9',
        datePublished: '2025-03-01T20:00:00',
        articleBody: 'Yes',
      },
    ]);
    expect(schemaOrgProblems(schema)).to.deep.equal([]);
  });

  it('leaves out posts without an id or a date and a bad end, with one warning each, and never throws', () => {
    const warn = sinon.stub(console, 'warn');
    const data = {
      headline: 'Live',
      datetime: '2025-03-01T10:00:00Z',
      ended: '2025-02-01T00:00:00Z',
      posts: [
        { id: '', datetime: '2025-03-01T10:00:00Z' },
        { id: '2', datetime: 'tonight' },
        { id: '3' },
        null,
        'post',
        { id: { toString: '' }, datetime: { valueOf: '' }, author: 5, html: [] },
        { id: '4', datetime: '2025-03-01T11:00:00Z', author: ['', 'By Ana'], headline: '  Two   words ' },
      ],
    } as unknown as LiveBlogData;
    const schema = liveBlogSchema(data);
    expect(schema.liveBlogUpdate).to.deep.equal([
      {
        '@type': 'BlogPosting',
        headline: 'Two words',
        url: '#post-4',
        datePublished: '2025-03-01T11:00:00Z',
        author: [{ '@type': 'Person', name: 'Ana' }],
      },
    ]);
    expect(schema).not.to.have.property('coverageEndTime');
    expect(warn.args.map(([message]) => String(message))).to.deep.equal([
      'news-elements: schema: a live post needs an id and a datetime; left out.',
      'news-elements: schema: post datetime "tonight" is not an ISO 8601 date; left out.',
      'news-elements: schema: ended "2025-02-01T00:00:00Z" is before the coverage start "2025-03-01T10:00:00Z"; left out.',
    ]);
    for (const bad of [null, 7, 'blog', { posts: 'many' }, { headline: 'x', posts: [undefined] }]) {
      expect(() => liveBlogSchema(bad as unknown as LiveBlogData)).not.to.throw();
    }
  });

  it('cannot close its script, whatever a post says, and parses back to the same object', () => {
    const hostile: LiveBlogData = {
      ...blog,
      posts: [
        {
          id: '1',
          datetime: '2025-03-01T18:05:00Z',
          headline: 'Q&A </script><script>window.__pwned = 1</script> <!--',
          html: '<p>&lt;/script&gt;&lt;!--</p>',
          author: '</script>',
        },
      ],
    };
    const script = liveBlogScript(hostile);
    const inner = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.to.match(/[<>&]/);
    const { scripts, doc } = parseInHead(script);
    expect(scripts).to.have.length(1);
    expect(doc.body.textContent).to.equal('after');
    const parsed = JSON.parse(scripts[0]!.textContent!);
    expect(parsed).to.deep.equal(liveBlogSchema(hostile));
    expect(parsed.liveBlogUpdate[0].headline).to.equal(
      'Q&A </script><script>window.__pwned = 1</script> <!--',
    );
    expect(parsed.liveBlogUpdate[0].articleBody).to.equal('</script><!--');
  });
});
