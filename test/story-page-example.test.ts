/**
 * examples/story-page/ runs as written: the page the README points newcomers at loads
 * dist/news-elements.js and a theme from ../../dist/, its pictures from its own assets/ folder, and
 * shows the story with no console error and no broken image. Uses dist/ (`npm test` builds it).
 */
import { expect } from '@open-wc/testing';

const PAGE = '/examples/story-page/';

/** Records what a reader's console would show, before the page's own scripts run. */
const RECORDER = `<script>
  window.problems = [];
  const original = console.error.bind(console);
  console.error = (...args) => { window.problems.push('console.error: ' + args.join(' ')); original(...args); };
  addEventListener('error', (e) => window.problems.push(e.message ? 'error: ' + e.message : 'failed to load: ' + (e.target.src || e.target.href)), true);
  addEventListener('unhandledrejection', (e) => window.problems.push('rejection: ' + e.reason));
</script>`;

type PageWindow = Window & typeof globalThis & { problems: string[] };

async function openExample(): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const source = await (await fetch(`${PAGE}index.html`)).text();
  const frame = document.createElement('iframe');
  // Tall enough that no lazy picture is left waiting below the fold.
  frame.style.cssText = 'inline-size: 1280px; block-size: 3000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // The page as served, with the recorder first; <base> keeps its relative URLs as written.
  frame.srcdoc = source.replace('<head>', `<head><base href="${PAGE}" />${RECORDER}`);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const tags = ['news-article', 'news-dateline', 'news-figure', 'news-teaser-list', 'news-teaser'];
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  const figure = doc.querySelector('news-figure')!;
  if (!figure.hasAttribute('loaded') && !figure.hasAttribute('error')) {
    await Promise.race([
      new Promise((resolve) => figure.addEventListener('news-figure-load', resolve, { once: true })),
      new Promise((resolve) => figure.addEventListener('news-figure-error', resolve, { once: true })),
    ]);
  }
  return { frame, win, doc };
}

const shadowText = (el: Element | null) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('examples/story-page', () => {
  it('shows the story, its picture, partner logo and related stories, with nothing in the console', async () => {
    const { frame, win, doc } = await openExample();
    try {
      const headline = doc.querySelector('[slot="headline"]') as HTMLElement;
      expect(headline.textContent).to.contain('Seoul will build 40,000 homes');
      expect(headline.getBoundingClientRect().height, 'headline drawn').to.be.greaterThan(0);
      expect(shadowText(doc.querySelector('news-dateline'))).to.contain('Thursday 12th March, 2026');
      const figure = doc.querySelector('news-figure')!;
      expect(figure.hasAttribute('loaded'), 'lead picture loaded from assets/').to.equal(true);
      const teasers = [...doc.querySelectorAll('news-teaser')];
      // Pictures inside shadow roots report no error to the page: decode each one.
      const decoded = await Promise.all(
        ['news-figure', 'news-partner-banner'].map((tag) => {
          const img = doc.querySelector(tag)!.shadowRoot!.querySelector('img');
          if (!img) return `${tag}: no picture`;
          return img.decode().then(
            () => img.naturalWidth > 0,
            () => `${tag}: broken ${img.src}`,
          );
        }),
      );
      expect(decoded).to.deep.equal([true, true]);
      expect(teasers.map((t) => shadowText(t).includes(t.getAttribute('headline')!))).to.deep.equal([
        true,
        true,
        true,
      ]);
      // The theme file arrived: the page is on its paper, in its body font.
      expect(win.getComputedStyle(doc.documentElement).getPropertyValue('--news-font-body')).to.not.equal('');
      expect(win.problems).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
