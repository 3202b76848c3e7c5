import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { nothing } from 'lit';
import '../src/article/define.js';
import '../src/article-body/define.js';
import '../src/dateline/define.js';
import '../src/figure/define.js';
import type { NewsArticle } from '../src/article/article.js';
import type { NewsDateline } from '../src/dateline/dateline.js';
import { trustedTypesTitle } from './support/engines.js';

const headline = 'Seoul will build 40,000 homes by the river';

const page = (related = true) => html`
  <news-article structured-data publisher="The Seoul Courier" publisher-url="https://news.example.com/">
    <p slot="kicker">Cities</p>
    <h1 slot="headline">${headline}</h1>
    <p slot="standfirst">After a decade of stalled plans, the council voted 31 to 12.</p>
    <p slot="byline">
      By <a href="/authors/kim-min-ji" rel="author">Kim Min-ji</a> and
      <a href="/authors/sarah-okafor" rel="author">Sarah Okafor</a>
    </p>
    <news-dateline slot="dateline" datetime="2026-03-12T09:30:00+09:00" updated="2026-03-12T14:05:00+09:00"
      >12 March 2026</news-dateline
    >
    <news-figure
      slot="lead"
      src="/stories/assets/city-1600x900.jpg"
      alt="Apartment towers at dusk"
      width="1600"
      height="900"
      caption="The towers of Sangam at dusk."
    ></news-figure>
    <news-article-body>
      <p>Seoul’s city council voted on Thursday. <a href="https://example.com/plan">The plan</a>.</p>
    </news-article-body>
    ${related ? html`<aside slot="related" aria-label="More from Seoul"><a href="/more">More from Seoul</a></aside>` : ''}
  </news-article>
`;

/** The article's JSON-LD, parsed, once it has been written. */
async function jsonLd(article: NewsArticle): Promise<Record<string, unknown>> {
  await article.updateComplete;
  const script = article.querySelector('script[type="application/ld+json"]');
  expect(script, 'JSON-LD script').to.exist;
  return JSON.parse(script!.textContent!);
}

const box = (element: Element) => element.getBoundingClientRect();

describe('<news-article> semantics', () => {
  it('renders one article, named by the slotted headline', async () => {
    const article = await fixture<NewsArticle>(page());
    const articles = article.shadowRoot!.querySelectorAll('article');
    expect(articles).to.have.length(1);
    const label = article.shadowRoot!.getElementById(articles[0]!.getAttribute('aria-labelledby')!)!;
    const slot = label.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal(headline);
    await expect(article).to.be.accessible();
  });

  it('warns once when the headline is missing or is not a heading', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      await fixture(html`<news-article><p>Body only</p></news-article>`);
      await fixture(html`<news-article><span slot="headline">Not a heading</span></news-article>`);
      expect(warn).to.have.been.calledTwice;
      expect(warn.firstCall.args[0]).to.contain('no headline');
      expect(warn.secondCall.args[0]).to.contain('should be a heading');
    } finally {
      warn.restore();
    }
  });

  it('keeps header links in the text colour, so the byline does not shout', async () => {
    const article = await fixture<NewsArticle>(page());
    const byline = article.querySelector('[slot="byline"]')!;
    expect(getComputedStyle(byline.querySelector('a')!).color).to.equal(getComputedStyle(byline).color);
  });
});

