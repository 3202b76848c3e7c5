/**
 * Excerpt cleaning on demand: a teaser whose excerpt is plain text renders from the first load, and
 * one with markup or shortcodes (or long enough to need word segmentation) waits for the cleaning
 * code (src/text/excerpt.ts, a chunk of the single file) before its first render, so no raw markup
 * is ever drawn. The tests run in order in one page: the first proves the chunk is not fetched.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser/define.js';
import { OnDemand } from '../src/internal/on-demand.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { wordpressPost } from './support/text-fixtures.js';

/** Whether the page has fetched the cleaning module (the dev server serves each source file). */
const cleaningFetched = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname === '/src/text/excerpt.ts');
const excerptOf = (el: NewsTeaser) => el.shadowRoot!.querySelector('[part~="excerpt"]')!.textContent!.trim();

/** A teaser connected with `excerpt`, and the excerpt's text at each of its renders, the first included. */
async function rendersOf(excerpt: string, words?: number) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('news-teaser');
  const renders: string[] = [];
  el.addController({ hostUpdated: () => renders.push(excerptOf(el)) });
  Object.assign(el, { headline: 'Mapo oil depot to become an archive', href: '/mapo', excerpt });
  if (words) el.excerptWords = words;
  host.append(el);
  await el.updateComplete;
  return renders;
}

describe('excerpt cleaning on demand', () => {
  it('draws a plain excerpt without fetching the cleaning code', async () => {
    const renders = await rendersOf(
      'Seoul’s city council voted on Thursday to turn the disused depot into an archive...',
    );
    expect(renders[0]).to.equal(
      'Seoul’s city council voted on Thursday to turn the disused depot into an archive…',
    );
    expect(cleaningFetched()).to.equal(false);
  });

  it('draws an excerpt with shortcodes and tags cleaned from its first render', async () => {
    // A real classic-editor post (test/fixtures/README.md) used as its own excerpt: it opens with a [caption].
    const post = await wordpressPost('classic-news.raw.txt');
    const renders = await rendersOf(post, 12);
    expect(cleaningFetched()).to.equal(true);
    expect(renders[0]).to.equal("Seoul's city council voted on Thursday to turn the disused Mapo oil…");
    for (const text of renders) expect(text).not.to.match(/\[caption|<a |Tank No\. 4 at the Mapo depot/);
  });

  it('cuts a long plain excerpt at a word from its first render', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i + 1}`).join(' ');
    const renders = await rendersOf(words, 5);
    expect(renders[0]).to.equal('word1 word2 word3 word4 word5…');
  });
});

describe('OnDemand', () => {
  let warn: sinon.SinonStub | undefined;
  afterEach(() => warn?.restore());

  it('loads once, and a module that cannot load settles with one warning', async () => {
    warn = sinon.stub(console, 'warn');
    const importer = sinon.stub().rejects(new TypeError('Failed to fetch dynamically imported module'));
    const chunk = new OnDemand('test', importer);
    await chunk.load();
    await chunk.load();
    expect(chunk.pending).to.equal(undefined);
    expect([chunk.module, chunk.failed, importer.callCount]).to.deep.equal([undefined, true, 1]);
    expect(warn.args).to.deep.equal([
      ['news-elements: could not load the test code; showing a simpler version.'],
    ]);
  });
});
