import { expect, fixture, html } from '@open-wc/testing';

/**
 * A page in a language other than English: its elements wait for their strings, which load on
 * demand. Until they are here the page shows what was written inside each element, in the box the
 * theme keeps for it, not an empty shadow root.
 */
async function page(lang: string) {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="A page" style="inline-size: 600px; block-size: 400px; border: 0"></iframe>`,
  );
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // The second script runs right after the first has defined what it defines now: what the reader
  // sees while the strings are on their way.
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body style="margin: 0">
    <news-dateline datetime="2012-12-14T09:00:00Z" time-zone="UTC">14 December 2012</news-dateline>
    <script type="module" src="/src/dateline/define.ts"></script>
    <script type="module">
      const dateline = document.querySelector('news-dateline');
      window.waiting = { defined: !!customElements.get('news-dateline'), height: dateline.getBoundingClientRect().height, text: dateline.innerText };
    </script>`;
  await loaded;
  const win = frame.contentWindow as Window & {
    waiting?: { defined: boolean; height: number; text: string };
  };
  await new Promise((resolve) => {
    const look = () => (win.waiting ? resolve(undefined) : setTimeout(look, 10));
    look();
  });
  return { frame, waiting: win.waiting! };
}

describe('a page in a language whose strings load on demand', () => {
  it('keeps the written date on screen until the strings are here, then draws it in that language', async () => {
    const { frame, waiting } = await page('ar');
    expect(waiting.defined).to.equal(false);
    expect(waiting.height).to.be.greaterThan(10);
    expect(waiting.text).to.equal('14 December 2012');
    await frame.contentWindow!.customElements.whenDefined('news-dateline');
    const dateline = frame.contentDocument!.querySelector('news-dateline') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await dateline.updateComplete;
    const time = dateline.shadowRoot!.querySelector('time')!;
    expect(time.textContent).to.match(/ديسمبر/);
  });

  it('defines the elements at once on an English page, which waits for nothing', async () => {
    const { waiting } = await page('en-GB');
    expect(waiting.defined).to.equal(true);
  });
});
