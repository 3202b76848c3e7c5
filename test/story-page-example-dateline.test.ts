/**
 * The story page the README points newcomers at writes inside its dateline the whole line the
 * dateline prints: before the script, the theme draws that text after the place; a shorter one
 * (the date without its "Updated 14:05") grew when the script ran, moving what is under it.
 */
import { expect, fixture } from '@open-wc/testing';
import '../src/dateline/define.js';
import type { NewsDateline } from '../src/dateline/dateline.js';

const PAGE = '/examples/story-page/index.html';

const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The line as drawn: the place is also written once more for screen readers, visually hidden. */
const drawn = (el: NewsDateline) => {
  const line = el.shadowRoot!.querySelector('span')!.cloneNode(true) as HTMLElement;
  line.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return words(line.textContent);
};

describe('examples/story-page dateline', () => {
  it('writes the whole line it prints, "Updated" included, as its fallback text', async () => {
    const source = new DOMParser().parseFromString(await (await fetch(PAGE)).text(), 'text/html');
    const written = [...source.querySelectorAll('news-dateline')];
    expect(written.length, 'datelines on the page').to.be.greaterThan(0);
    for (const markup of written) {
      const el = await fixture<NewsDateline>(markup.outerHTML);
      await el.updateComplete;
      const place = el.getAttribute('place');
      const before = words(`${place ? `${place.toUpperCase()} — ` : ''}${markup.textContent}`);
      expect(drawn(el)).to.equal(before);
    }
  });
});
