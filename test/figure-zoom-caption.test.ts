/**
 * In the lightbox, the caption starts where the picture does, as it does under the figure on the
 * page: left in left-to-right, right in right-to-left, at a desktop's and a phone's window, for a
 * landscape, a portrait and a tall narrow picture (beside which the caption keeps a readable
 * measure). Each case is a page of its own in a frame of the window's size, so that the dialog
 * fills that window in every engine (a viewport command exists for Chromium and Firefox only).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsFigure } from '../src/figure/figure.js';

const A = '/stories/assets';

/** A picture ten times as tall as it is wide, drawn here: no asset has that shape. */
function narrow(): string {
  const canvas = Object.assign(document.createElement('canvas'), { width: 60, height: 600 });
  canvas.getContext('2d')!.fillRect(0, 0, 60, 600);
  return canvas.toDataURL('image/png');
}

const pictures = {
  landscape: `src="${A}/city-800x450.jpg" srcset="${A}/city-800x450.jpg 800w, ${A}/city-1600x900.jpg 1600w"`,
  portrait: `src="${A}/market-1200x1600.jpg"`,
  narrow: `src="${narrow()}"`,
};
type Picture = keyof typeof pictures;

const CAPTION = {
  ltr: 'Stallholders set out the first crates of cabbages before dawn at the wholesale market in Garak-dong.',
  rtl: 'يعرض الباعة أولى صناديق الملفوف قبل الفجر في سوق الجملة.',
};

interface Open {
  frame: HTMLIFrameElement;
  img: () => DOMRect;
  caption: () => DOMRect;
  dialog: () => DOMRect;
  /** The picture's own width over its height. */
  natural: number;
}

/** A zoomable figure in a `width` × `height` window, its lightbox open and its picture loaded. */
async function lightbox(width: number, height: number, dir: 'ltr' | 'rtl', picture: Picture): Promise<Open> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title="A ${width} by ${height} window"
      style="inline-size: ${width}px; block-size: ${height}px; border: 0"
    ></iframe>`,
  );
  const loaded = oneEvent(frame, 'load');
  frame.srcdoc = `<!doctype html><html lang="${dir === 'rtl' ? 'ar' : 'en'}" dir="${dir}"><body>
    <news-figure zoomable ${pictures[picture]} alt="Market stalls" caption="${CAPTION[dir]}" credit="Ana Ruiz/Reuters"></news-figure>
    <script type="module" src="/src/figure/define.ts"></script>`;
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('news-figure');
  const figure = frame.contentDocument!.querySelector<NewsFigure>('news-figure')!;
  await figure.updateComplete;
  const $ = (selector: string) => figure.shadowRoot!.querySelector<HTMLElement>(selector)!;
  $('button.zoom').click();
  await figure.updateComplete;
  // The picture is new with the dialog: its load is still to come.
  await oneEvent($('dialog img'), 'load');
  const { naturalWidth, naturalHeight } = $('dialog img') as HTMLImageElement;
  return {
    natural: naturalWidth / naturalHeight,
    frame,
    img: () => $('dialog img').getBoundingClientRect(),
    caption: () => $('dialog .caption').getBoundingClientRect(),
    dialog: () => $('dialog').getBoundingClientRect(),
  };
}

/** Makes the frame's window `size` ("390×844") and waits until the page inside has seen it. */
async function resize(frame: HTMLIFrameElement, size: string) {
  const [width, height] = size.split('×');
  const resized = oneEvent(frame.contentWindow!, 'resize');
  Object.assign(frame.style, { inlineSize: `${width}px`, blockSize: `${height}px` });
  await resized;
}

/** Where a box starts in `dir`: its left edge, or its right one. */
const start = (box: DOMRect, dir: 'ltr' | 'rtl') => (dir === 'ltr' ? box.left : box.right);

describe('news-figure lightbox caption', () => {
  // Opened in the desktop's window, then the same window made a phone's: the caption follows.
  for (const picture of ['landscape', 'portrait'] as const)
    for (const dir of ['ltr', 'rtl'] as const)
      it(`starts at the ${picture} picture's ${dir === 'ltr' ? 'left' : 'right'} edge in ${dir}, at 1280×900 and 390×844`, async () => {
        const { frame, img, caption, dialog, natural } = await lightbox(1280, 900, dir, picture);
        for (const at of ['1280×900', '390×844']) {
          if (at !== '1280×900') await resize(frame, at);
          // The picture's box is the picture: no bars of its own beside it.
          expect(img().width / img().height, at).to.be.closeTo(natural, 0.02);
          expect(start(caption(), dir), at).to.be.closeTo(start(img(), dir), 1);
          // Its lines are no longer than the picture is wide, nor than the window's.
          expect(caption().width, at).to.be.at.most(img().width + 1);
          expect(caption().left, at).to.be.at.least(dialog().left);
          expect(caption().right, at).to.be.at.most(dialog().right);
        }
      });

  // 40ch of the caption's 14 px font is about 300 px; the phone's half window is what is left there.
  for (const [width, height, dir, least] of [
    [1280, 900, 'ltr', 280],
    [390, 844, 'rtl', 180],
  ] as const) {
    it(`keeps a readable measure beside a tall narrow picture, aligned with it: ${width}×${height}, ${dir}`, async () => {
      const { img, caption, dialog } = await lightbox(width, height, dir, 'narrow');
      expect(img().width, 'the picture is narrower than a readable caption').to.be.below(least);
      expect(start(caption(), dir)).to.be.closeTo(start(img(), dir), 1);
      expect(caption().width).to.be.at.least(least);
      expect(caption().left).to.be.at.least(dialog().left);
      expect(caption().right).to.be.at.most(dialog().right);
    });
  }
});