describe('<news-article> layout', () => {
  it('puts related stories beside the story on a wide page, at the end side', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 1200px">${page()}</div>`);
    const article = wrapper.querySelector('news-article')!;
    const body = box(article.querySelector('news-article-body')!);
    const related = box(article.querySelector('[slot="related"]')!);
    expect(related.left).to.be.greaterThan(body.right);
    expect(related.top).to.be.lessThan(body.top);
    expect(box(article.querySelector('[slot="lead"]')!).width).to.be.greaterThan(body.width);
    await expect(article).to.be.accessible();
  });

  it('mirrors the side column right to left', async () => {
    const wrapper = await fixture(html`<div dir="rtl" style="inline-size: 1200px">${page()}</div>`);
    const article = wrapper.querySelector('news-article')!;
    const body = box(article.querySelector('news-article-body')!);
    expect(box(article.querySelector('[slot="related"]')!).right).to.be.lessThan(body.left);
  });

  it('stacks everything in one column on a phone, related stories last', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 375px">${page()}</div>`);
    const article = wrapper.querySelector('news-article')!;
    const parts = ['headline', 'lead'].map((name) => box(article.querySelector(`[slot="${name}"]`)!));
    const body = box(article.querySelector('news-article-body')!);
    const related = box(article.querySelector('[slot="related"]')!);
    expect(parts[0]!.bottom).to.be.at.most(parts[1]!.top);
    expect(parts[1]!.bottom).to.be.at.most(body.top);
    expect(related.top).to.be.at.least(body.bottom);
    expect(body.width).to.be.closeTo(375, 1);
    expect(wrapper.scrollWidth).to.be.at.most(375);
  });

  it('centres the story when there are no related stories', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 1200px">${page(false)}</div>`);
    const body = box(wrapper.querySelector('news-article-body')!);
    const outer = box(wrapper);
    expect(body.left - outer.left).to.be.closeTo(outer.right - body.right, 2);
  });

  it('prints the story without related stories, with the address of every body link', async () => {
    const article = await fixture<NewsArticle>(page());
    // Apply the print rules as the print preview would, in every engine.
    const roots = [article.shadowRoot!, document] as const;
    const printSheets = roots.map((root) => {
      const text = root.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print',
        )
        .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
        .join('\n');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return sheet;
    });
    try {
      expect(getComputedStyle(article.querySelector('[slot="related"]')!).display).to.equal('none');
      const link = article.querySelector('news-article-body a')!;
      // Chromium and WebKit resolve attr(); Firefox reports the declared value.
      expect(getComputedStyle(link, '::after').content).to.match(/https:\/\/example\.com\/plan|attr\(href\)/);
      expect(getComputedStyle(article.querySelector('[slot="lead"]')!).display).not.to.equal('none');
    } finally {
      roots.forEach((root, i) => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== printSheets[i]);
      });
    }
  });
});

