/**
 * The stack of head shots and initials as a reader sees it: every circle's initials stay clear of
 * the circle stacked over them, in both directions, and in forced-colors mode (Windows High
 * Contrast), where the fill and the box-shadows are dropped, each circle still has an edge.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/byline/define.js';
import type { NewsByline, BylineAuthor } from '../src/byline/byline.js';

const HEAD_SHOT = '/stories/assets/avatar-amina.svg';

async function byline(authors: BylineAuthor[], locale: string): Promise<NewsByline> {
  const el = await fixture<NewsByline>(
    html`<news-byline .authors=${authors} locale=${locale}></news-byline>`,
  );
  await Promise.all([...el.shadowRoot!.querySelectorAll('img')].map((img) => img.decode().catch(() => {})));
  return el;
}

const circles = (el: NewsByline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="avatar"]')];

/** The box of a circle's initials as drawn: the text itself, not the circle around it. */
function initialsBox(circle: HTMLElement): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(circle);
  return range.getBoundingClientRect();
}

/** A circle's box with the ring of page colour drawn around it (its outer box-shadow). */
function ringed(circle: HTMLElement): DOMRect {
  const ring = getComputedStyle(circle)
    .boxShadow.split(/,(?![^(]*\))/)
    .filter((shadow) => !/\binset\b/.test(shadow))
    .map((shadow) => parseFloat(shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g)?.[3] ?? '0'))
    .reduce((widest, spread) => Math.max(widest, spread), 0);
  const box = circle.getBoundingClientRect();
  return new DOMRect(box.x - ring, box.y - ring, box.width + 2 * ring, box.height + 2 * ring);
}

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

describe("news-byline's circles of initials", () => {
  // Wide initials ("MW") as well as the stories' "TH" that read "TI"; a head shot over initials
  // and initials over initials; left to right and right to left.
  const cases: [string, BylineAuthor[], 'ltr' | 'rtl'][] = [
    [
      'en-GB',
      [
        { name: 'Tomás Herrera' },
        { name: 'Mary Walsh' },
        { name: 'Wim Mwangi' },
        { name: 'Amina Yusuf', avatar: HEAD_SHOT },
      ],
      'ltr',
    ],
    [
      'en-GB',
      [{ name: 'Amina Yusuf', avatar: HEAD_SHOT }, { name: 'Tomás Herrera' }, { name: 'Joanna Mwangi' }],
      'ltr',
    ],
    [
      'ar',
      [{ name: 'Tomás Herrera' }, { name: 'Mary Walsh' }, { name: 'أميرة حسن', avatar: HEAD_SHOT }],
      'rtl',
    ],
    ['ar', [{ name: 'أميرة حسن', avatar: HEAD_SHOT }, { name: 'يوسف منصور' }, { name: 'سارا رضایی' }], 'rtl'],
  ];
  for (const [locale, authors, dir] of cases) {
    const names = authors.map((author) => author.name).join(', ');
    it(`stay clear of the circle stacked over them (${dir}: ${names})`, async () => {
      const el = await byline(authors, locale);
      const all = circles(el);
      expect(all).to.have.length(authors.length);
      const boxes = all.map((circle) => circle.getBoundingClientRect());
      // Circles, not ovals, still stacked in the reading direction.
      for (const box of boxes) expect(box.width).to.equal(box.height);
      for (const [i, box] of boxes.slice(1).entries()) {
        expect(overlap(box, boxes[i]!), `circle ${i + 1} overlaps circle ${i}`).to.be.above(0);
        expect(dir === 'ltr' ? box.left > boxes[i]!.left : box.right < boxes[i]!.right).to.equal(true);
      }
      let covered = 0;
      for (const [i, circle] of all.entries()) {
        if (circle.querySelector('img')) continue;
        const text = initialsBox(circle);
        const label = `"${circle.textContent!.trim()}" (circle ${i})`;
        expect(text.width, label).to.be.above(0);
        // Inside its own circle's box, and clear of the next one and the ring around it.
        expect(overlap(text, boxes[i]!), label).to.be.closeTo(text.width * text.height, 0.5);
        const next = all[i + 1];
        if (!next) continue;
        covered++;
        expect(overlap(text, ringed(next)), `${label} is covered by circle ${i + 1}`).to.equal(0);
      }
      expect(covered, 'circles of initials under another').to.be.above(0);
    });
  }
});

describe("news-byline's circles when a head shot fails", () => {
  it('keeps the circles and the names where they were', async () => {
    const authors = (avatar: string): BylineAuthor[] => [
      { name: 'Amina Yusuf', avatar },
      { name: 'Tomás Herrera' },
      { name: 'Joanna Mwangi' },
    ];
    const row = (el: NewsByline) => el.shadowRoot!.querySelector('.avatars')!.getBoundingClientRect().width;
    const warn = sinon.stub(console, 'warn');
    const loaded = await byline(authors(HEAD_SHOT), 'en-GB');
    const failed = await byline(authors('/stories/assets/no-such-head-shot.jpg'), 'en-GB');
    // The failed picture gives way to initials: "AY" in the first circle.
    await waitUntil(() => circles(failed)[0]!.textContent!.trim() === 'AY', 'initials in its place');
    expect(circles(loaded)[0]!.querySelector('img'), 'the head shot drawn').to.not.equal(null);
    expect(row(failed)).to.equal(row(loaded));
    expect(warn, 'one warning, naming the picture').to.have.been.calledOnceWith(
      sinon.match('no-such-head-shot.jpg'),
    );
  });
});

describe("news-byline's circles in forced-colors mode", () => {
  /**
   * The rules the element keeps for forced-colors mode. No engine's test driver here turns the
   * mode on (the runner's `emulateMedia` passes `forcedColors` to Playwright only), so the test
   * adopts these rules without their condition, as the mode would apply them.
   */
  function forcedColorRules(el: NewsByline): string {
    const media = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.replace(/\s/g, '') === '(forced-colors:active)');
    return media.flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText)).join('\n');
  }

  /** What CanvasText is in this browser, as a computed colour. */
  function canvasText(): string {
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }

  it('gives every circle, head shot or initials, an edge in CanvasText, at the same size', async () => {
    const el = await byline(
      [{ name: 'Amina Yusuf', avatar: HEAD_SHOT }, { name: 'Tomás Herrera' }, { name: 'Joanna Mwangi' }],
      'en-GB',
    );
    const all = circles(el);
    const sizes = all.map((circle) => circle.getBoundingClientRect().width);
    // Outside the mode, the box-shadows draw the edges, and there is no border.
    expect(all.map((circle) => getComputedStyle(circle).borderTopStyle)).to.deep.equal([
      'none',
      'none',
      'none',
    ]);

    const forced = new CSSStyleSheet();
    forced.replaceSync(forcedColorRules(el));
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, forced];
    for (const [i, circle] of all.entries()) {
      const style = getComputedStyle(circle);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(style[`border${side}Style`], `circle ${i}, ${side}`).to.equal('solid');
        expect(parseFloat(style[`border${side}Width`]), `circle ${i}, ${side}`).to.be.at.least(1);
        expect(style[`border${side}Color`], `circle ${i}, ${side}`).to.equal(canvasText());
      }
      expect(circle.getBoundingClientRect().width, `circle ${i} keeps its size`).to.equal(sizes[i]);
    }
    await expect(el).to.be.accessible();
  });
});
