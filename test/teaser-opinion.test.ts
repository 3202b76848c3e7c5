import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser/define.js';
import '../src/teaser-list/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import { until } from './support/until.js';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
// Waits for the picture itself, not decode(): Firefox rejects decode() of a lazy image it has not
// started to load yet ("Invalid image request"), which a loaded machine makes likely.
const loaded = (img: HTMLImageElement) => until(() => img.complete && img.naturalWidth > 0, 'the headshot');
const headshot = (el: NewsTeaser) => el.shadowRoot!.querySelector<HTMLImageElement>('[part="headshot"]');
const box = (el: Element) => {
  const { width, height } = el.getBoundingClientRect();
  return [Math.round(width), Math.round(height)];
};

afterEach(() => sinon.restore());

describe('news-teaser headshot and opinion', () => {
  it('draws the headshot beside the author line, decorative, its size reserved', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Harbour" href="/h" author="Ana Ruiz" headshot=${PIXEL}></news-teaser>`,
    );
    const img = headshot(el)!;
    expect(img.getAttribute('alt')).to.equal('');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['64', '64']);
    expect(img.parentElement!.getAttribute('part')).to.equal('author');
    expect(el.shadowRoot!.querySelector('[part="author"]')!.textContent!.trim()).to.equal('By Ana Ruiz');
    expect(getComputedStyle(img).borderRadius).to.equal('50%');
    await loaded(img);
    expect(box(img)).to.deep.equal([40, 40]);
  });

  it('takes its final size before the picture arrives: nothing moves when it does', async () => {
    // The picture "on its way" never comes: the test waits for its fallback, so its warning is heard here.
    const warn = sinon.stub(console, 'warn');
    const waiting = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Harbour"
        href="/h"
        author="Ana Ruiz"
        headshot="/__no-such-headshot.png"
        style="inline-size: 30rem"
      ></news-teaser>`,
    );
    const loadedTeaser = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Harbour"
        href="/h"
        author="Ana Ruiz"
        headshot=${PIXEL}
        style="inline-size: 30rem"
      ></news-teaser>`,
    );
    await loaded(headshot(loadedTeaser)!);
    expect(box(headshot(waiting)!)).to.deep.equal(box(headshot(loadedTeaser)!));
    expect(box(waiting)).to.deep.equal(box(loadedTeaser));
    // Nor when it fails: the same box, empty (test/teaser-broken-images.test.ts).
    await until(() => headshot(waiting)!.localName !== 'img', 'the missing picture given up');
    expect(box(headshot(waiting)!)).to.deep.equal(box(headshot(loadedTeaser)!));
    expect(warn.callCount).to.be.at.most(1);
  });

  it('leaves out a headshot that is not an http(s) or relative URL, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Harbour" author="Ana Ruiz" headshot="javascript:alert(1)"></news-teaser>`,
    );
    expect(headshot(el)).to.equal(null);
    expect(warn.args.map((args) => String(args[0]))).to.deep.equal([
      'news-elements: <news-teaser> headshot "javascript:alert(1)" is not an http(s) or relative URL; it is ignored.',
    ]);
  });

  it('draws no headshot without an author: it belongs beside the name', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Harbour" headshot=${PIXEL}></news-teaser>`,
    );
    expect(headshot(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="author"]')).to.equal(null);
  });

  it('draws an opinion in the opinion colour, its columnist larger at the side', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Why the ferry must run"
        href="/opinion"
        label-kind="opinion"
        author="Ana Ruiz"
        headshot=${PIXEL}
        style="inline-size: 30rem"
      ></news-teaser>`,
    );
    const headline = el.shadowRoot!.querySelector('[part="headline"]')!;
    const badge = el.shadowRoot!.querySelector('[part="label"]')!;
    expect(getComputedStyle(headline).color).to.equal(getComputedStyle(badge).color);
    expect(getComputedStyle(headline).color).to.equal('rgb(11, 87, 164)');
    const img = headshot(el)!;
    await loaded(img);
    expect(box(img)).to.deep.equal([64, 64]);
    // At the line's inline end, after the name.
    const name = img.parentElement!.querySelector('span')!.getBoundingClientRect();
    expect(img.getBoundingClientRect().left).to.be.greaterThan(name.right);
  });

  it('takes the headshot from a list item', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list
        .items=${[{ headline: 'Why the ferry must run', author: 'Ana Ruiz', labelKind: 'opinion', headshot: PIXEL }]}
      ></news-teaser-list>`,
    );
    const teaser = el.shadowRoot!.querySelector<NewsTeaser>('news-teaser')!;
    await teaser.updateComplete;
    expect(headshot(teaser)!.getAttribute('src')).to.equal(PIXEL);
    expect(teaser.getAttribute('exportparts')).to.contain('headshot');
  });

  it('maps a WordPress opinion’s author avatar to its headshot (a real capture)', async () => {
    const response = await fetch('/test/fixtures/live-feeds/wordpress-posts.json');
    const posts = (await response.json()) as { _embedded: { 'wp:term': unknown[][] } }[];
    // The capture has no opinion: its first post is filed under Opinion too.
    posts[0]!._embedded['wp:term'][0]!.push({ taxonomy: 'category', slug: 'opinion', name: 'Opinion' });
    sinon
      .stub(window, 'fetch')
      .callsFake(
        async () => new Response(JSON.stringify(posts), { headers: { 'content-type': 'application/json' } }),
      );
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list src="/wp-json/wp/v2/posts"></news-teaser-list>`,
    );
    await new Promise((resolve) => el.addEventListener('news-teaser-list-load', resolve, { once: true }));
    await el.updateComplete;
    const teasers = [...el.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')];
    expect(teasers.map((t) => [t.labelKind, t.headshot])).to.deep.equal([
      ['opinion', 'http://2.gravatar.com/avatar/e4f7cd8905e896b04425b1d08411e9fb?s=96&d=mm&r=g'],
      // Not an opinion: its author is not pictured.
      ['', ''],
    ]);
  });
});
