/**
 * In the lightbox, the caption starts where the picture does, as it does under the figure on the
 * page: left in left-to-right, right in right-to-left, at a desktop's and a phone's window, for a
 * landscape, a portrait and a tall narrow picture (beside which the caption keeps a readable
 * measure); as the reader steps to a picture still loading, and as a late web font wraps the
 * caption again. Each case is a page of its own in a frame of the window's size, so that the
 * dialog fills that window in every engine (a viewport command exists for Chromium and Firefox only).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsFigure } from '../src/figure/figure.js';

const A = '/stories/assets';

/** A picture ten times as tall as it is wide, drawn here: no asset has that shape. */
function narrow(): string {
  const canvas = Object.assign(document.createElement('canvas'), { width: 60, height: 600 });
  canvas.getContext('2d')!.fillRect(0, 0, 60, 600);
  return canvas.toDataURL('image/png');
}

/**
 * The portrait picture (1200 by 1600) at an address of its own, never fetched before: loaded a
 * task or more after it is asked for, in every engine (a data: URL may be decoded at once).
 */
const fresh = () => `${A}/market-1200x1600.jpg?${Math.random().toString(36).slice(2)}`;

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
  figure: NewsFigure;
  img: () => DOMRect;
  caption: () => DOMRect;
  dialog: () => DOMRect;
  /** The picture's own width over its height. */
  natural: number;
}

/**
 * A zoomable figure in a `width` × `height` window, its lightbox open and its picture loaded;
 * `more`: the page's markup after it (figures of the same set).
 */
