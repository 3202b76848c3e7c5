/**
 * A share row the server rendered (news-elements/ssr, served by test/support/ssr-middleware.mjs):
 * the server cannot know which button the browser allows, so its HTML holds the button's place with
 * an unseen box, no control, which the button takes over at hydration without moving the row.
 */
import { expect } from '@open-wc/testing';
import { hydrateFrame, serverRenderedFrame, type Frame } from './support/server-rendered.js';

type Share = HTMLElement & { updateComplete: Promise<unknown> };

let frame: Frame | undefined;
afterEach(() => frame?.remove());

const URL = 'url="https://news.example.com/story"';
const ALL = 'email x facebook linkedin whatsapp telegram bluesky threads reddit';

/** What a reader can tab to in the row. */
const focusable = (share: Element) =>
  [...share.shadowRoot!.querySelectorAll('*')]
    .filter((el) => el.matches('a[href], button, input, select, textarea, [tabindex]'))
    .map((el) => el.localName);

const box = (el: Element) => {
  const { x, y, width, height } = el.getBoundingClientRect();
  return { x, y, width, height };
};

describe('news-share rendered on the server', () => {
  // Email and the button in one row; and rows the button would have wrapped to a new line once drawn
  // (on a phone, and every place on a desktop).
  for (const [networks, width] of [
    ['email', 1000],
    ['email whatsapp x bluesky', 400],
    [ALL, 910],
  ] as const)
    it(`keeps the button's place until hydrated: networks="${networks}", ${width} px`, async () => {
      frame = await serverRenderedFrame(`<news-share ${URL} networks="${networks}"></news-share>`);
      frame.style.inlineSize = `${width}px`;
      const doc = frame.contentDocument!;
      const share = doc.querySelector('news-share') as Share;
      const links = networks.split(' ').length;
      expect(focusable(share), 'only the links, no button that does nothing').to.deep.equal(
        Array(links).fill('a'),
      );
      const held = share.shadowRoot!.querySelector('[part~="button"]');
      const before = {
        row: box(share),
        button: held && box(held),
        seen: held?.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions),
        announced: !held?.closest('[aria-hidden="true"]'),
      };

      expect(await hydrateFrame(doc, [share])).to.deep.equal([]);
      const button = share.shadowRoot!.querySelector('button')!;
      expect(button.textContent).to.match(/Share|Copy link/);
      expect(focusable(share)).to.deep.equal([...Array(links).fill('a'), 'button']);
      expect(box(share).height, 'the row’s height').to.be.closeTo(before.row.height, 1);

      // The place the server held: unseen, hidden from assistive technology, the button's box.
      expect(held, 'the button’s place').to.exist;
      expect(before.seen, 'seen').to.equal(false);
      expect(before.announced, 'announced').to.equal(false);
      expect(held!.isConnected, 'given to the button').to.equal(false);
      for (const side of ['x', 'y', 'width', 'height'] as const)
        expect(box(button)[side], `the button’s ${side}`).to.be.closeTo(before.button![side], 1);
    });
});
