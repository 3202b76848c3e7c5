import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { until } from './support/until.js';
import '../src/figure/define.js';
import type { NewsFigure } from '../src/figure/figure.js';
import { filterSrcset } from '../src/text/srcset.js';
import { press } from './support/engines.js';

const WIDE = '/stories/assets/city-800x450.jpg'; // 800×450
const LARGE = '/stories/assets/city-1600x900.jpg';
const SQUARE = '/stories/assets/harbour-800x800.jpg';
// Passes the URL filter (a PNG data URL) but cannot be decoded: the browser fires `error`.
const BROKEN = 'data:image/png;base64,AAAA';
/** A URL never fetched before, so the image cannot be in the memory cache yet. */
const fresh = (url: string) => `${url}?t=${Math.random().toString(36).slice(2)}`;

const $ = <T extends Element = HTMLElement>(el: NewsFigure, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const frame = (el: NewsFigure) => $(el, '.frame')!;
const img = (el: NewsFigure) => $<HTMLImageElement>(el, '.frame img');
const caption = (el: NewsFigure) => $(el, 'figcaption');
/**
 * The caption's text through slots (the flat tree): what a screen reader reads, or with
 * `visible`, what a sighted reader sees (without the visually hidden credit label).
 */
function flatText(el: NewsFigure, visible = false) {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes();
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
    } else if (node.nodeType == Node.TEXT_NODE) parts.push(node.textContent!);
    else if (!(visible && (node as Element).classList?.contains('visually-hidden')))
      node.childNodes.forEach(walk);
  };
  if (caption(el)) walk(caption(el)!);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
const captionText = (el: NewsFigure) => flatText(el, true);
const spokenCaption = (el: NewsFigure) => flatText(el);
const height = (node: Element) => node.getBoundingClientRect().height;
const width = (node: Element) => node.getBoundingClientRect().width;

/** Resolves with the figure's next load or error event. */
const settled = (el: NewsFigure) =>
  new Promise<CustomEvent<{ src: string }>>((resolve) => {
    el.addEventListener('news-figure-load', resolve, { once: true });
    el.addEventListener('news-figure-error', resolve, { once: true });
  });

/** The message of the one console warning the callback provokes. */
async function oneWarning(run: () => Promise<unknown>) {
  const warn = sinon.stub(console, 'warn');
  try {
    await run();
    expect(warn, warn.args.map(String).join('\n')).to.have.been.calledOnce;
    return String(warn.firstCall.args[0]);
  } finally {
    warn.restore();
  }
}

afterEach(() => sinon.restore());

