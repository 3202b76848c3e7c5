import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article-body/define.js';
import { safeUrl } from '../src/internal/safe-url.js';
import { filterSrcset } from '../src/text/srcset.js';
import type { NewsArticleBody } from '../src/article-body/article-body.js';
import { installTraps } from './support/quality.js';
import { loadXssCorpus } from './support/xss-corpus.js';

/**
 * The XSS corpus (test/support/xss-corpus.ts): the project's own payloads and the public sets,
 * deduplicated. A payload that runs calls __xss(), alert(), confirm(), prompt() or print(), all
 * trapped, so execution is detected, not guessed. It runs in every engine.
 */
const payloads = await loadXssCorpus();

const FORBIDDEN =
  'script, style, object, embed, applet, form, input, button, select, textarea, keygen, base, meta, link, template, noscript, frame, frameset, portal, dialog, isindex';
const URL_ATTRIBUTES = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'data',
];

/** Lets everything a payload could trigger happen: images load or fail, animations start. */
async function settle(root: Element): Promise<void> {
  const images = [...root.querySelectorAll('img')];
  for (const image of images) image.loading = 'eager';
  await Promise.all(
    images.map((image) =>
      image.complete
        ? undefined
        : new Promise((resolve) => {
            image.addEventListener('load', resolve, { once: true });
            image.addEventListener('error', resolve, { once: true });
          }),
    ),
  );
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve));
}

/** Every element under `root`, into open shadow roots (a figure's rendered image counts too). */
function allElements(root: Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? allElements(element.shadowRoot) : []),
  ]);
}

/** What a reader's browser is left with must be inert, whatever the payload was. */
function expectInert(body: NewsArticleBody, warn: sinon.SinonStub): void {
  // Inert because it was sanitised, not because rendering failed and showed nothing.
  const failures = warn.getCalls().filter((call) => String(call.args[0]).includes('could not render'));
  expect(failures, 'rendering failed').to.have.length(0);
  // The buttons of an embed's consent placeholder are the element's own, not the content's.
  const forbidden = [...body.querySelectorAll(FORBIDDEN)].filter(
    (e) => !e.matches('.news-embed-consent button'),
  );
  expect(
    forbidden.map((e) => e.localName),
    'forbidden element',
  ).to.deep.equal([]);
  for (const element of allElements(body)) {
    const tag = element.localName;
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name)!;
      const where = `<${tag} ${name}="${value}">`;
      expect(name.startsWith('on'), `event handler ${where}`).to.be.false;
      if (element.getRootNode() !== body.getRootNode()) continue;
      expect(name, `style attribute ${where}`).not.to.equal('style');
      expect(name.startsWith('data-'), `data attribute ${where}`).to.be.false;
      if (URL_ATTRIBUTES.includes(name)) {
        const kind =
          ['img', 'source', 'news-figure', 'image'].includes(tag) || name === 'poster'
            ? 'image'
            : tag === 'a' && name === 'href'
              ? 'body-link'
              : 'link';
        expect(safeUrl(value, kind), `unsafe URL ${where}`).not.to.equal(undefined);
      }
      // Read by the spec's srcset parser, and by eye: no candidate may be a script or SVG address.
      if (name === 'srcset') {
        expect(filterSrcset(value).dropped, `unsafe srcset ${where}`).to.be.false;
        expect(value.replace(/\s/g, ''), `unsafe srcset ${where}`).not.to.match(
          /script:|data:(?!image\/(png|jpe?g|gif|webp|avif);)/i,
        );
      }
      // Every id and name content brings is prefixed; an embed's "View on" link has the library's own.
      const own =
        name === 'id' &&
        element.parentElement?.className === 'news-embed-source' &&
        /^news-embed_\d+$/.test(value);
      if ((name === 'id' || name === 'name') && !own)
        expect(value, `unprefixed ${where}`).to.match(/^user-content-/);
      if (name === 'target') {
        expect(value).to.equal('_blank');
        expect(element.getAttribute('rel')).to.contain('noopener');
      }
    }
    if (tag === 'iframe' && element.getRootNode() === body.getRootNode()) {
      expect(element.parentElement!.className, 'iframe outside an embed box').to.equal('news-embed');
      expect(new URL(element.getAttribute('src')!).origin).to.equal('https://www.youtube.com');
    }
  }
}