async function lightbox(
  width: number,
  height: number,
  dir: 'ltr' | 'rtl',
  picture: Picture,
  more = '',
): Promise<Open> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title="A ${width} by ${height} window"
      style="inline-size: ${width}px; block-size: ${height}px; border: 0"
    ></iframe>`,
  );
  const loaded = oneEvent(frame, 'load');
  frame.srcdoc = `<!doctype html><html lang="${dir === 'rtl' ? 'ar' : 'en'}" dir="${dir}"><body>
    <news-figure zoomable ${pictures[picture]} alt="Market stalls" caption="${CAPTION[dir]}" credit="Ana Ruiz/Reuters"></news-figure>
    ${more}
    <script type="module" src="/src/figure/define.ts"></script>`;
  await loaded;
  frame.contentWindow!.addEventListener('error', (event) => errors.push(event.message));
  await frame.contentWindow!.customElements.whenDefined('news-figure');
  const figures = [...frame.contentDocument!.querySelectorAll<NewsFigure>('news-figure')];
  await Promise.all(figures.map((each) => each.updateComplete));
  const figure = figures[0]!;
  const $ = (selector: string) => figure.shadowRoot!.querySelector<HTMLElement>(selector)!;
  $('button.zoom').click();
  await figure.updateComplete;
  // The picture is new with the dialog: its load is still to come.
  await oneEvent($('dialog img'), 'load');
  const { naturalWidth, naturalHeight } = $('dialog img') as HTMLImageElement;
  return {
    natural: naturalWidth / naturalHeight,
    frame,
    figure,
    img: () => $('dialog img').getBoundingClientRect(),
    caption: () => $('dialog .caption').getBoundingClientRect(),
    dialog: () => $('dialog').getBoundingClientRect(),
  };
}

/**
 * Two frames drawn in `frame`'s page: whatever the last one laid out has been seen (by a
 * ResizeObserver too) before the second one's animation frame.
 */
const drawn = (frame: HTMLIFrameElement) =>
  new Promise((resolve) =>
    frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)),
  );

/** Makes the frame's window `size` ("390×844") and waits until the page inside has drawn it. */
async function resize(frame: HTMLIFrameElement, size: string) {
  const [width, height] = size.split('×');
  const resized = oneEvent(frame.contentWindow!, 'resize');
  Object.assign(frame.style, { inlineSize: `${width}px`, blockSize: `${height}px` });
  await resized;
  await drawn(frame);
}

/** Where a box starts in `dir`: its left edge, or its right one. */
const start = (box: DOMRect, dir: 'ltr' | 'rtl') => (dir === 'ltr' ? box.left : box.right);

/** Errors on the framed pages, which the test page's own guard does not see (a ResizeObserver loop). */
const errors: string[] = [];

describe('news-figure lightbox caption', () => {
  afterEach(() => expect(errors.splice(0), 'errors on the page').to.deep.equal([]));

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

  // The reader steps from the landscape picture, as wide as the window, to a portrait one still
  // loading: its size known from its width and height, or from its picture already on the page (a
  // smaller candidate: the viewer asks for the largest), or not known at all.
  const next = {
    'its width and height': () =>
      `<div hidden><news-figure zoomable src="${fresh()}" width="1200" height="1600" alt="Crates"
        caption="${CAPTION.ltr}"></news-figure></div>`,
    'its picture on the page': () => {
      const [small, large] = [fresh(), fresh()];
      return `<news-figure zoomable loading="eager" style="inline-size: 200px" src="${small}"
        srcset="${small} 300w, ${large} 1200w" sizes="200px" alt="Crates" caption="${CAPTION.ltr}"></news-figure>`;
    },
    nothing: () =>
      `<div hidden><news-figure zoomable src="${fresh()}" alt="Crates" caption="${CAPTION.ltr}"></news-figure></div>`,
  };
  for (const [known, markup] of Object.entries(next))
    it(
      known === 'nothing'
        ? 'keeps the caption centred under a next picture of unknown size until it loads, then lines it up'
        : `lines the caption up under the next picture before it loads, its size known from ${known}`,
      async () => {
        const { frame, figure, img, caption, dialog } = await lightbox(
          1280,
          900,
          'ltr',
          'landscape',
          markup(),
        );
        const second = frame.contentDocument!.querySelectorAll<NewsFigure>('news-figure')[1]!;
        if (known === 'its picture on the page')
          await waitUntil(() => second.loaded, 'its picture on the page loads');
        const $ = (selector: string) => figure.shadowRoot!.querySelector<HTMLElement>(selector)!;
        $('dialog .next').click();
        await figure.updateComplete;
        const picture = $('dialog img') as HTMLImageElement;
        expect([picture.alt, picture.complete], 'the next picture, still loading').to.deep.equal([
          'Crates',
          false,
        ]);
        const before = caption();
        await oneEvent(picture, 'load');
        expect(caption().left, 'once it loads').to.be.closeTo(img().left, 1);
        expect(caption().width).to.be.at.most(img().width + 1);
        if (known === 'nothing') {
          // Not under the landscape picture's width: centred, at most its measure.
          expect(before.left - dialog().left, 'while it loads').to.be.closeTo(
            dialog().right - before.right,
            1,
          );
        } else {
          // Where it stays once the picture shows: it never moves.
          expect(before.left, 'while it loads').to.be.closeTo(caption().left, 1);
          expect(before.width, 'while it loads').to.be.closeTo(caption().width, 1);
        }
      },
    );

  it('lines the caption up again when a web font comes late and wraps it anew', async () => {
    // The caption's font is the page's web font, which has not come yet: its lines are drawn in the
    // fallback until then. The font, scaled down, wraps them in fewer lines (as long as the picture
    // is wide: no measure in characters), which gives the picture above them more room.
    const { frame, img, caption } = await lightbox(
      1280,
      900,
      'ltr',
      'portrait',
      '<style>news-figure { --news-font-ui: "Late Sans", monospace; --news-measure: 100vw }</style>',
    );
    expect(caption().left, 'in the fallback font').to.be.closeTo(img().left, 1);
    const [width, height] = [img().width, caption().height];
    const inFrame = frame.contentWindow as typeof window;
    const font = new inFrame.FontFace(
      'Late Sans',
      'url(/node_modules/storybook/assets/browser/nunito-sans-regular.woff2)',
      { sizeAdjust: '50%' } as FontFaceDescriptors,
    );
    frame.contentDocument!.fonts.add(font);
    await font.load();
    await drawn(frame);
    expect(caption().height, 'the caption in fewer lines').to.be.below(height);
    expect(img().width, 'a wider picture').to.be.above(width + 1);
    expect(caption().left).to.be.closeTo(img().left, 1);
    expect(caption().width).to.be.at.most(img().width + 1);
  });
});
