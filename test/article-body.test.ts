import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article-body/define.js';
import '../src/figure/define.js';
import '../src/notice/define.js';
import type { NewsArticleBody } from '../src/article-body/article-body.js';
import { grantEmbeds, revokeEmbeds } from '../src/internal/consent.js';
import { trustedTypesTitle } from './support/engines.js';

const story = html`
  <news-article-body>
    <p>
      Seoul's city council voted on Thursday to turn the disused Mapo oil depot into a public archive, ending
      a decade-long argument over one of the last open sites on the Han River.
    </p>
    <ul>
      <li>The vote was <a href="https://example.com/vote">31 to 12</a>.</li>
    </ul>
    <blockquote>
      <p>We deserve to see inside.</p>
      <footer>Lee Seo-yeon, resident</footer>
    </blockquote>
  </news-article-body>
`;

const rgb = (element: Element, property = 'color', pseudo?: string) =>
  getComputedStyle(element, pseudo).getPropertyValue(property);

async function render(body: NewsArticleBody, source: unknown): Promise<void> {
  (body as { html: unknown }).html = source;
  await body.updateComplete;
}

describe('<news-article-body> markup', () => {
  it('keeps the markup written inside it in the light DOM, without a shadow root', async () => {
    const body = await fixture<NewsArticleBody>(story);
    expect(body.shadowRoot).to.equal(null);
    expect(body.querySelector('a')!.textContent).to.equal('31 to 12');
    await expect(body).to.be.accessible();
  });

  it('styles nested content: a link inside a list item gets the link colour and a visible focus ring', async () => {
    const body = await fixture<NewsArticleBody>(story);
    const link = body.querySelector('li a')!;
    expect(rgb(link)).to.equal('rgb(11, 87, 164)');
    expect(rgb(link, 'text-decoration-line')).to.equal('underline');
    const quote = body.querySelector('blockquote')!;
    expect(rgb(quote, 'border-inline-start-width')).to.equal('3px');
  });

  it('adds its typography to the document once, however many bodies there are', async () => {
    await fixture(html`<div>${story}${story}${story}</div>`);
    const sheets = document.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('news-article-body')),
    );
    expect(sheets).to.have.length(1);
  });

  it("sets a correction's notice apart from the paragraph after it, as it does paragraphs", async () => {
    const body = await fixture<NewsArticleBody>(
      html`<news-article-body>
        <p>The 41 km path opened on Friday.</p>
        <news-notice type="correction" datetime="2012-12-15" locale="en-GB"
          ><p>The path is 41 km long, not 14.</p></news-notice
        >
        <p>It runs from Gangseo to Gangdong.</p>
      </news-article-body>`,
    );
    const [first, notice, last] = [...body.children].map((child) => child.getBoundingClientRect());
    const spacing = notice!.top - first!.bottom;
    expect(spacing).to.be.greaterThan(10);
    expect(last!.top - notice!.bottom).to.be.closeTo(spacing, 0.5);
  });

  it('does not push the story down for an age notice that does not show, first in the body', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="display: flow-root">
        <news-article-body>
          <news-notice type="age" datetime=${new Date().toISOString()}></news-notice>
          <p>The 41 km path opened on Friday.</p>
        </news-article-body>
      </div>`,
    );
    const notice = page.querySelector('news-notice') as HTMLElement & { updateComplete: Promise<boolean> };
    await notice.updateComplete;
    expect(notice.getBoundingClientRect().height).to.equal(0);
    expect(page.querySelector('p')!.getBoundingClientRect().top).to.be.closeTo(
      page.getBoundingClientRect().top,
      0.5,
    );
  });

  it('has zero specificity: a site rule as plain as `p { … }` wins', async () => {
    const site = new CSSStyleSheet();
    site.replaceSync('p { color: rgb(1, 2, 3); } li a { color: rgb(4, 5, 6); }');
    document.adoptedStyleSheets = [site, ...document.adoptedStyleSheets];
    try {
      const body = await fixture<NewsArticleBody>(story);
      expect(rgb(body.querySelector('p')!)).to.equal('rgb(1, 2, 3)');
      expect(rgb(body.querySelector('li a')!)).to.equal('rgb(4, 5, 6)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== site);
    }
  });

  it('follows the theme tokens and its own custom properties', async () => {
    const wrapper = await fixture(
      html`<div style="--news-color-link: rgb(200, 0, 0); --news-article-body-measure: 30ch">${story}</div>`,
    );
    const body = wrapper.querySelector('news-article-body')!;
    expect(rgb(body.querySelector('a')!)).to.equal('rgb(200, 0, 0)');
    const fontSize = parseFloat(rgb(body, 'font-size'));
    expect(body.getBoundingClientRect().width).to.be.at.most(fontSize * 30);
  });

  it('brings its typography into a shadow root it is rendered in', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const body = document.createElement('news-article-body');
    const link = document.createElement('a');
    link.href = '#x';
    link.textContent = 'inside a shadow root';
    body.append(link);
    root.append(body);
    expect(root.adoptedStyleSheets).to.have.length(1);
    expect(rgb(link)).to.equal('rgb(11, 87, 164)');
  });

  it('draws a drop cap on the first paragraph when asked', async () => {
    const body = await fixture<NewsArticleBody>(
      html`<news-article-body drop-cap
        ><h2>Sub</h2>
        <p>Once upon a time</p>
        <p>Later</p></news-article-body
      >`,
    );
    const first = body.querySelector('p')!;
    const letter = getComputedStyle(first, '::first-letter');
    const raised =
      letter.getPropertyValue('float') !== 'none' ||
      !['', 'normal'].includes(letter.getPropertyValue('initial-letter'));
    expect(raised).to.be.true;
    expect(
      getComputedStyle(body.querySelectorAll('p')[1]!, '::first-letter').getPropertyValue('float'),
    ).to.equal('none');
    expect(body.dropCap).to.be.true;
    await expect(body).to.be.accessible();
  });

  it('draws no drop cap in Arabic, whose letters join', async () => {
    const body = await fixture<NewsArticleBody>(
      html`<news-article-body drop-cap lang="ar" dir="rtl"
        ><p>صوّت مجلس المدينة يوم الخميس</p></news-article-body
      >`,
    );
    const letter = getComputedStyle(body.querySelector('p')!, '::first-letter');
    expect(letter.getPropertyValue('float')).to.equal('none');
    expect(letter.getPropertyValue('font-size')).to.equal(rgb(body.querySelector('p')!, 'font-size'));
    await expect(body).to.be.accessible();
  });

  it('lets a wide table scroll inside its own box, never widening the page', async () => {
    const wrapper = await fixture(html`
      <div style="inline-size: 320px">
        <news-article-body>
          <table>
            <tr>
              ${Array.from({ length: 12 }, (_, i) => html`<td>Constituency number ${i + 1}</td>`)}
            </tr>
          </table>
        </news-article-body>
      </div>
    `);
    const table = wrapper.querySelector('table')!;
    expect(table.getBoundingClientRect().width).to.be.at.most(320);
    expect(table.scrollWidth).to.be.greaterThan(table.clientWidth);
  });
});

describe('<news-article-body> html', () => {
  it('renders sanitised CMS HTML after the markup written inside it, and says so', async () => {
    const body = await fixture<NewsArticleBody>(
      html`<news-article-body><p>Editor's note.</p></news-article-body>`,
    );
    const rendered = oneEvent(body, 'news-article-body-rendered');
    body.html = '<p>First.</p><h2>Then</h2><p>Second <a href="/next">link</a>.</p>';
    const event = await rendered;
    expect(event.bubbles && event.composed).to.be.true;
    expect([...body.children].map((child) => child.localName)).to.deep.equal(['p', 'p', 'h2', 'p']);
    expect(body.firstElementChild!.textContent).to.equal("Editor's note.");
    await expect(body).to.be.accessible();
  });

  it('takes html as an attribute too', async () => {
    const body = await fixture<NewsArticleBody>(
      html`<news-article-body
        html="&lt;p&gt;From the &lt;b&gt;attribute&lt;/b&gt;&lt;/p&gt;"
      ></news-article-body>`,
    );
    await body.updateComplete;
    expect(body.querySelector('b')!.textContent).to.equal('attribute');
  });

  it('replaces its previous html content but never the markup written inside it', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body><p>Kept.</p></news-article-body>`);
    await render(body, '<p>Old one.</p><p>Old two.</p>');
    await render(body, '<p>New.</p>');
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Kept.', 'New.']);
    await render(body, '');
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Kept.']);
  });

  it('lets the newest html win when an older one is still loading', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    const events = sinon.spy();
    body.addEventListener('news-article-body-rendered', events);
    body.html = '<p>Older version</p>';
    await Promise.resolve();
    await Promise.resolve();
    body.html = '<p>Newer version</p>';
    await body.updateComplete;
    expect(body.textContent).to.equal('Newer version');
    expect(events).to.have.been.calledOnce;
  });

  it('is busy for assistive technology while it loads, and not after', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    // What aria-busy was before each change (records may come batched): none, then "true".
    const before: (string | null)[] = [];
    new MutationObserver((records) => before.push(...records.map((record) => record.oldValue))).observe(
      body,
      { attributeFilter: ['aria-busy'], attributeOldValue: true },
    );
    body.html = '<p>Loading…</p>';
    await body.updateComplete;
    await Promise.resolve();
    expect(body.textContent).to.equal('Loading…');
    expect(before, 'set, then removed').to.deep.equal([null, 'true']);
    expect(body.hasAttribute('aria-busy')).to.be.false;
  });

  it('decodes entities once: &amp;amp; reads &amp;', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    await render(body, '<p>Fish &amp;amp; chips &amp; peas &lt;b&gt;</p>');
    expect(body.textContent).to.equal('Fish &amp; chips & peas <b>');
    expect(body.querySelector('b')).to.equal(null);
  });

  it('converts WordPress captions into figures, with blank-line paragraphs and no stray brackets', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
      await render(
        body,
        `[caption id="attachment_12" align="alignnone" width="600"]<img src="/stories/assets/weightlifter-1200x800.jpg" alt="A weightlifter holds the bar overhead" width="1200" height="800"> Champion lifter &amp;amp; coach / Still from a broadcaster[/caption]\n\nThe country's first gold medal was won on Sunday.\n\n[gallery ids="4,5"]\n\n[vc_row]The crowd stood.[/vc_row]`,
      );
      const figure = body.querySelector('news-figure')!;
      await figure.updateComplete;
      expect(figure.shadowRoot!.querySelector('figcaption')!.textContent).to.contain(
        'Champion lifter &amp; coach / Still from a broadcaster',
      );
      expect([...body.querySelectorAll(':scope > p')].map((p) => p.textContent)).to.deep.equal([
        "The country's first gold medal was won on Sunday.",
        'The crowd stood.',
      ]);
      expect(body.textContent).not.to.match(/[[\]]/);
      // [gallery ids] is a gallery whose images only the body's `media` can name: none here.
      expect(warn).to.have.been.calledTwice;
      expect(warn.firstCall.args[0]).to.contain('[vc_row]').and.not.contain('[gallery]');
      expect(warn.secondCall.args[0]).to.contain('a [gallery] has none of its images in media');
      await expect(body).to.be.accessible();
    } finally {
      warn.restore();
    }
  });

  // Text outside blocks gets WordPress's paragraphs and line breaks, however many blocks there are;
  // HTML that is all blocks is rendered as written, its line breaks source formatting.
  for (const [source, paragraphs] of [
    ['First line<br>Second line', ['First line\nSecond line']],
    ['<blockquote>We deserve to see inside.</blockquote>\nSecond line\nThird', ['Second line\nThird']],
    [
      '<p>The council\nvoted on Thursday.</p>\n<p>It was 31 to 12.</p>',
      ['The council voted on Thursday.', 'It was 31 to 12.'],
    ],
  ] as const) {
    it(`renders ${JSON.stringify(source)} in ${paragraphs.length} paragraph(s) of its own`, async () => {
      const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
      await render(body, source);
      expect([...body.querySelectorAll<HTMLElement>(':scope > p')].map((p) => p.innerText)).to.deep.equal(
        paragraphs,
      );
    });
  }

  it('removes WordPress spacer paragraphs', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    await render(body, '<p>One.</p><p>&nbsp;</p><p> </p><p><br></p><p>Two.</p>');
    expect(body.querySelectorAll('p')).to.have.length(2);
  });

  it('opens links in a new tab only with rel=noopener, and drops other targets', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    await render(
      body,
      '<a href="https://example.com/a" target="_blank" rel="nofollow">a</a><a href="https://example.com/b" target="_top">b</a>',
    );
    const [a, b] = body.querySelectorAll('a');
    expect(a!.rel.split(' ')).to.have.members(['nofollow', 'noopener']);
    expect(b!.hasAttribute('target')).to.be.false;
  });

  it('keeps safe image sources and candidates only, and loads images lazily', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    await render(
      body,
      `<img alt="City" src="/stories/assets/city-600x600.jpg" srcset="/stories/assets/city-800x450.jpg 800w, javascript:alert(1) 900w, /stories/assets/city-1600x900.jpg 1600w"><img alt="Pixel" src="data:image/png;base64,iVBORw0KGgo="><img alt="Vector" src="data:image/svg+xml,<svg/>">`,
    );
    const [city, pixel, vector] = body.querySelectorAll('img');
    expect(city!.getAttribute('srcset')).to.equal(
      '/stories/assets/city-800x450.jpg 800w, /stories/assets/city-1600x900.jpg 1600w',
    );
    expect(city!.loading).to.equal('lazy');
    expect(pixel!.getAttribute('src')).to.equal('data:image/png;base64,iVBORw0KGgo=');
    expect(vector!.hasAttribute('src')).to.be.false;
  });

  // [srcset as written, what the <source> keeps (null: no srcset left)]. The sanitiser reads srcset
  // as the figure does: a leading comma separates, so the SVG after it is the URL and is dropped.
  const sourceSrcsets: [string, string | null][] = [
    [',data:image/svg+xml,x 1x', null],
    [',data:image/svg+xml,x 1x, /stories/assets/city-800x450.jpg 2x', '/stories/assets/city-800x450.jpg 2x'],
    [
      '/stories/assets/city-800x450.jpg 800w, data:image/png;base64,iVBORw0KGgo= 1600w',
      '/stories/assets/city-800x450.jpg 800w, data:image/png;base64,iVBORw0KGgo= 1600w',
    ],
  ];
  for (const [srcset, kept] of sourceSrcsets) {
    it(`keeps ${JSON.stringify(kept)} of a <source> srcset ${JSON.stringify(srcset)}`, async () => {
      const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
      await render(
        body,
        `<p><picture><source srcset="${srcset}"><img alt="City" src="/stories/assets/city-600x600.jpg"></picture></p>`,
      );
      expect(body.querySelector('source')!.getAttribute('srcset')).to.equal(kept);
    });
  }

  it('keeps in-page links working while prefixing ids, so content cannot clobber the page', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    await render(
      body,
      '<p><a href="#sources">Sources</a></p><h2 id="sources">Sources</h2><p id="location">x</p>',
    );
    const link = body.querySelector('a')!;
    const target = body.querySelector(link.getAttribute('href')!)!;
    expect(target.textContent).to.equal('Sources');
    // Prefixed, so `document.getElementById('location')` (and `window.location`) stay the page's.
    expect(body.querySelector('p:last-child')!.id).to.equal('user-content-location');
    expect(document.getElementById('location')).to.equal(null);
    expect(window.location).to.equal(document.location);
  });

  it('keeps a paragraph that holds only an anchor, so that links to it lead somewhere', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    await render(
      body,
      '<p><a href="#part2">Part two</a></p><p>Part one.</p><p><a id="part2"></a></p><p><a name="notes"></a></p><h2>Part two</h2>',
    );
    expect(body.querySelector(body.querySelector('a')!.getAttribute('href')!)).to.exist;
    expect(body.querySelector('a[name="user-content-notes"]')).to.exist;
  });

  it('keeps tables as tables, reachable by keyboard to scroll them sideways', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    await render(
      body,
      '<table tabindex="5"><caption>Seats won</caption><tr><th>Party</th><th>Seats</th></tr><tr><td>Green</td><td>4</td></tr></table>',
    );
    const table = body.querySelector('table')!;
    expect(table.parentElement).to.equal(body);
    expect(table.tabIndex).to.equal(0);
    expect(table.rows).to.have.length(2);
    await expect(body).to.be.accessible();
  });

  it('lets no video or audio start by itself or loop: the reader’s controls stay (WCAG 1.4.2)', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    await render(
      body,
      '<p>Listen.</p><audio src="/stories/assets/tone-2s.wav" controls autoplay loop></audio><video src="/stories/assets/tone-2s.wav" controls autoplay loop muted></video>',
    );
    for (const media of body.querySelectorAll('audio, video')) {
      expect([media.hasAttribute('autoplay'), media.hasAttribute('loop')]).to.deep.equal([false, false]);
      expect(media.hasAttribute('controls')).to.be.true;
    }
    expect(body.querySelectorAll('audio, video')).to.have.length(2);
  });

  it('ignores html that is not a string, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const body = await fixture<NewsArticleBody>(
        html`<news-article-body><p>Fallback.</p></news-article-body>`,
      );
      await render(body, { toString: () => '<p>object</p>' });
      await render(body, 42);
      expect(body.textContent!.trim()).to.equal('Fallback.');
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.contain('html must be a string');
    } finally {
      warn.restore();
    }
  });
});