describe('<news-article structured-data>', () => {
  it('writes NewsArticle JSON-LD built from the slotted content', async () => {
    const article = await fixture<NewsArticle>(page());
    const data = await jsonLd(article);
    expect(data).to.include({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline,
      description: 'After a decade of stalled plans, the council voted 31 to 12.',
      datePublished: '2026-03-12T09:30:00+09:00',
      dateModified: '2026-03-12T14:05:00+09:00',
      articleSection: 'Cities',
    });
    expect(data['image']).to.deep.equal([
      {
        '@type': 'ImageObject',
        url: new URL('/stories/assets/city-1600x900.jpg', location.href).href,
        width: 1600,
        height: 900,
        caption: 'The towers of Sangam at dusk.',
      },
    ]);
    expect(data['author']).to.deep.equal([
      { '@type': 'Person', name: 'Kim Min-ji', url: new URL('/authors/kim-min-ji', location.href).href },
      { '@type': 'Person', name: 'Sarah Okafor', url: new URL('/authors/sarah-okafor', location.href).href },
    ]);
    expect(data['publisher']).to.deep.equal({
      '@type': 'Organization',
      name: 'The Seoul Courier',
      url: 'https://news.example.com/',
    });
  });

  it('reads plain-text bylines and <time> datelines too', async () => {
    const article = await fixture<NewsArticle>(html`
      <news-article structured-data>
        <h1 slot="headline">Fish &amp;amp; chips &lt;b&gt; prices rise</h1>
        <p slot="byline">By Kim Min-ji and Sarah Okafor</p>
        <p slot="dateline"><time datetime="2026-03-12">12 March</time></p>
      </news-article>
    `);
    const data = await jsonLd(article);
    expect(data['headline']).to.equal('Fish &amp; chips <b> prices rise');
    expect(data['datePublished']).to.equal('2026-03-12');
    expect((data['author'] as { name: string }[]).map((author) => author.name)).to.deep.equal([
      'Kim Min-ji',
      'Sarah Okafor',
    ]);
  });

  /** The lead picture of the night-bus stories below, as the JSON-LD describes it. */
  const lastBus = () => [
    {
      '@type': 'ImageObject',
      url: new URL('/stories/assets/city-800x450.jpg', location.href).href,
      width: 800,
      height: 450,
      caption: 'The last bus',
    },
  ];

  it('writes a WordPress date of its dateline with the offset of its time zone, and a figure’s own image', async () => {
    const article = await fixture<NewsArticle>(html`
      <news-article structured-data>
        <h1 slot="headline">Night buses</h1>
        <news-dateline slot="dateline" datetime="2026-03-12 09:30:00" time-zone="Asia/Seoul"></news-dateline>
        <news-figure slot="lead" caption="The last bus"
          ><img src="/stories/assets/city-800x450.jpg" alt="A bus at night" width="800" height="450"
        /></news-figure>
      </news-article>
    `);
    const data = await jsonLd(article);
    expect(data['datePublished']).to.equal('2026-03-12T09:30:00+09:00');
    expect(data['image']).to.deep.equal(lastBus());
  });

  it('reads the dateline and the lead figure as a framework sets them: as properties', async () => {
    const article = await fixture<NewsArticle>(html`
      <news-article structured-data>
        <h1 slot="headline">Night buses</h1>
        <news-dateline
          slot="dateline"
          .datetime=${'2026-03-12T09:30:00+09:00'}
          .updatedAt=${'2026-03-12T14:05:00+09:00'}
        ></news-dateline>
        <news-figure
          slot="lead"
          .src=${'/stories/assets/city-800x450.jpg'}
          .alt=${'A bus at night'}
          .width=${800}
          .height=${450}
          .caption=${'The last bus'}
        ></news-figure>
      </news-article>
    `);
    const data = await jsonLd(article);
    expect(data['datePublished']).to.equal('2026-03-12T09:30:00+09:00');
    expect(data['dateModified']).to.equal('2026-03-12T14:05:00+09:00');
    expect(data['image']).to.deep.equal(lastBus());
  });

  it('reads a dateline given a Date or a timestamp, and follows a date set later as a property', async () => {
    const article = await fixture<NewsArticle>(html`
      <news-article structured-data>
        <h1 slot="headline">Night buses</h1>
        <news-dateline
          slot="dateline"
          .datetime=${new Date('2026-03-12T00:30:00Z')}
          .updatedAt=${Date.parse('2026-03-12T05:05:00Z')}
        ></news-dateline>
      </news-article>
    `);
    let data = await jsonLd(article);
    expect(data['datePublished']).to.equal('2026-03-12T00:30:00.000Z');
    expect(data['dateModified']).to.equal('2026-03-12T05:05:00.000Z');

    // A single-page app gives the same dateline the next story's date: no attribute changes.
    const dateline = article.querySelector<NewsDateline>('news-dateline')!;
    dateline.datetime = '2026-04-01T08:00:00Z';
    dateline.updatedAt = '2026-04-01T09:15:00Z';
    await dateline.updateComplete;
    data = await jsonLd(article);
    expect(data['datePublished']).to.equal('2026-04-01T08:00:00Z');
    expect(data['dateModified']).to.equal('2026-04-01T09:15:00Z');
  });

  it('can never close its script, whatever the headline says', async () => {
    const hostile = '</script><script>window.__xss()</script><!--';
    const article = await fixture<NewsArticle>(
      html`<news-article structured-data><h1 slot="headline">${hostile}</h1></news-article>`,
    );
    const data = await jsonLd(article);
    expect(data['headline']).to.equal(hostile);
    const script = article.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.to.match(/</);
    // Serialised into a page by a server or a crawler, it is still one inert script.
    const parsed = new DOMParser().parseFromString(article.outerHTML, 'text/html');
    expect(parsed.querySelectorAll('script')).to.have.length(1);
  });

  it('follows the content, and goes away with the attribute', async () => {
    const article = await fixture<NewsArticle>(page());
    await jsonLd(article);
    article.querySelector('[slot="headline"]')!.textContent = 'Council delays the river plan';
    expect((await jsonLd(article))['headline']).to.equal('Council delays the river plan');
    expect(article.querySelectorAll('script')).to.have.length(1);
    article.structuredData = false;
    await article.updateComplete;
    expect(article.querySelector('script')).to.equal(null);
  });

  it('describes the story swapped in while it was out of the page', async () => {
    const article = await fixture<NewsArticle>(page());
    await jsonLd(article);
    const parent = article.parentNode!;
    article.remove();
    article.querySelector('[slot="headline"]')!.textContent = 'Night buses run until 2am';
    parent.append(article);
    expect((await jsonLd(article))['headline']).to.equal('Night buses run until 2am');
  });

  it('rewrites the script a saved page brought with it, and adds no second one', async () => {
    const article = document.createElement('news-article') as NewsArticle;
    article.setAttribute('structured-data', '');
    article.innerHTML = `<h1 slot="headline">Night buses</h1
      ><script type="application/ld+json" data-news-article>{"headline":"An old headline"}</script>`;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(article);
    expect((await jsonLd(article))['headline']).to.equal('Night buses');
    expect(article.querySelectorAll('script')).to.have.length(1);
  });

  it('adds a correction written later, read from its <news-notice> attributes', async () => {
    const article = await fixture<NewsArticle>(page());
    expect(await jsonLd(article)).not.to.have.property('correction');
    const notice = document.createElement('news-notice');
    notice.setAttribute('type', 'correction');
    notice.setAttribute('datetime', '2026-03-12T16:00:00+09:00');
    notice.textContent = 'An earlier version of this article put the vote at 31 to 21. It was 31 to 12.';
    article.append(notice);
    await new Promise((resolve) => setTimeout(resolve));
    expect((await jsonLd(article))['correction']).to.deep.equal([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version of this article put the vote at 31 to 21. It was 31 to 12.',
        datePublished: '2026-03-12T16:00:00+09:00',
      },
    ]);
  });

  it('dates a correction whose notice a framework gave a Date', async () => {
    const article = await fixture<NewsArticle>(page());
    const notice = document.createElement('news-notice') as HTMLElement & { datetime: unknown };
    notice.setAttribute('type', 'correction');
    notice.datetime = new Date('2026-03-12T07:00:00Z');
    notice.textContent = 'An earlier version of this article put the vote at 31 to 21.';
    article.append(notice);
    await new Promise((resolve) => setTimeout(resolve));
    const [correction] = (await jsonLd(article))['correction'] as Record<string, unknown>[];
    expect(correction!['datePublished']).to.equal('2026-03-12T07:00:00.000Z');
  });

  it('keeps an update made the morning of a day published without a time, east of UTC', async () => {
    for (const [updated, zone, expected] of [
      ['2026-03-12T08:00:00+09:00', '', '2026-03-12T08:00:00+09:00'],
      // Without an offset: a time in the dateline's zone, written with that zone's offset.
      ['2026-03-12T08:00', 'Asia/Seoul', '2026-03-12T08:00+09:00'],
    ]) {
      const article = await fixture<NewsArticle>(html`
        <news-article structured-data>
          <h1 slot="headline">Night buses</h1>
          <news-dateline
            slot="dateline"
            datetime="2026-03-12"
            updated=${updated}
            time-zone=${zone || nothing}
            locale="en-GB"
          ></news-dateline>
        </news-article>
      `);
      const data = await jsonLd(article);
      expect(data['datePublished']).to.equal('2026-03-12');
      expect(data['dateModified'], updated).to.equal(expected);
    }
  });

  it("dates a correction as its notice reads it: WordPress's format, in the notice's time zone", async () => {
    const article = await fixture<NewsArticle>(page());
    const notice = document.createElement('news-notice');
    notice.setAttribute('type', 'correction');
    notice.setAttribute('datetime', '2026-03-12 16:00');
    notice.setAttribute('time-zone', 'Asia/Seoul');
    notice.textContent = 'An earlier version of this article put the vote at 31 to 21.';
    article.append(notice);
    await new Promise((resolve) => setTimeout(resolve));
    const [correction] = (await jsonLd(article))['correction'] as Record<string, unknown>[];
    expect(correction!['datePublished']).to.equal('2026-03-12T16:00+09:00');
  });

  it('warns of a publisher address it leaves out', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const article = await fixture<NewsArticle>(html`
        <news-article structured-data publisher="The Seoul Courier" publisher-url="javascript:alert(1)">
          <h1 slot="headline">Night buses</h1>
        </news-article>
      `);
      const data = await jsonLd(article);
      expect(data['publisher']).to.deep.equal({ '@type': 'Organization', name: 'The Seoul Courier' });
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([
        'news-elements: schema: publisher url "javascript:alert(1)" is not an http(s) or relative URL; left out.',
      ]);
    } finally {
      warn.restore();
    }
  });

  it('settles, with one warning, when its structured data cannot be written', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const article = await fixture<NewsArticle>(page());
      await article.updateComplete;
      // A page's Trusted Types policy refusing the script's text, say.
      sinon
        .stub(article as unknown as { writeScript: () => void }, 'writeScript')
        .throws(new TypeError('refused'));
      article.querySelector('h1')!.textContent = 'Night buses run later';
      await article.updateComplete;
      article.querySelector('h1')!.textContent = 'Night buses run until 2am';
      await article.updateComplete;
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([
        'news-elements: <news-article> could not write its structured data: TypeError: refused',
      ]);
    } finally {
      warn.restore();
    }
  });

  it('warns once of a value it leaves out, however often the story changes', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const article = await fixture<NewsArticle>(html`
        <news-article structured-data>
          <h1 slot="headline">Night buses</h1>
          <news-dateline slot="dateline" datetime="last Tuesday" locale="en-GB">last Tuesday</news-dateline>
          <news-notice type="correction" datetime="15 Dec"
            >An earlier version misspelt the route.</news-notice
          >
        </news-article>
      `);
      await jsonLd(article);
      for (const headline of ['Night buses run later', 'Night buses run until 2am']) {
        article.querySelector('h1')!.textContent = headline;
        expect((await jsonLd(article))['headline']).to.equal(headline);
      }
      const messages = warn.getCalls().map((call) => call.args[0] as string);
      expect(messages.filter((message) => message.includes('"15 Dec"'))).to.have.length(1);
      // The dateline says it cannot read its date; the JSON-LD leaves it out without a second word.
      expect(messages.filter((message) => message.includes('last Tuesday'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('writes nothing without a headline, and says so once', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const article = await fixture<NewsArticle>(
        html`<news-article structured-data><p>Body</p></news-article>`,
      );
      await article.updateComplete;
      expect(article.querySelector('script')).to.equal(null);
      const messages = warn.getCalls().map((call) => call.args[0] as string);
      expect(messages.filter((message) => message.includes('structured-data'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it(`writes its JSON-LD on a page that ${trustedTypesTitle}, without a violation`, async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Trusted Types page"></iframe>`);
    const loaded = oneEvent(frame, 'load');
    frame.src = new URL('./fixtures/article-trusted-types.html', import.meta.url).href;
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('news-article');
    const violations: string[] = [];
    win.document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.violatedDirective),
    );
    const article = win.document.querySelector('news-article')!;
    article.structuredData = true;
    const data = await jsonLd(article);
    expect(data['headline']).to.equal('A story under a strict policy');
    expect(violations).to.deep.equal([]);
    // The control: where the engine has Trusted Types, the page refuses a raw string.
    if ('trustedTypes' in win)
      expect(() => (win.document.createElement('div').innerHTML = '<b>x</b>')).to.throw();
  });
});