describe('news-figure', () => {
  describe('semantics', () => {
    it('renders a figure whose figcaption holds the caption, then the credit announced as such', async () => {
      const el = await fixture<NewsFigure>(html`
        <news-figure
          src=${WIDE}
          alt="Towers of a new district at dusk"
          width="800"
          height="450"
          caption="A 'city of the future' in the province"
          credit="Min-jun Park/News Agency"
        ></news-figure>
      `);
      expect($(el, 'figure')).to.exist;
      expect(caption(el)!.parentElement!.localName).to.equal('figure');
      expect(captionText(el)).to.equal("A 'city of the future' in the province Min-jun Park/News Agency");
      expect(spokenCaption(el)).to.equal(
        "A 'city of the future' in the province Photograph: Min-jun Park/News Agency",
      );
      expect(img(el)!.alt).to.equal('Towers of a new district at dusk');
      expect(img(el)!.getAttribute('part')).to.equal('image');
      expect(caption(el)!.getAttribute('part')).to.equal('caption');
      expect($(el, '[part="credit"]')!.textContent).to.contain('Min-jun Park/News Agency');
      await expect(el).to.be.accessible();
    });

    it('sets the credit apart visually: smaller and in the muted colour', async () => {
      const el = await fixture<NewsFigure>(html`
        <news-figure
          src=${WIDE}
          alt=""
          caption="Champion weightlifter after her lift"
          credit="Still from a broadcaster"
        ></news-figure>
      `);
      const credit = getComputedStyle($(el, '[part="credit"]')!);
      const text = getComputedStyle(caption(el)!);
      expect(parseFloat(credit.fontSize)).to.be.lessThan(parseFloat(text.fontSize));
      expect(credit.color).to.not.equal(text.color);
    });

    // [credit, figure width, its parts]: too narrow for the whole credit, wide enough for each part.
    const credits: [string, string, string[]][] = [
      ['Min-jun Park/Provincial News Agency', '11em', ['Min-jun Park/', 'Provincial News Agency']],
      ['Reuters / AP / Herald staff', '6em', ['Reuters /', ' AP /', ' Herald staff']],
    ];
    for (const [credit, width, parts] of credits)
      it(`breaks the credit "${credit}" only after a slash, reading the same words`, async () => {
        const el = await fixture<NewsFigure>(
          html`<news-figure style="inline-size: ${width}" src=${WIDE} alt="" credit=${credit}></news-figure>`,
        );
        const boxes = [...el.shadowRoot!.querySelectorAll('[part="credit"] slot span')];
        expect(boxes.map((box) => box.textContent)).to.deep.equal(parts);
        expect(spokenCaption(el)).to.equal(`Photograph: ${credit}`);
        for (const box of boxes) {
          const range = document.createRange();
          range.selectNodeContents(box);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          expect(lines.size, box.textContent!).to.equal(1);
        }
      });

    // An agency's Latin name in an Arabic figure ("AFP/Getty Images" on an Arabic site) reads left
    // to right; an Arabic credit in an English figure reads right to left.
    const directions: [string, string, string, string][] = [
      ['ar', 'rtl', 'Min-ji Park/Reuters', 'ltr'],
      ['he', 'rtl', 'AFP/Getty Images', 'ltr'],
      ['en', 'ltr', 'وكالة أنباء المحافظة/رويترز', 'rtl'],
    ];
    for (const [locale, page, credit, reads] of directions)
      it(`keeps the parts of the credit "${credit}" in its own order in a ${page} figure`, async () => {
        const el = await fixture<NewsFigure>(
          html`<news-figure locale=${locale} src=${WIDE} alt="" credit=${credit}></news-figure>`,
        );
        const [first, second] = [...el.shadowRoot!.querySelectorAll('[part="credit"] slot span')].map((box) =>
          box.getBoundingClientRect(),
        );
        const ltr = first!.left < second!.left;
        expect(ltr ? 'ltr' : 'rtl', 'the name comes first, in reading order').to.equal(reads);
        // Inside a part, the slash stays after the name it follows.
        const part = el.shadowRoot!.querySelector('[part="credit"] slot span')!;
        const words = [...part.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
        const range = document.createRange();
        range.setStart(words, words.textContent!.length - 1);
        range.setEnd(words, words.textContent!.length);
        const slash = range.getBoundingClientRect();
        expect(
          ltr ? slash.right > first!.right - 1 : slash.left < first!.left + 1,
          'the slash at the end',
        ).to.equal(true);
      });

    it('wraps a credit part longer than the figure inside it, never overflowing', async () => {
      const el = await fixture<NewsFigure>(
        html`<news-figure
          style="inline-size: 8em"
          src=${WIDE}
          alt=""
          credit="Oluwaseun Adebayo-Okonkwo for the Provincial Broadcasting Corporation/AP"
        ></news-figure>`,
      );
      const figcaption = caption(el)!;
      expect(figcaption.scrollWidth).to.be.at.most(figcaption.clientWidth);
      for (const box of el.shadowRoot!.querySelectorAll('[part="credit"] slot span'))
        expect(box.getBoundingClientRect().right).to.be.at.most(
          figcaption.getBoundingClientRect().right + 0.5,
        );
    });

    it('renders no figcaption for blank or whitespace-only captions and credits', async () => {
      const el = await fixture<NewsFigure>(html`
        <news-figure src=${WIDE} alt="" caption="   " credit=${'\n\t '}></news-figure>
      `);
      expect(caption(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows a credit alone, still labelled, and a caption alone without a credit', async () => {
      const el = await fixture<NewsFigure>(
        html`<news-figure src=${WIDE} alt="" credit="Agency pool"></news-figure>`,
      );
      expect(spokenCaption(el)).to.equal('Photograph: Agency pool');
      await expect(el).to.be.accessible();
      el.credit = '';
      el.caption = 'Market day in the old town';
      await el.updateComplete;
      expect(spokenCaption(el)).to.equal('Market day in the old town');
      expect($(el, '[part="credit"]')).to.equal(null);
    });

    it('never shows "null" or "undefined" for empty or non-string values', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure src=${WIDE} alt="" caption="x"></news-figure>`);
      Object.assign(el, { caption: null, credit: undefined, creditLabel: 42 });
      await el.updateComplete;
      expect(caption(el)).to.equal(null);
      Object.assign(el, { credit: 'Agency' });
      await el.updateComplete;
      expect(spokenCaption(el)).to.equal('Photograph: Agency');
    });
  });

  describe('credit label', () => {
    const cases: [string, string][] = [
      ['en', 'Photograph:'],
      ['ko', '사진:'],
      ['ja', '写真：'],
      ['de', 'Foto:'],
      ['fr', 'Photo :'],
      ['es', 'Foto:'],
      ['ar', 'تصوير:'],
    ];
    for (const [lang, label] of cases) {
      it(`is "${label}" in ${lang}, from the nearest lang`, async () => {
        const wrapper = await fixture(html`
          <div lang=${lang}><news-figure src=${WIDE} alt="" credit="Agency"></news-figure></div>
        `);
        const el = wrapper.querySelector('news-figure')!;
        await el.updateComplete;
        expect(spokenCaption(el)).to.equal(`${label} Agency`);
      });
    }

    it('follows the locale attribute, and credit-label replaces it', async () => {
      const el = await fixture<NewsFigure>(html`
        <news-figure locale="de-AT" src=${WIDE} alt="" credit="Agentur"></news-figure>
      `);
      expect(spokenCaption(el)).to.equal('Foto: Agentur');
      expect($(el, '.credit [lang]')!.getAttribute('lang'), 'spoken in its own language').to.equal('de-AT');
      el.creditLabel = 'Illustration:';
      await el.updateComplete;
      expect(spokenCaption(el)).to.equal('Illustration: Agentur');
      expect($(el, '.credit [lang]'), "the author's label is in the page's language").to.equal(null);
    });
  });

  describe('slots', () => {
    it('takes rich caption and credit text from slots instead of the attributes', async () => {
      const el = await fixture<NewsFigure>(html`
        <news-figure src=${WIDE} alt="" caption="Plain caption" credit="Plain credit">
          <span slot="caption"
            >Read <a href="https://example.com/plan">the <em>full</em> plan</a></span
          >
          <span slot="credit">Photo desk</span>
        </news-figure>
      `);
      expect(captionText(el)).to.equal('Read the full plan Photo desk');
      expect(spokenCaption(el)).to.equal('Read the full plan Photograph: Photo desk');
      const link = el.querySelector('a')!;
      expect(link.assignedSlot ?? link.parentElement!.assignedSlot).to.equal(
        caption(el)!.querySelector('slot[name="caption"]'),
      );
      await expect(el).to.be.accessible();
    });

    it('renders no figcaption for a blank slotted caption, and adds one when text arrives', async () => {
      const el = await fixture<NewsFigure>(html`
        <news-figure src=${WIDE} alt=""><span slot="caption"> </span></news-figure>
      `);
      expect(caption(el)).to.equal(null);
      const credit = Object.assign(document.createElement('span'), { slot: 'credit', textContent: 'Agency' });
      el.append(credit);
      await oneEvent(el.shadowRoot!, 'slotchange');
      await el.updateComplete;
      expect(spokenCaption(el)).to.equal('Photograph: Agency');
    });

    it('shows a slotted caption whose text arrives later, as a framework fills it in', async () => {
      const el = await fixture<NewsFigure>(html`
        <news-figure src=${WIDE} alt=""><span slot="caption"></span></news-figure>
      `);
      expect(caption(el)).to.equal(null);
      // Text inside an element already slotted fires no slotchange.
      el.querySelector('span')!.textContent = 'The harbour at dawn';
      await until(() => caption(el) !== null, 'the caption');
      expect(captionText(el)).to.equal('The harbour at dawn');
    });

    it("uses the reader's own <img> instead of src, and reports its load", async () => {
      const src = fresh(SQUARE);
      const el = await fixture<NewsFigure>(html`
        <news-figure src=${WIDE} caption="The harbour at dawn">
          <img src=${src} alt="Fishing boats in the harbour" width="800" height="800" />
        </news-figure>
      `);
      expect(img(el), 'no second image').to.equal(null);
      if (!el.loaded) expect((await settled(el)).type).to.equal('news-figure-load');
      expect(el.hasAttribute('loaded')).to.be.true;
      expect(width(el.querySelector('img')!)).to.equal(width(el));
      await expect(el).to.be.accessible();
    });

    for (const [what, child] of [
      ['a <noscript> fallback', `<noscript><img src="${WIDE}" alt="Towers at dusk" /></noscript>`],
      ['a stray element', '<span class="cms-anchor"></span>'],
    ])
      it(`draws src beside ${what} in its default slot`, async () => {
        const el = await fixture<NewsFigure>(
          `<news-figure src="${WIDE}" alt="Towers at dusk" width="800" height="450">${child}</news-figure>`,
        );
        expect(img(el), 'the picture from src').to.exist;
        if (!el.loaded) expect((await settled(el)).type).to.equal('news-figure-load');
        expect([el.loaded, el.error]).to.deep.equal([true, false]);
      });

    it('takes a linked <img> for the reader’s own, drawing no second picture', async () => {
      const el = await fixture<NewsFigure>(html`
        <news-figure src=${WIDE} caption="The harbour at dawn">
          <a href=${SQUARE}><img src=${SQUARE} alt="Fishing boats in the harbour" /></a>
        </news-figure>
      `);
      expect(img(el)).to.equal(null);
      if (!el.loaded) await settled(el);
      expect(el.loaded).to.be.true;
    });

    it('fills the figure with the <img> of an art-directed <picture>', async () => {
      const el = await fixture<NewsFigure>(html`
        <div style="inline-size: 320px">
          <news-figure caption="Stalls on market day">
            <picture>
              <source media="(max-width: 400px)" srcset=${SQUARE} />
              <img src=${WIDE} alt="Stalls under a green awning" width="800" height="450" />
            </picture>
          </news-figure>
        </div>
      `).then((div) => div.querySelector('news-figure')!);
      const inner = el.querySelector('img')!;
      if (!el.loaded) await settled(el);
      expect(width(inner)).to.equal(320);
      expect(el.loaded).to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('no layout shift', () => {
    it('reserves the box from width and height before the image loads', async () => {
      // The figure is the fixture's root, so the fixture waits for its render and not a frame more.
      const el = await fixture<NewsFigure>(html`
        <news-figure
          style="inline-size: 400px"
          src=${fresh(WIDE)}
          alt=""
          width="800"
          height="450"
          caption="Skyline"
        ></news-figure>
      `);
      const done = settled(el);
      expect(img(el)!.naturalWidth, 'measured before the image arrived').to.equal(0);
      expect(height(frame(el))).to.equal(225);
      const before = height(el);
      expect((await done).type).to.equal('news-figure-load');
      expect(height(frame(el))).to.equal(225);
      expect(height(el)).to.equal(before);
    });

    it('crops to aspect-ratio, showing the part picked by --news-figure-object-position', async () => {
      const el = await fixture<NewsFigure>(html`
        <div style="inline-size: 320px; --news-figure-object-position: 50% 0%">
          <news-figure src=${SQUARE} alt="" width="800" height="800" aspect-ratio="16/9"></news-figure>
        </div>
      `).then((div) => div.querySelector('news-figure')!);
      expect(height(frame(el))).to.equal(180);
      if (!el.loaded) await settled(el);
      expect(height(frame(el))).to.equal(180);
      expect(height(img(el)!)).to.equal(180);
      expect(getComputedStyle(img(el)!).objectFit).to.equal('cover');
      expect(getComputedStyle(img(el)!).objectPosition).to.equal('50% 0%');
    });

    it('accepts 4:3 and 1.5 as ratios, and warns once about anything else', async () => {
      const el = await fixture<NewsFigure>(html`
        <div style="inline-size: 300px">
          <news-figure src=${WIDE} alt="" aspect-ratio="4:3"></news-figure>
        </div>
      `).then((div) => div.querySelector('news-figure')!);
      expect(height(frame(el))).to.equal(225);
      el.aspectRatio = '1.5';
      await el.updateComplete;
      expect(height(frame(el))).to.equal(200);
      const message = await oneWarning(async () => {
        el.aspectRatio = 'wide';
        el.width = 800;
        el.height = 400;
        await el.updateComplete;
      });
      expect(message).to.contain('aspect-ratio "wide"');
      expect(height(frame(el)), 'falls back to width and height').to.equal(150);
    });

    it('has a Cumulative Layout Shift of 0 on a page of figures', async () => {
      // layout-shift entries where the engine reports them (Chromium); everywhere, how far the
      // text after the figures moved while they loaded. The control (no dimensions) proves both bite.
      const observable = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
      const shift = async (sized: boolean) => {
        const page = await fixture(html`<div style="inline-size: 360px"></div>`);
        const entries: PerformanceEntry[] = [];
        const observer = observable && new PerformanceObserver((list) => entries.push(...list.getEntries()));
        if (observer) observer.observe({ type: 'layout-shift' });
        await new Promise(requestAnimationFrame);
        const figures = [WIDE, SQUARE, LARGE].map((src, i) => {
          const figure = document.createElement('news-figure');
          Object.assign(figure, { src: fresh(src), alt: '', caption: `Figure ${i + 1}`, loading: 'eager' });
          if (sized) Object.assign(figure, { width: i == 1 ? 800 : 1600, height: i == 1 ? 800 : 900 });
          return figure;
        });
        const text = Object.assign(document.createElement('p'), { textContent: 'Story text.' });
        page.append(...figures, text);
        await Promise.all(figures.map((figure) => figure.updateComplete));
        const before = text.getBoundingClientRect().top;
        await Promise.all(figures.map(settled));
        for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
        const moved = text.getBoundingClientRect().top - before;
        if (!observer) return moved;
        entries.push(...observer.takeRecords());
        observer.disconnect();
        return entries.reduce(
          (sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value,
          moved,
        );
      };
      expect(await shift(false), 'control: figures without dimensions').to.be.greaterThan(0);
      expect(await shift(true), 'figures with width and height').to.equal(0);
    });
  });

  describe('missing and broken images', () => {
    it('does not call a new picture loaded when the old one finishes decoding after src changed', async () => {
      // Decoding is held until the test lets it go, so the old picture's can end after the change.
      const decodes: (() => void)[] = [];
      const decode = sinon
        .stub(HTMLImageElement.prototype, 'decode')
        .callsFake(() => new Promise<void>((resolve) => decodes.push(resolve)));
      try {
        const el = await fixture<NewsFigure>(html`<news-figure src=${fresh(WIDE)} alt=""></news-figure>`);
        await until(() => decodes.length === 1, 'the first picture loads');
        const second = fresh(SQUARE);
        el.src = second;
        await el.updateComplete;
        decodes[0]();
        await new Promise((resolve) => setTimeout(resolve));
        expect(el.loaded, 'the old picture is not the new one').to.equal(false);
        const done = settled(el);
        await until(() => decodes.length === 2, 'the second picture loads');
        decodes[1]();
        expect((await done).detail.src).to.contain(second.split('?')[1]);
        expect(el.loaded).to.equal(true);
      } finally {
        decode.restore();
      }
    });

    it('shows a placeholder box for an image that fails, keeps caption and credit, and reports it once', async () => {
      const spy = sinon.spy();
      let el!: NewsFigure;
      const message = await oneWarning(async () => {
        el = await fixture<NewsFigure>(html`
          <div style="inline-size: 400px">
            <news-figure
              src=${BROKEN}
              alt="Crowds at the opening"
              width="800"
              height="450"
              caption="The opening ceremony"
              credit="Pool photographer"
              @news-figure-error=${spy}
            ></news-figure>
          </div>
        `).then((div) => div.querySelector('news-figure')!);
        if (!el.error) await oneEvent(el, 'news-figure-error');
      });
      expect(message).to.contain('could not load');
      expect(spy).to.have.been.calledOnce;
      expect(spy.firstCall.args[0].detail.src).to.equal(BROKEN);
      expect(spy.firstCall.args[0].bubbles && spy.firstCall.args[0].composed).to.be.true;
      expect(el.hasAttribute('error')).to.be.true;
      expect(el.hasAttribute('loaded')).to.be.false;
      expect(height(frame(el)), 'the reserved box stays').to.equal(225);
      expect(getComputedStyle(frame(el)).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(img(el)!).opacity, 'no broken-image icon').to.equal('0');
      expect(spokenCaption(el)).to.equal('The opening ceremony Photograph: Pool photographer');
      await expect(el).to.be.accessible();
    });

    it('reports a 404 the same way', async () => {
      let el!: NewsFigure;
      await oneWarning(async () => {
        el = await fixture<NewsFigure>(html`
          <news-figure
            src="/stories/assets/no-such-photo.jpg"
            alt="Lost photo"
            caption="Still here"
          ></news-figure>
        `);
        if (!el.error) await oneEvent(el, 'news-figure-error');
      });
      expect(el.error).to.be.true;
      expect(height(frame(el)), 'a 3:2 placeholder when no size is known').to.be.closeTo(width(el) / 1.5, 1);
      expect(captionText(el)).to.equal('Still here');
    });

    it('keeps a slotted caption and credit readable when the picture fails', async () => {
      let el!: NewsFigure;
      await oneWarning(async () => {
        el = await fixture<NewsFigure>(html`
          <news-figure src="/stories/assets/no-such-photo.jpg" alt="Lost photo">
            <span slot="caption">The quay at <a href="/tides">high tide</a></span>
            <span slot="credit">Ana Lima</span>
          </news-figure>
        `);
        if (!el.error) await oneEvent(el, 'news-figure-error');
      });
      for (const slotted of el.querySelectorAll('[slot]'))
        expect(getComputedStyle(slotted).opacity, slotted.getAttribute('slot')!).to.equal('1');
      expect(getComputedStyle(img(el)!).opacity, 'no broken-image icon').to.equal('0');
    });

    it('shows the placeholder when there is no src at all, with one warning and an error event', async () => {
      const spy = sinon.spy();
      let el!: NewsFigure;
      const message = await oneWarning(async () => {
        el = await fixture<NewsFigure>(html`
          <news-figure
            caption="Photo to follow"
            width="800"
            height="450"
            @news-figure-error=${spy}
          ></news-figure>
        `);
      });
      expect(message).to.contain('has no image');
      expect(spy).to.have.been.calledOnce;
      expect(el.error).to.be.true;
      expect(img(el)).to.equal(null);
      expect(height(frame(el)), 'the box the image would have had').to.be.closeTo((width(el) * 9) / 16, 0.5);
      expect(captionText(el)).to.equal('Photo to follow');
      await expect(el).to.be.accessible();
    });

    it('recovers when src is corrected', async () => {
      let el!: NewsFigure;
      await oneWarning(async () => {
        el = await fixture<NewsFigure>(html`<news-figure src=${BROKEN} alt=""></news-figure>`);
        if (!el.error) await oneEvent(el, 'news-figure-error');
      });
      el.src = WIDE;
      const event = await oneEvent(el, 'news-figure-load');
      expect(event.detail.src).to.contain(WIDE);
      expect(el.loaded).to.be.true;
      expect(el.error).to.be.false;
    });
  });

  describe('alt text', () => {
    it('warns once about a missing alt and invents no description', async () => {
      let el!: NewsFigure;
      const message = await oneWarning(async () => {
        el = await fixture<NewsFigure>(html`
          <news-figure src=${WIDE} caption="A 'city of the future' in the province"></news-figure>
        `);
        el.caption = 'Changed caption';
        await el.updateComplete;
      });
      expect(message).to.contain('alt');
      expect(img(el)!.hasAttribute('alt')).to.be.false;
      expect(img(el)!.hasAttribute('aria-label')).to.be.false;
      expect(img(el)!.hasAttribute('role')).to.be.false;
    });

    it('honours alt="" as decorative, without a warning', async () => {
      const el = await fixture<NewsFigure>(
        html`<news-figure src=${WIDE} alt="" caption="Skyline"></news-figure>`,
      );
      expect(img(el)!.getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('URL filtering', () => {
    it('loads no javascript: src, warns once, and shows the placeholder', async () => {
      let el!: NewsFigure;
      const message = await oneWarning(async () => {
        el = await fixture<NewsFigure>(html`
          <news-figure src="javascript:alert(1)" alt="x" caption="Caption stays"></news-figure>
        `);
      });
      expect(message).to.contain('ignored');
      expect(img(el)).to.equal(null);
      expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
      expect(el.error).to.be.true;
      expect(captionText(el)).to.equal('Caption stays');
    });

    it('drops unsafe srcset candidates and keeps the rest', async () => {
      let el!: NewsFigure;
      const message = await oneWarning(async () => {
        el = await fixture<NewsFigure>(html`
          <news-figure
            src=${WIDE}
            srcset="javascript:alert(1) 400w, ${WIDE} 800w, data:image/svg+xml;base64,PHN2Zz4= 1200w, ${LARGE} 1600w"
            alt=""
          ></news-figure>
        `);
      });
      expect(message).to.contain('ignored');
      expect(img(el)!.getAttribute('srcset')).to.equal(`${WIDE} 800w, ${LARGE} 1600w`);
      expect(img(el)!.getAttribute('sizes'), 'lazy images size themselves').to.equal('auto, 100vw');
    });

    it('parses srcset as browsers do (commas inside data: URLs, trailing commas, descriptors)', () => {
      const png = 'data:image/png;base64,iVBORw0KGgo=';
      expect(filterSrcset(`${png} 1x, /b.jpg 2x`)).to.deep.equal({
        value: `${png} 1x, /b.jpg 2x`,
        largest: '/b.jpg',
        dropped: false,
      });
      expect(filterSrcset('/a.jpg,, /b.jpg 640w,/c.jpg')).to.deep.include({
        value: '/a.jpg, /b.jpg 640w, /c.jpg',
        largest: '/b.jpg',
      });
      expect(filterSrcset(' vbscript:x 1x ,JaVaScRiPt:y 2x')).to.deep.equal({
        value: '',
        largest: undefined,
        dropped: true,
      });
      // A tab splits the URL as it does for the browser: "JaVa" is a harmless relative URL.
      expect(filterSrcset('JaVa\tScRiPt:y 2x').value).to.equal('JaVa ScRiPt:y 2x');
      expect(filterSrcset(undefined).value).to.equal('');
    });

    it('reads a srcset of 100,000 commas in one pass (a rescan from each took seconds)', () => {
      expect(filterSrcset(`/a.jpg${','.repeat(100_000)}x 2x`).value).to.equal(
        `/a.jpg${','.repeat(100_000)}x 2x`,
      );
      expect(filterSrcset(`/a.jpg${', '.repeat(100_000)}/b.jpg 2x`).value).to.equal('/a.jpg, /b.jpg 2x');
    });

    // [srcset as written, what is kept]: commas before a URL only separate candidates, so what
    // follows them is the URL the browser would fetch (and SVG is never a safe image).
    const unsafeCandidates: [string, string][] = [
      [',data:image/svg+xml,x 1x', ''],
      [',data:image/svg+xml,x 1x, /a.jpg 2x', '/a.jpg 2x'],
      [',, data:image/svg+xml;base64,PHN2Zz4= 2x', ''],
      ['/a.jpg 1x,data:image/svg+xml,x 2x', '/a.jpg 1x'],
      ['data:image/svg+xml,x,,/a.jpg 2x', ''],
      [',/a.jpg 1x', '/a.jpg 1x'],
    ];
    for (const [srcset, kept] of unsafeCandidates) {
      it(`keeps ${JSON.stringify(kept)} of srcset ${JSON.stringify(srcset)}`, () => {
        expect(filterSrcset(srcset).value).to.equal(kept);
      });
    }
  });

  describe('attributes passed to the image', () => {
    it('fetches nothing for a picture far below the fold, in every engine', async () => {
      const src = `/stories/assets/city-800x450.jpg?below=${Math.random()}`;
      const page = await fixture(
        html`<div>
          <div style="block-size: 6000px"></div>
          <news-figure src=${src} alt="The harbour" width="800" height="450"></news-figure>
        </div>`,
      );
      const el = page.querySelector('news-figure')!;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const fetched = performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(src));
      expect(fetched, 'fetched before it was near the screen').to.equal(false);
      el.scrollIntoView();
      await until(() => el.loaded, 'loads once scrolled to');
    });

    it('lazy-loads by default; a lead image loads eagerly with high priority', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure src=${WIDE} alt=""></news-figure>`);
      expect(img(el)!.getAttribute('loading')).to.equal('lazy');
      expect(img(el)!.hasAttribute('fetchpriority')).to.be.false;
      expect(img(el)!.hasAttribute('sizes'), 'no srcset, no sizes').to.be.false;
      const lead = await fixture<NewsFigure>(html`
        <news-figure
          src=${WIDE}
          alt=""
          loading="eager"
          fetchpriority="high"
          sizes="(min-width: 60em) 40em, 100vw"
          srcset="${WIDE} 800w"
          width="800"
          height="450"
        ></news-figure>
      `);
      const image = img(lead)!;
      expect(image.getAttribute('loading')).to.equal('eager');
      expect(image.getAttribute('fetchpriority')).to.equal('high');
      expect(image.getAttribute('sizes')).to.equal('(min-width: 60em) 40em, 100vw');
      expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['800', '450']);
    });

    it('ignores a width or height that is not a positive number', async () => {
      const el = await fixture<NewsFigure>(
        html`<news-figure src=${WIDE} alt="" width="-5" height="abc"></news-figure>`,
      );
      expect(img(el)!.hasAttribute('width')).to.be.false;
      expect(img(el)!.hasAttribute('height')).to.be.false;
      expect(getComputedStyle(frame(el)).aspectRatio).to.equal('auto');
    });
  });

  describe('layouts', () => {
    const column = (layout: string) =>
      fixture(html`
        <div style="inline-size: 300px; margin-inline: auto">
          <news-figure
            layout=${layout}
            src=${WIDE}
            alt="Skyline"
            width="800"
            height="450"
            caption="A long caption for the side of a thumbnail, which wraps onto several lines"
            credit="Agency"
          ></news-figure>
        </div>
      `).then((div) => div.querySelector('news-figure')!);

    it('inline fills the column', async () => {
      const el = await column('inline');
      expect(width(el)).to.equal(300);
      await expect(el).to.be.accessible();
    });

    it('wide breaks out of the column on both sides', async () => {
      const el = await column('wide');
      const box = el.getBoundingClientRect();
      const col = el.parentElement!.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(300);
      expect(box.left - col.left).to.be.closeTo(col.right - box.right, 1);
      await expect(el).to.be.accessible();
    });

    it('full-bleed spans the viewport', async () => {
      const el = await column('full-bleed');
      expect(width(el)).to.be.closeTo(window.innerWidth, 1);
      expect(el.getBoundingClientRect().left).to.be.closeTo(0, 1);
      await expect(el).to.be.accessible();
    });

    it('thumbnail puts a small image beside the caption (on the right in RTL)', async () => {
      const el = await column('thumbnail');
      const image = frame(el).getBoundingClientRect();
      const text = caption(el)!.getBoundingClientRect();
      expect(image.width).to.equal(120);
      expect(image.right).to.be.at.most(text.left);
      expect(image.top).to.equal(text.top);
      await expect(el).to.be.accessible();
      el.parentElement!.dir = 'rtl';
      expect(frame(el).getBoundingClientRect().left).to.be.at.least(
        caption(el)!.getBoundingClientRect().right,
      );
    });

    it('warns once about an unknown layout and lays out inline', async () => {
      let el!: NewsFigure;
      const message = await oneWarning(async () => {
        el = await fixture<NewsFigure>(html`<news-figure layout="sidebar" src=${WIDE} alt=""></news-figure>`);
      });
      expect(message).to.contain('layout="sidebar"');
      expect(width(el)).to.equal(width(el.parentElement!));
    });
  });

  describe('text', () => {
    it('wraps long captions and unbroken URLs inside the column', async () => {
      const url =
        'https://example.com/news/2024/05/a-very-long-address-without-any-break-in-it-at-all/index.html';
      const el = await fixture<NewsFigure>(html`
        <div style="inline-size: 240px">
          <news-figure src=${WIDE} alt="" caption="Source: ${url}" credit=${url}></news-figure>
        </div>
      `).then((div) => div.querySelector('news-figure')!);
      const figcaption = caption(el)!;
      expect(figcaption.scrollWidth).to.be.at.most(figcaption.clientWidth);
      expect(width(el)).to.equal(240);
      expect(height(figcaption)).to.be.greaterThan(60);
    });

    it('aligns captions in right-to-left languages to the right', async () => {
      const el = await fixture<NewsFigure>(html`
        <div style="inline-size: 400px">
          <news-figure
            lang="ar"
            src=${WIDE}
            alt="أبراج المدينة"
            caption="مدينة المستقبل في المحافظة"
            credit="وكالة"
          ></news-figure>
        </div>
      `).then((div) => div.querySelector('news-figure')!);
      const figcaption = caption(el)!;
      expect(getComputedStyle(figcaption).direction).to.equal('rtl');
      const range = document.createRange();
      range.selectNodeContents(figcaption);
      const text = range.getBoundingClientRect();
      const box = figcaption.getBoundingClientRect();
      expect(box.right - text.right).to.be.lessThan(1);
      expect(text.left - box.left).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });

    it('follows an inherited right-to-left direction', async () => {
      const el = await fixture<NewsFigure>(html`
        <div dir="rtl"><news-figure src=${WIDE} alt="" caption="Caption"></news-figure></div>
      `).then((div) => div.querySelector('news-figure')!);
      expect(getComputedStyle(caption(el)!).direction).to.equal('rtl');
    });
  });

  describe('zoomable', () => {
    const template = html`
      <news-figure
        zoomable
        src=${WIDE}
        srcset="${WIDE} 800w, ${LARGE} 1600w"
        alt="Towers of a new district at dusk"
        width="800"
        height="450"
        caption="A 'city of the future' in the province"
      ></news-figure>
    `;
    const zoomable = () => fixture<NewsFigure>(template);
    const trigger = (el: NewsFigure) => $<HTMLButtonElement>(el, 'button.zoom')!;
    const dialog = (el: NewsFigure) => $<HTMLDialogElement>(el, 'dialog')!;
    const focused = (el: NewsFigure) => el.shadowRoot!.activeElement;

    it('offers a real button named for what it does, without requesting the large image', async () => {
      const el = await zoomable();
      expect(trigger(el).localName).to.equal('button');
      expect(trigger(el).textContent!.trim()).to.equal('View larger image');
      expect(trigger(el).getAttribute('aria-haspopup')).to.equal('dialog');
      expect(dialog(el).open).to.be.false;
      expect(dialog(el).querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('opens the largest candidate in a modal dialog on click, moves focus in, and returns it on Escape', async () => {
      const el = await zoomable();
      trigger(el).focus();
      trigger(el).click();
      await el.updateComplete;
      expect(dialog(el).open).to.be.true;
      expect(dialog(el).matches(':modal')).to.be.true;
      expect(dialog(el).querySelector('img')!.getAttribute('src')).to.equal(LARGE);
      expect(dialog(el).querySelector('img')!.alt).to.equal('Towers of a new district at dusk');
      expect(dialog(el).getAttribute('aria-label')).to.equal('Towers of a new district at dusk');
      expect(focused(el)).to.equal(dialog(el).querySelector('button.close'));
      expect(focused(el)!.textContent!.trim()).to.equal('Close');
      // The dialog's styles come with its code: it covers the page.
      expect(width(dialog(el))).to.equal(innerWidth);
      await expect(el).to.be.accessible();
      const closed = oneEvent(dialog(el), 'close');
      await press(el, 'Escape');
      await closed;
      await el.updateComplete;
      expect(dialog(el).open).to.be.false;
      expect(focused(el)).to.equal(trigger(el));
      expect(dialog(el).querySelector('img'), 'the large image is let go').to.equal(null);
    });

    // The dialog's code is fetched as the button first shows; updateComplete waits for it (above).
    it('opens the dialog when its code lands if the button is clicked before', async () => {
      const el = fixtureSync<NewsFigure>(template);
      const early = new Promise<HTMLDialogElement | null>((resolve) =>
        // Called in the same task as the first render, which is what starts the fetch.
        new MutationObserver((_, observer) => {
          observer.disconnect();
          resolve(dialog(el));
          trigger(el).focus();
          trigger(el).click();
        }).observe(el.shadowRoot!, { childList: true }),
      );
      expect(await early, 'no dialog at the click').to.equal(null);
      await el.updateComplete;
      expect(dialog(el).open).to.be.true;
      expect(dialog(el).querySelector('img')!.getAttribute('src')).to.equal(LARGE);
      expect(focused(el)).to.equal(dialog(el).querySelector('button.close'));
      const closed = oneEvent(dialog(el), 'close');
      await press(el, 'Escape');
      await closed;
      expect(focused(el)).to.equal(trigger(el));
    });

    it('opens with Enter and with Space, and closes with the close button from the keyboard', async () => {
      const el = await zoomable();
      for (const key of ['Enter', ' '] as const) {
        trigger(el).focus();
        await press(el, key);
        // The viewer opens once its code and the figure's set are read: a task or two later.
        await until(() => dialog(el)?.open, `${key === ' ' ? 'Space' : key} opens the viewer`);
        expect(focused(el)).to.equal(dialog(el).querySelector('button.close'));
        await press(el, 'Enter');
        await el.updateComplete;
        expect(dialog(el).open).to.be.false;
        expect(focused(el)).to.equal(trigger(el));
      }
    });

    it('zooms the reader\'s own image too, and says "View larger image" in the figure\'s language', async () => {
      const el = await fixture<NewsFigure>(html`
        <news-figure zoomable lang="ko" caption="항구의 새벽">
          <img src=${SQUARE} alt="항구의 어선들" width="800" height="800" />
        </news-figure>
      `);
      expect(trigger(el).textContent!.trim()).to.equal('크게 보기');
      trigger(el).click();
      await el.updateComplete;
      expect(dialog(el).querySelector('img')!.src).to.equal(new URL(SQUARE, location.href).href);
      expect(dialog(el).querySelector('img')!.alt).to.equal('항구의 어선들');
      expect(focused(el)!.textContent!.trim()).to.equal('닫기');
      dialog(el).close();
    });

    it('offers no zoom for a broken image', async () => {
      let el!: NewsFigure;
      await oneWarning(async () => {
        el = await fixture<NewsFigure>(html`<news-figure zoomable src=${BROKEN} alt="x"></news-figure>`);
        if (!el.error) await oneEvent(el, 'news-figure-error');
        await el.updateComplete;
      });
      expect(trigger(el)).to.equal(null);
    });
  });
});