describe('<news-article-body> embeds', () => {
  const youtube = '[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]';
  // Granted providers' frames load without a placeholder (test/article-body-embeds.test.ts asks).
  beforeEach(() => grantEmbeds('youtube.com', 'player.vimeo.com'));
  afterEach(() => revokeEmbeds());

  it('shows no iframe by default: the embed becomes a link, with one warning naming the host', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
      await render(
        body,
        `${youtube}<iframe src="https://maps.example.com/embed?x=1" title="Flood map"></iframe>`,
      );
      expect(body.querySelector('iframe')).to.equal(null);
      const links = [...body.querySelectorAll('a')];
      expect(links.map((a) => a.href)).to.deep.equal([
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        'https://maps.example.com/embed?x=1',
      ]);
      // Named as the placeholder's link is, or by the frame's title: never an address read out.
      expect(links.map((a) => a.textContent)).to.deep.equal(['View on YouTube', 'Flood map']);
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.contain('www.youtube.com').and.contain('allow-embeds');
    } finally {
      warn.restore();
    }
  });

  // [what the content has, the link a reader gets: its address and its text]
  const players: [string, string, string][] = [
    [
      '[embed]https://youtu.be/dQw4w9WgXcQ[/embed]',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'View on YouTube',
    ],
    ['[embed]https://player.vimeo.com/video/76979871[/embed]', 'https://vimeo.com/76979871', 'View on Vimeo'],
    [
      '<p><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0"></iframe></p>',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'View on YouTube',
    ],
    [
      '<iframe src="https://player.vimeo.com/video/76979871" title="Council vote, live"></iframe>',
      'https://vimeo.com/76979871',
      'Council vote, live',
    ],
  ];
  for (const [source, href, text] of players) {
    it(`links ${source} to the video's page, never its player`, async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
        await render(body, source);
        const links = [...body.querySelectorAll('a')];
        expect(links.map((a) => [a.href, a.textContent])).to.deep.equal([[href, text]]);
        expect(body.textContent).not.to.contain('/embed/');
        expect(warn).to.have.been.calledOnce;
      } finally {
        warn.restore();
      }
    });
  }

  it("names the link in the story's language, and marks English on a page in another", async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const page = await fixture(
        html`<div>
          <div lang="fr"><news-article-body></news-article-body></div>
          <div lang="pl"><news-article-body></news-article-body></div>
        </div>`,
      );
      const [french, polish] = [...page.querySelectorAll<NewsArticleBody>('news-article-body')];
      await render(french!, youtube);
      await render(polish!, youtube);
      const link = (body: NewsArticleBody) => body.querySelector('a')!;
      await waitUntil(() => link(french!) && link(polish!), 'both links');
      expect([link(french!).textContent, link(french!).lang]).to.deep.equal(['Voir sur YouTube', '']);
      // No Polish table ships: English words, marked so for a screen reader's voice.
      expect([link(polish!).textContent, link(polish!).lang]).to.deep.equal(['View on YouTube', 'en']);
    } finally {
      warn.restore();
    }
  });

  it('shows iframes from allowed hosts in a responsive, lazy, titled box', async () => {
    const body = await fixture<NewsArticleBody>(
      html`<news-article-body allow-embeds="youtube.com https://player.vimeo.com/"></news-article-body>`,
    );
    await render(
      body,
      `${youtube}\n\n<iframe src="https://player.vimeo.com/video/1" width="400" height="300" title="Interview" onload="alert(1)"></iframe>`,
    );
    const [youtubeBox, vimeoBox] = body.querySelectorAll('.news-embed');
    const frame = youtubeBox!.querySelector('iframe')!;
    expect(frame.src).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ');
    expect(frame.loading).to.equal('lazy');
    expect(frame.title).to.equal('www.youtube.com');
    expect(frame.getAttribute('sandbox')).not.to.contain('allow-top-navigation');
    const box = youtubeBox!.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(16 / 9, 0.02);
    const vimeo = vimeoBox!.getBoundingClientRect();
    expect(vimeo.width / vimeo.height).to.be.closeTo(4 / 3, 0.02);
    expect(vimeoBox!.querySelector('iframe')!.title).to.equal('Interview');
    expect(vimeoBox!.querySelector('iframe')!.hasAttribute('onload')).to.be.false;
    await expect(body).to.be.accessible();
  });

  it('shows allowed embeds again when allow-embeds changes', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
      await render(body, youtube);
      body.allowEmbeds = 'www.youtube.com';
      await body.updateComplete;
      expect(body.querySelectorAll('iframe')).to.have.length(1);
      // Only the skip link and the link to the original, around the frame.
      expect(body.querySelectorAll('a:not(.news-embed-skip, .news-embed-source a)')).to.have.length(0);
    } finally {
      warn.restore();
    }
  });

  it('allows only https frames of the listed hosts, not look-alikes', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const body = await fixture<NewsArticleBody>(
        html`<news-article-body allow-embeds="youtube.com, not a host!"></news-article-body>`,
      );
      await render(
        body,
        '<iframe src="https://youtube.com.evil.example/embed"></iframe><iframe src="http://www.youtube.com/embed/x"></iframe><iframe src="https://evilyoutube.com/x"></iframe>',
      );
      expect(body.querySelector('iframe')).to.equal(null);
      expect(body.querySelectorAll('a')).to.have.length(3);
      expect(warn.getCalls().map((call) => call.args[0])).to.satisfy((messages: string[]) =>
        messages.some((message) => message.includes('"not"') || message.includes('not a host')),
      );
    } finally {
      warn.restore();
    }
  });
});

