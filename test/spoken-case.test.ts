// What screen readers hear keeps its case: Chromium speaks text drawn with `text-transform:
// uppercase` as drawn ("LIVE VIDEO, 3 MINUTES"), so a name or description read from such text
// shouts. And a teaser's badge and media mark are heard as two things, not one ("Live video").
import { expect, fixture, html } from '@open-wc/testing';
import '../src/teaser/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsToc } from '../src/toc/toc.js';

/** The text an element contributes to a name or description: its own, aria-hidden parts left out. */
const heard = (node: Node): string =>
  node instanceof Element && node.getAttribute('aria-hidden') === 'true'
    ? ''
    : node.nodeType === Node.TEXT_NODE
      ? node.textContent!
      : [...node.childNodes].map(heard).join('');

/** The headline link's description, as the described parts are joined: with a space. */
function description(el: NewsTeaser): string {
  const link = el.shadowRoot!.querySelector('[part="link"]')!;
  return link
    .getAttribute('aria-describedby')!
    .split(' ')
    .map((id) => heard(el.shadowRoot!.getElementById(id)!).replace(/\s+/g, ' ').trim())
    .join(' ');
}

const teaser = (attributes: Record<string, string>) => {
  const el = document.createElement('news-teaser') as NewsTeaser;
  el.setAttribute('headline', 'Storm closes the harbour');
  el.setAttribute('href', '/storm');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return fixture<NewsTeaser>(el);
};

describe('spoken text keeps its case', () => {
  it('the media mark is drawn in capitals and heard as written', async () => {
    const el = await teaser({ 'label-kind': 'live', media: 'video', duration: 'PT3M20S' });
    const meta = el.shadowRoot!.querySelector('[part="meta"]')!;
    expect(getComputedStyle(meta).textTransform, 'the line is drawn in capitals').to.equal('uppercase');
    const spoken = [...meta.querySelectorAll('.visually-hidden')];
    expect(spoken.map((node) => node.textContent)).to.deep.equal(['Live', 'Video, 3 minutes, 20 seconds']);
    for (const node of spoken) expect(getComputedStyle(node).textTransform).to.equal('none');
  });

  // [locale, attributes, what the link is described by]
  const cases: [string, Record<string, string>, string][] = [
    ['en', { 'label-kind': 'live', media: 'video', duration: '200' }, 'Live , Video, 3 minutes, 20 seconds'],
    ['en', { sponsored: '', media: 'gallery', count: '12' }, 'Sponsored , Gallery, 12 photos'],
    ['en', { 'label-kind': 'live', sponsored: '', media: 'audio' }, 'Live Sponsored , Audio'],
    ['en', { 'label-kind': 'live' }, 'Live'],
    ['ar', { 'label-kind': 'live', media: 'video' }, 'مباشر ، فيديو'],
    ['ja', { 'label-kind': 'breaking', media: 'video' }, '速報 、 動画'],
  ];
  for (const [locale, attributes, expected] of cases)
    it(`${locale} ${JSON.stringify(attributes)}: describes the link as "${expected}"`, async () => {
      const el = await teaser({ ...attributes, locale });
      expect(description(el)).to.equal(expected);
    });

  it('the pause is heard, not seen, and the badge keeps its own text', async () => {
    const el = await teaser({ 'label-kind': 'live', media: 'video' });
    const pause = el.shadowRoot!.getElementById('pause')!;
    expect(pause.getClientRects().length, 'not drawn').to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="label"] .visually-hidden')!.textContent).to.equal('Live');
  });

  it('the contents are named "Contents", and their title heard so, on a wide page', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="A wide page" style="inline-size: 1200px; block-size: 600px; border: 0"></iframe>`,
    );
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><title>Night buses</title><body><main><h1>Night buses</h1>
      <news-toc></news-toc><news-article-body><h2>The vote</h2><p>Yes.</p><h2>Fares</h2><p>Up.</p><h2>What next</h2><p>A vote.</p></news-article-body></main>
      <script type="module" src="/src/toc/define.ts"></script><script type="module" src="/src/article-body/define.ts"></script>`;
    await loaded;
    await frame.contentWindow!.customElements.whenDefined('news-toc');
    const toc = frame.contentDocument!.querySelector<NewsToc>('news-toc')!;
    for (const start = performance.now(); !toc.shadowRoot?.querySelector('a');)
      if (performance.now() - start > 5000) throw new Error('no contents');
      else await new Promise((resolve) => setTimeout(resolve, 20));
    const view = frame.contentWindow!;
    const root = toc.shadowRoot!;
    const title = root.querySelector('[part="title"]')!;
    expect(view.getComputedStyle(title).textTransform).to.equal('uppercase');
    // The title itself is read from a copy as written, its drawn capitals hidden.
    expect(title.querySelector('[aria-hidden="true"]')!.textContent).to.equal('Contents');
    const read = title.querySelector('.visually-hidden')!;
    expect([read.textContent, view.getComputedStyle(read).textTransform]).to.deep.equal(['Contents', 'none']);
    const nav = root.querySelector('nav')!;
    const name = root.getElementById(nav.getAttribute('aria-labelledby')!)!;
    expect(name.textContent).to.equal('Contents');
    expect(view.getComputedStyle(name).textTransform).to.equal('none');
  });
});
