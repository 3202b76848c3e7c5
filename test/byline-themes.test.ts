/**
 * The circles of initials in the shipped themes, read from computed styles: initials readable on
 * their circle, and each circle told apart from the page and from the one it overlaps (in dark,
 * #1f1f1d circles ringed in the #121212 page merged into one blob).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/byline/define.js';
import type { NewsByline } from '../src/byline/byline.js';

type Rgb = [number, number, number];

// Both files, as pages link them; each case puts its byline in one theme's section.
await Promise.all(
  ['light', 'dark'].map(
    (theme) =>
      new Promise((resolve, reject) => {
        const link = Object.assign(document.createElement('link'), {
          rel: 'stylesheet',
          href: `/src/themes/${theme}.css`,
          onload: resolve,
          onerror: reject,
        });
        document.head.append(link);
      }),
  ),
);

const rgb = (colour: string): Rgb => {
  const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number);
  return [r!, g!, b!];
};

function contrast(a: Rgb, b: Rgb): number {
  const luminance = (c: Rgb) =>
    c
      .map((v) => v / 255)
      .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
      .reduce((sum, s, i) => sum + s * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The shadows of `box-shadow` as computed: colour, spread and whether inset. */
const shadows = (value: string) =>
  value === 'none'
    ? []
    : value.split(/,(?![^(]*\))/).map((shadow) => ({
        colour: rgb(shadow.match(/rgba?\([^)]*\)/)![0]),
        spread: parseFloat(shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g)![3]!),
        inset: /\binset\b/.test(shadow),
      }));

const HEAD_SHOT = '/stories/assets/avatar-amina.svg';

/** A byline of a head shot and two authors without, in `theme`'s section of the page. */
async function inTheme(theme: string) {
  const section = await fixture<HTMLElement>(html`
    <div class="news-theme-${theme}">
      <news-byline
        .authors=${[{ name: 'Amina Yusuf', avatar: HEAD_SHOT }, { name: 'Tomás Herrera' }, { name: 'Joanna Mwangi' }]}
        locale="en-GB"
      ></news-byline>
    </div>
  `);
  const el = section.querySelector<NewsByline>('news-byline')!;
  await el.updateComplete;
  const circles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="avatar"]')];
  const page = rgb(getComputedStyle(section).backgroundColor);
  return { el, circles, initials: circles.filter((circle) => !circle.querySelector('img')), page };
}

for (const theme of ['light', 'dark']) {
  describe(`news-byline's initials in ${theme}.css`, () => {
    it('are written at 4.5:1 or more on their circle', async () => {
      const { el, initials } = await inTheme(theme);
      expect(initials.map((circle) => circle.textContent!.trim())).to.deep.equal(['TH', 'JM']);
      for (const circle of initials) {
        const style = getComputedStyle(circle);
        const ratio = contrast(rgb(style.color), rgb(style.backgroundColor));
        expect(ratio, `${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
      }
      await expect(el).to.be.accessible();
    });

    it('sit in circles with an edge of their own, each stacked one ringed in the page colour', async () => {
      const { circles, initials, page } = await inTheme(theme);
      for (const circle of initials) {
        const fill = rgb(getComputedStyle(circle).backgroundColor);
        const edge = shadows(getComputedStyle(circle).boxShadow).find((shadow) => shadow.inset);
        expect(edge, `${theme}: an edge inside the circle`).to.not.equal(undefined);
        expect(edge!.spread).to.be.at.least(1);
        // A hairline, not a contrast requirement (the circles are decorative): it must show on the
        // circle's fill and on the page, where the surface alone was as dark as the page.
        expect(contrast(edge!.colour, fill), `edge ${edge!.colour} on fill ${fill}`).to.be.at.least(1.25);
        expect(contrast(edge!.colour, page), `edge ${edge!.colour} on page ${page}`).to.be.at.least(1.25);
      }
      for (const circle of circles.slice(1)) {
        const ring = shadows(getComputedStyle(circle).boxShadow).find((shadow) => !shadow.inset);
        expect(ring, `${theme}: a ring between stacked circles`).to.not.equal(undefined);
        expect(ring!.colour).to.deep.equal(page);
        expect(ring!.spread).to.be.at.least(1);
      }
    });
  });
}