describe('<news-article-body> html: hostile input', () => {
  let traps: ReturnType<typeof installTraps>;
  let warn: sinon.SinonStub;

  beforeEach(() => {
    traps = installTraps();
    // Dropped shortcodes, blocked embeds and broken images each warn once: expected here.
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    traps.restore();
  });

  it('has the public sets in its corpus, deduplicated', () => {
    expect(payloads.length).to.be.at.least(600);
    expect(new Set(payloads).size).to.equal(payloads.length);
  });

  it('detects execution: the same trap fires for a payload rendered unsafely', async () => {
    const sandbox = document.createElement('div');
    document.body.append(sandbox);
    try {
      sandbox.append(document.createRange().createContextualFragment('<img src="x" onerror="__xss()">'));
      await settle(sandbox);
      expect(traps.calls).to.deep.equal(['__xss()']);
    } finally {
      sandbox.remove();
    }
  });

  payloads.forEach((payload, index) => {
    it(`never executes payload ${index + 1}: ${payload.slice(0, 70)}`, async () => {
      const body = await fixture<NewsArticleBody>(
        html`<news-article-body allow-embeds="www.youtube.com"
          ><p>Written by the newsroom.</p></news-article-body
        >`,
      );
      body.html = payload;
      await body.updateComplete;
      await settle(body);
      expectInert(body, warn);
      expect(traps.calls).to.deep.equal([]);
      expect(body.querySelector('p')!.textContent).to.equal('Written by the newsroom.');
    });
  });

  it('never executes the whole corpus rendered at once', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    body.html = payloads.join('\n\n');
    await body.updateComplete;
    await settle(body);
    expectInert(body, warn);
    expect(traps.calls).to.deep.equal([]);
  });

  it('shows template and CSS injection attempts as the text they are', async () => {
    const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
    body.html = '<p>${__xss()} and {{constructor.constructor("__xss()")()}}</p>';
    await body.updateComplete;
    expect(body.textContent).to.contain('${__xss()} and {{constructor.constructor("__xss()")()}}');
    expect(traps.calls).to.deep.equal([]);
  });

  // [html, the element's selector, its attribute, what it keeps (null: removed)]
  const writeOrCall: [string, string, string, string | null][] = [
    [
      '<p><a href="mailto:newsdesk@example.com?subject=Harbour%20dredging">Email the newsdesk</a></p>',
      'a',
      'href',
      'mailto:newsdesk@example.com?subject=Harbour%20dredging',
    ],
    ['<p>Call <a href="tel:+44-1496-960000">01496 960000</a></p>', 'a', 'href', 'tel:+44-1496-960000'],
    ['<p><a href="java&#x09;script:alert(1)//mailto:x@example.com">Email</a></p>', 'a', 'href', null],
    ['<p><img alt="Map" src="mailto:newsdesk@example.com"></p>', 'img', 'src', null],
    ['<p><video poster="tel:+441496960000"></video></p>', 'video', 'poster', null],
    ['<blockquote cite="mailto:newsdesk@example.com"><p>Quote</p></blockquote>', 'blockquote', 'cite', null],
  ];
  for (const [content, selector, attribute, kept] of writeOrCall) {
    it(`<${selector} ${attribute}>: ${kept ? 'keeps' : 'drops'} ${content.slice(0, 60)}`, async () => {
      const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
      body.html = content;
      await body.updateComplete;
      expect(body.querySelector(selector)!.getAttribute(attribute)).to.equal(kept);
      expect(traps.calls).to.deep.equal([]);
    });
  }

  it("refuses allow-embeds naming the page's own host, with one warning: none of its frames gets scripts and its origin", async () => {
    // The test pages are at localhost, which allow-embeds takes for no host name: 127.0.0.1 is.
    const frame = document.createElement('iframe');
    frame.src = `http://127.0.0.1:${location.port}/test/csp/own-host.html`;
    const posted = new Promise<{ host: string; frames: string[][]; links: string[]; warnings: string[] }>(
      (resolve) => window.addEventListener('message', (event) => resolve(event.data), { once: true }),
    );
    document.body.append(frame);
    try {
      const { host, frames, links, warnings } = await posted;
      expect(host).to.equal('127.0.0.1');
      expect(frames).to.deep.equal([
        [
          'https://www.youtube.com/embed/dQw4w9WgXcQ',
          'allow-scripts allow-same-origin allow-popups allow-presentation',
        ],
      ]);
      expect(links).to.deep.equal(['https://127.0.0.1/player/harbour']);
      expect(warnings).to.deep.equal([
        `news-elements: allow-embeds: "127.0.0.1" is this page's own site, whose frames could lift their sandbox; ignored.`,
        'news-elements: an embed from 127.0.0.1 is shown as a link; allow-embeds="127.0.0.1" shows it.',
      ]);
    } finally {
      frame.remove();
    }
  });
});
