/**
 * A gallery's boxes through its two upgrades (the preload rules, as in preload.test.ts): before any
 * script, its figures and the gallery wait; then the single file defines the figures while the
 * gallery's own code, which comes on sight, is still on its way; then the gallery draws. The page
 * must not move at either step. The figures are the real `<news-figure>` (the gallery crops only
 * those); the first step is measured on a copy whose figures are under a tag never defined.
 */
import { expect, fixture } from '@open-wc/testing';
import '../src/figure/define.js';
import { NewsGallery } from '../src/gallery/gallery.js';
import { expectNoShift, rename, sheets, upgradesAround } from './support/preload.js';

const A = '/stories/assets';
const typedAttr = CSS.supports('aspect-ratio', 'attr(width type(<number>))');

/** Four pictures: landscape, portrait, one of unknown size, and one written as an `<img>`. */
const figures = (caption: string) => `
  <news-figure src="${A}/city-1600x900.jpg" width="1600" height="900" alt="Cranes over the harbour"
    caption="The container terminal at Port Ellen." credit="Mairi Campbell"></news-figure>
  <news-figure src="${A}/market-1200x1600.jpg" width="1200" height="1600" alt="Oysters at the market"
    caption="Oysters at the Saturday market."></news-figure>
  <news-figure src="${A}/weightlifter-1200x800.jpg" alt="Eilidh Bell lifts in Glasgow"
    caption="Eilidh Bell trains at the harbour gym."></news-figure>
  <news-figure><img src="${A}/city-800x450.jpg" width="800" height="450" alt="The harbour" />
    <span slot="caption">Ferries wait out the storm.</span></news-figure>
  ${caption}`;

// The pictures' boxes (a written caption is a box of its own only before the upgrade).
const children = (el: Element) =>
  [...el.children]
    .filter((child) => child.localName.startsWith('news-figure'))
    .map((child) => child.getBoundingClientRect());
/** The gallery `attributes` in a column `width` px wide: its boxes before, between and after. */
const upgrades = (rules: string, attributes: string, caption: string, width: number) =>
  upgradesAround(rules, {
    host: 'news-gallery',
    child: 'news-figure',
    element: NewsGallery,
    column: (tag, figure) =>
      fixture(
        `<div style="inline-size: ${width}px"><${tag} ${attributes}>${rename(figures(caption), 'news-figure', figure)}</${tag}><p>The story goes on.</p></div>`,
      ),
    boxes: children,
  });

for (const [file, load] of sheets) {
  describe(`${file}: a gallery`, () => {
    let rules: string;
    before(async () => {
      rules = await load();
    });

    for (const width of [600, 358])
      it(`keeps a grid's cells and its caption, ${width} px wide`, async () => {
        const steps = await upgrades(
          rules,
          'caption="The harbour through the storm, from the breakwater to the fish market."',
          '',
          width,
        );
        expectNoShift(steps, 'figures');
        // Every picture is cut to the gallery's shape (4:3), the portrait and the unsized one too.
        for (const figure of steps.el.querySelectorAll('news-figure')) {
          const frame = figure.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
          expect(frame.height, figure.getAttribute('alt') ?? '').to.be.closeTo((frame.width * 3) / 4, 1);
        }
      });

    it('keeps a carousel’s first slide, its buttons’ row and a written caption', async () => {
      expectNoShift(
        await upgrades(
          rules,
          'layout="carousel"',
          '<span slot="caption">Port Ellen in the storm.</span>',
          600,
        ),
        'figures',
      );
    });

    // Only typed attr() lets the rules read the gallery's aspect-ratio: elsewhere its cells are
    // reserved at 4:3 until its code runs (README, "Embed it in 30 seconds").
    it(`crops to the gallery’s own aspect-ratio${typedAttr ? ', its cells kept from before any script' : ' once drawn (no typed attr() here)'}`, async () => {
      const steps = await upgrades(rules, 'aspect-ratio="16/9"', '', 600);
      if (typedAttr) expectNoShift(steps, 'figures');
      const frame = steps.el.querySelector('news-figure')!.shadowRoot!.querySelector('.frame')!;
      const box = frame.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
    });
  });
}