describe('<news-article-body> under Trusted Types', () => {
  it(`renders html on a page that ${trustedTypesTitle}, without a policy violation`, async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Trusted Types page"></iframe>`);
    const loaded = oneEvent(frame, 'load');
    frame.src = new URL('./fixtures/article-trusted-types.html', import.meta.url).href;
    await loaded;
    const page = frame.contentWindow as Window & typeof globalThis;
    await page.customElements.whenDefined('news-article-body');
    const violations: string[] = [];
    page.document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.violatedDirective),
    );
    const body = page.document.querySelector('news-article-body')!;
    body.html =
      '[caption]<img src="/stories/assets/city-600x600.jpg" alt="City"> The district[/caption]\n\nA paragraph <script>parent.__xss()</script>';
    await body.updateComplete;
    expect(body.querySelector('p')!.textContent).to.equal('A paragraph ');
    expect(body.querySelector('news-figure')!.getAttribute('caption')).to.equal('The district');
    expect(body.querySelector('script')).to.equal(null);
    expect(violations).to.deep.equal([]);
    // Where the browser has Trusted Types, the page really enforces them: a raw string is refused.
    // Elsewhere the policy is not enforced and this test shows only that nothing else broke.
    if ('trustedTypes' in page)
      expect(() => (page.document.createElement('div').innerHTML = '<b>x</b>')).to.throw();
  });
});
