/**
 * A teaser whose thumbnail or author's headshot does not load: the box it reserved stays, empty
 * (Chromium and WebKit draw a broken-image icon for a failed sized <img>, even with an empty alt),
 * and the page hears of it once: a picture host that is down breaks every teaser's picture.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { clearWarning } from '../src/internal/warn.js';
import { until } from './support/until.js';
import { hydrateFrame, serverRenderedFrame, type Frame } from './support/server-rendered.js';

const part = (el: NewsTeaser, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const size = (el: Element) => {
  const { width, height } = el.getBoundingClientRect();
  return [Math.round(width), Math.round(height)];
};
/** Pictures the browser gave up on: each would be drawn as a broken-image icon. */
const failedImages = (el: NewsTeaser) =>
  [...el.shadowRoot!.querySelectorAll('img')].filter((img) => img.complete && !img.naturalWidth);
const warning = (attribute: string, src: string) =>
  `news-elements: <news-teaser> could not load ${attribute} "${src}"; left empty (reported once a page).`;

let warn: sinon.SinonStub;
beforeEach(() => {
  // The warning is the page's, once: each test starts as a fresh page would.
  for (const attribute of ['headshot', 'image-src']) clearWarning(document, attribute);
  warn = sinon.stub(console, 'warn');
});
afterEach(() => sinon.restore());

describe('news-teaser pictures that do not load', () => {
  for (const kind of ['', 'opinion'])
    it(`keeps ${kind ? 'an opinion' : 'a'} headshot's box, empty and out of the accessibility tree, with one warning`, async () => {
      const src = `/no-such-headshot.jpg?${kind || 'byline'}`;
      const el = await fixture<NewsTeaser>(
        html`<news-teaser
          style="inline-size: 30rem"
          headline="Why the harbour vote matters"
          href="/opinion/harbour"
          author="Amina Yusuf"
          label-kind=${kind}
          headshot=${src}
        ></news-teaser>`,
      );
      const before = [size(part(el, 'headshot')!), size(el)];
      await until(() => warn.called, 'the headshot failing');
      await el.updateComplete;
      expect(failedImages(el), 'no broken-image icon').to.deep.equal([]);
      const headshot = part(el, 'headshot')!;
      expect([size(headshot), size(el)], 'nothing moved').to.deep.equal(before);
      // Decorative either way: an <img alt=""> or an empty box with no role.
      expect(headshot.localName === 'img' ? headshot.getAttribute('alt') : headshot.textContent).to.equal('');
      expect(headshot.hasAttribute('role')).to.equal(false);
      expect(part(el, 'author')!.textContent!.trim()).to.equal('By Amina Yusuf');
      expect(warn).to.have.been.calledOnceWith(warning('headshot', src));
      await expect(el).to.be.accessible();
    });

  for (const layout of ['list', 'grid', 'hero'])
    it(`keeps a ${layout} thumbnail's box when its picture does not load, with one warning`, async () => {
      const src = `/no-such-thumbnail.jpg?${layout}`;
      const el = await fixture<NewsTeaser>(
        html`<news-teaser
          style="inline-size: 40rem"
          headline="Ferry fares rise again"
          href="/ferry"
          layout=${layout}
          image-src=${src}
        ></news-teaser>`,
      );
      const box = part(el, 'image-box')!;
      const before = size(box);
      expect(before[1], 'a box reserved').to.be.greaterThan(0);
      await until(() => warn.called, 'the thumbnail failing');
      await el.updateComplete;
      expect(failedImages(el), 'no broken-image icon').to.deep.equal([]);
      expect(size(box), 'nothing moved').to.deep.equal(before);
      expect(warn).to.have.been.calledOnceWith(warning('image-src', src));
    });

  it('warns once a page for each kind of picture when a picture host is down, however many teasers', async () => {
    // A columnist's page: every teaser has its own thumbnail and the same headshot, all on a host that is down.
    const teasers = Array.from(
      { length: 12 },
      (_, i) =>
        html`<news-teaser
          headline=${`Column ${i + 1}`}
          href=${`/opinion/${i + 1}`}
          author="Amina Yusuf"
          label-kind="opinion"
          headshot="/no-such-cdn/amina.jpg"
          image-src=${`/no-such-cdn/column-${i + 1}.jpg`}
        ></news-teaser>`,
    );
    // Small, so that every lazy picture is on screen and asked for.
    const list = await fixture(
      html`<div
        style="display: grid; grid-template-columns: repeat(3, 1fr); --news-teaser-headline-size: 0.5rem;
          --news-teaser-image-width: 1rem; --news-teaser-headshot-size: 1rem"
      >
        ${teasers}
      </div>`,
    );
    const all = [...list.querySelectorAll<NewsTeaser>('news-teaser')];
    await until(
      () => all.every((el) => !el.shadowRoot!.querySelector('img')),
      'every picture failing and dropped',
    );
    await Promise.all(all.map((el) => el.updateComplete));
    const warnings = warn.args.map((args) => String(args[0])).sort();
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.equal(warning('headshot', '/no-such-cdn/amina.jpg'));
    expect(warnings[1]).to.match(/could not load image-src "\/no-such-cdn\/column-\d+\.jpg"; left empty/);
    for (const el of all) expect(part(el, 'headshot'), 'each box kept').to.not.equal(null);
  });

  // A picture host that was down comes back: a teaser drawn later (a refresh, a page left open)
  // asks for the picture again rather than keep the page's old failure.
  it('asks again for a picture that failed in another teaser', async () => {
    const src = '/no-such-thumbnail.jpg?again';
    const first = await fixture<NewsTeaser>(
      html`<news-teaser headline="Ferry" image-src=${src}></news-teaser>`,
    );
    await until(() => warn.called, 'the thumbnail failing');
    await first.updateComplete;
    expect(first.shadowRoot!.querySelector('img'), 'the first teaser dropped it').to.equal(null);
    const later = await fixture<NewsTeaser>(
      html`<news-teaser headline="Ferry" image-src=${src}></news-teaser>`,
    );
    expect(later.shadowRoot!.querySelector('img')?.getAttribute('src')).to.equal(src);
  });

  // A server's picture may fail before the script comes, and fires no event again.
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());
  it('drops a server-rendered picture that failed before hydration, with one warning each', async () => {
    frame = await serverRenderedFrame(
      `<news-teaser headline="Ferry" image-src="/no-such-thumbnail.jpg?server" author="Amina Yusuf" headshot="/no-such-headshot.jpg?server"></news-teaser>`,
    );
    const doc = frame.contentDocument!;
    const el = doc.querySelector('news-teaser') as NewsTeaser;
    const imgs = [...el.shadowRoot!.querySelectorAll('img')];
    expect(imgs.length, 'both pictures in the server’s HTML').to.equal(2);
    await until(() => imgs.every((img) => img.complete), 'both failed before any script');
    const warned = await hydrateFrame(doc, [el]);
    expect(failedImages(el), 'no broken-image icon').to.deep.equal([]);
    expect(part(el, 'headshot'), 'the headshot’s box kept').to.not.equal(null);
    expect(warned).to.deep.equal([
      warning('image-src', '/no-such-thumbnail.jpg?server'),
      warning('headshot', '/no-such-headshot.jpg?server'),
    ]);
  });
});
