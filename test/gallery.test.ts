import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/gallery/define.js';
import type { NewsGallery } from '../src/gallery/gallery.js';
import type { NewsFigure } from '../src/figure/figure.js';
import { arrowStep, galleryItems, nearestSlide, position } from '../src/gallery/items.js';
import { until } from './support/until.js';

const A = '/stories/assets/';
// Landscape, portrait, square and landscape again: the mix a real gallery has.
const pictures = [
  {
    src: `${A}city-800x450.jpg`,
    width: 800,
    height: 450,
    caption: 'Rush hour on the ring road',
    credit: 'Jo Lee/Reuters',
  },
  { src: `${A}market-1200x1600.jpg`, width: 1200, height: 1600, caption: 'Stalls open at dawn' },
  { src: `${A}harbour-800x800.jpg`, width: 800, height: 800, caption: 'The harbour wall after the storm' },
  { src: `${A}weightlifter-1200x800.jpg`, width: 1200, height: 800, caption: 'A national record' },
];

const figures = (loading = 'lazy') =>
  pictures.map(
    (p) =>
      html`<news-figure
        src=${p.src}
        alt=""
        width=${p.width}
        height=${p.height}
        caption=${p.caption}
        credit=${p.credit ?? ''}
        loading=${loading}
      ></news-figure>`,
  );

async function gallery(layout = 'grid', attrs: { locale?: string; dir?: string; loading?: string } = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${attrs.dir ?? 'ltr'} style="inline-size: 480px">
      <news-gallery layout=${layout} locale=${attrs.locale ?? nothing} caption="The city after the floods">
        ${figures(attrs.loading)}
      </news-gallery>
    </div>`,
  );
  const el = wrapper.querySelector('news-gallery')!;
  await el.updateComplete;
  return el;
}

const part = (el: NewsGallery, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const status = (el: NewsGallery) => part(el, 'position').textContent!.trim();
const buttons = (el: NewsGallery) => [...el.shadowRoot!.querySelectorAll('button')];
const track = (el: NewsGallery) => part(el, 'items');
/** Scrolling without animation, as a reader who asked for reduced motion gets it. */
function reducedMotion() {
  const real = window.matchMedia.bind(window);
  sinon.stub(window, 'matchMedia').callsFake((query: string) =>
    query.includes('reduced-motion')
      ? ({
          matches: true,
          media: query,
          addEventListener() {},
          removeEventListener() {},
        } as unknown as MediaQueryList)
      : real(query),
  );
}
/** Where slide `i` starts, from the track's inline start (0 when it is the one in view). */
function offset(el: NewsGallery, i: number) {
  const box = track(el).getBoundingClientRect();
  const slide = el.querySelectorAll('news-figure')[i]!.getBoundingClientRect();
  return getComputedStyle(track(el)).direction === 'rtl' ? box.right - slide.right : slide.left - box.left;
}

/** A carousel without animation, stepped by its Next button to the third of its four pictures. */
async function atThirdPicture() {
  reducedMotion();
  const el = await gallery('carousel');
  const next = buttons(el)[1]!;
  next.click();
  next.click();
  await el.updateComplete;
  expect(status(el)).to.equal('3 of 4');
  return el;
}

afterEach(() => sinon.restore());

describe('news-gallery', () => {
  describe('grid', () => {
    it('is a list of zoomable figures, each a list item, with no carousel controls', async () => {
      const el = await gallery();
      expect(track(el).getAttribute('role')).to.equal('list');
      const items = [...el.querySelectorAll<NewsFigure>('news-figure')];
      expect(items.map((f) => f.getAttribute('role'))).to.deep.equal(Array(4).fill('listitem'));
      expect(items.every((f) => f.zoomable)).to.equal(true);
      expect(buttons(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('gives every cell the same shape, so portrait and landscape line up; a figure’s own wins', async () => {
      const el = await fixture<NewsGallery>(
        html`<news-gallery aspect-ratio="1">
          <news-figure src="${A}city-800x450.jpg" alt="" width="800" height="450"></news-figure>
          <news-figure src="${A}market-1200x1600.jpg" alt="" width="1200" height="1600"></news-figure>
          <news-figure src="${A}harbour-800x800.jpg" alt="" aspect-ratio="16/9"></news-figure>
        </news-gallery>`,
      );
      const [a, b, c] = el.querySelectorAll<NewsFigure>('news-figure');
      await Promise.all([a!, b!, c!].map((f) => f.updateComplete));
      const frame = (f: NewsFigure) => f.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect(Math.round(frame(a!).height)).to.equal(Math.round(frame(a!).width));
      expect(Math.round(frame(b!).height)).to.equal(Math.round(frame(a!).height));
      expect(c!.getAttribute('aspect-ratio')).to.equal('16/9');
    });

    it('gives its figures a new shape when its aspect-ratio changes, and takes it back with auto', async () => {
      const el = await fixture<NewsGallery>(
        html`<news-gallery>
          <news-figure src="${A}city-800x450.jpg" alt="" width="800" height="450"></news-figure>
          <news-figure src="${A}harbour-800x800.jpg" alt="" aspect-ratio="16/9"></news-figure>
        </news-gallery>`,
      );
      const shapes = () => [...el.querySelectorAll('news-figure')].map((f) => f.getAttribute('aspect-ratio'));
      expect(shapes()).to.deep.equal(['4/3', '16/9']);
      el.aspectRatio = '1';
      await el.updateComplete;
      expect(shapes()).to.deep.equal(['1', '16/9']);
      el.aspectRatio = 'auto';
      await el.updateComplete;
      expect(shapes()).to.deep.equal([null, '16/9']);
      // Drawn in its own shape (a property set, not an attribute the styles could see).
      const first = el.querySelector<NewsFigure>('news-figure')!;
      await first.updateComplete;
      const box = first.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(800 / 450, 0.02);
      // A shape the page gives a figure since is the figure's own.
      el.aspectRatio = '1';
      await el.updateComplete;
      el.querySelector('news-figure')!.setAttribute('aspect-ratio', '3/2');
      el.aspectRatio = '16/9';
      await el.updateComplete;
      expect(shapes()).to.deep.equal(['3/2', '16/9']);
    });

    it('warns once per gallery about a shape that is no ratio (once per value), each picture keeping its own', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsGallery>(
        html`<news-gallery aspect-ratio="wide">
          <news-figure src="${A}city-800x450.jpg" alt="" width="800" height="450"></news-figure>
          <news-figure src="${A}market-1200x1600.jpg" alt="" width="1200" height="1600"></news-figure>
          <news-figure src="${A}harbour-800x800.jpg" alt="" aspect-ratio="tall"></news-figure>
          <news-figure src="${A}weightlifter-1200x800.jpg" alt="" aspect-ratio="tall"></news-figure>
        </news-gallery>`,
      );
      const all = [...el.querySelectorAll<NewsFigure>('news-figure')];
      await Promise.all(all.map((f) => f.updateComplete));
      expect(warn.args.map(([message]) => message)).to.deep.equal([
        'news-elements: <news-figure> aspect-ratio "wide" is not a ratio like 16/9; ignored.',
        'news-elements: <news-figure> aspect-ratio "tall" is not a ratio like 16/9; ignored.',
      ]);
      const box = all[0]!.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(800 / 450, 0.02);
    });

    it('shows the gallery’s caption under the pictures, and each picture keeps its own', async () => {
      const el = await gallery();
      const caption = part(el, 'caption');
      expect(caption.localName).to.equal('figcaption');
      expect(caption.textContent!.trim()).to.equal('The city after the floods');
      const first = el.querySelector<NewsFigure>('news-figure')!;
      await first.updateComplete;
      expect(first.shadowRoot!.querySelector('figcaption')!.textContent).to.contain(
        'Rush hour on the ring road',
      );
      // The caption follows the list: it names the figure that holds them.
      expect(track(el).compareDocumentPosition(caption) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });

    it('takes a rich caption from its caption slot', async () => {
      const el = await fixture<NewsGallery>(
        html`<news-gallery>
          <span slot="caption">Photographs by <a href="/staff/jo-lee">Jo Lee</a></span>
          <news-figure src="${A}city-800x450.jpg" alt="" width="800" height="450"></news-figure>
        </news-gallery>`,
      );
      const slot = part(el, 'caption').querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Photographs by Jo Lee');
    });

    it('reserves every box before the images load: no shift once they have', async () => {
      // Addresses no cache holds, measured before the first image can have arrived.
      const fresh = `?cls=${Math.random()}`;
      const el = fixtureSync<NewsGallery>(
        html`<news-gallery caption="The city after the floods">
          ${pictures.map(
            (p) =>
              html`<news-figure
                src=${p.src + fresh}
                alt=""
                width=${p.width}
                height=${p.height}
                caption=${p.caption}
                loading="eager"
              ></news-figure>`,
          )}
        </news-gallery>`,
      );
      await el.updateComplete;
      const items = [...el.querySelectorAll<NewsFigure>('news-figure')];
      await Promise.all(items.map((f) => f.updateComplete));
      const before = items.map((f) => f.getBoundingClientRect().toJSON());
      const height = el.getBoundingClientRect().height;
      const loads = items.map((f) => oneEvent(f, 'news-figure-load'));
      expect(items.some((f) => f.loaded)).to.equal(false);
      await Promise.all(loads);
      expect(el.getBoundingClientRect().height).to.equal(height);
      expect(items.map((f) => f.getBoundingClientRect().toJSON())).to.deep.equal(before);
    });
  });

  describe('carousel', () => {
    it('is a list with previous and next buttons and says where the reader is', async () => {
      const el = await gallery('carousel');
      expect(track(el).getAttribute('role')).to.equal('list');
      expect(status(el)).to.equal('1 of 4');
      expect(part(el, 'position').getAttribute('role')).to.equal('status');
      expect(buttons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Previous image',
        'Next image',
      ]);
      expect(buttons(el)[0]!.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('fades a button it cannot use within, not its focus ring', async () => {
      const el = await gallery('carousel');
      const [previous, next] = buttons(el);
      // Opacity on the button fades its ring with it, below 3:1 against the page.
      for (const button of [previous!, next!]) expect(getComputedStyle(button).opacity).to.equal('1');
      const faded = (button: HTMLElement) => Number(getComputedStyle(button.querySelector('svg')!).opacity);
      expect(faded(previous!), 'the arrow shows it cannot be used').to.be.below(1);
      expect(faded(next!)).to.equal(1);
      expect(getComputedStyle(previous!).borderTopColor).to.not.equal(getComputedStyle(next!).borderTopColor);
    });

    it('steps with the buttons, scrolling the picture into view, and stops at the ends', async () => {
      reducedMotion();
      const el = await gallery('carousel');
      const [previous, next] = buttons(el);
      next!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('2 of 4');
      expect(Math.abs(offset(el, 1))).to.be.below(2);
      for (let i = 0; i < 5; i++) next!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('4 of 4');
      expect(next!.getAttribute('aria-disabled')).to.equal('true');
      previous!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('3 of 4');
    });

    it('starts at its first picture when drawn again as a carousel after a grid', async () => {
      const el = await atThirdPicture();
      el.layout = 'grid';
      await el.updateComplete;
      el.layout = 'carousel';
      await el.updateComplete;
      expect(status(el)).to.equal('1 of 4');
      expect(Math.abs(offset(el, 0))).to.be.below(2);
      buttons(el)[1]!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('2 of 4');
      expect(Math.abs(offset(el, 1))).to.be.below(2);
    });

    it('keeps the reader’s picture when it is taken off the page and put back', async () => {
      const el = await atThirdPicture();
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(status(el)).to.equal('3 of 4');
      expect(Math.abs(offset(el, 2)), 'the third picture in view').to.be.below(2);
    });

    it('changes no picture’s attributes as it steps: a story watching its content sees no edit', async () => {
      reducedMotion();
      const el = await gallery('carousel');
      const records: string[] = [];
      const edits = new MutationObserver((list) =>
        records.push(...list.map((r) => `${(r.target as Element).localName} ${r.attributeName}`)),
      );
      // (What the gallery gives its pictures; a picture's own `loaded` may come meanwhile.)
      const attributeFilter = ['role', 'zoomable', 'aspect-ratio'];
      edits.observe(el, { subtree: true, attributeFilter });
      buttons(el)[1]!.click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      edits.disconnect();
      expect(status(el)).to.equal('2 of 4');
      expect(records).to.deep.equal([]);
    });

    it('makes pictures added while it was away list items once it is back', async () => {
      const el = await gallery('carousel');
      const parent = el.parentElement!;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve));
      const added = document.createElement('news-figure');
      added.setAttribute('src', '/stories/assets/city-800x450.jpg');
      added.setAttribute('alt', '');
      el.append(added);
      await new Promise((resolve) => setTimeout(resolve));
      parent.append(el);
      await el.updateComplete;
      expect(added.getAttribute('role')).to.equal('listitem');
      expect(status(el)).to.equal('1 of 5');
    });

    it('cuts a picture taller than --news-gallery-max-height to it, around its focal point', async () => {
      const el = await gallery('carousel');
      const [first, portrait] = [...el.querySelectorAll<NewsFigure>('news-figure')];
      portrait!.setAttribute('focal-point', '50% 20%');
      await portrait!.updateComplete;
      const frame = (figure: NewsFigure) =>
        figure.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      // 480 px wide at 4:3: 360 px tall, within the default (70% of the viewport's height).
      expect(frame(first!).height).to.be.closeTo(360, 1);
      el.style.setProperty('--news-gallery-max-height', '200px');
      for (const figure of [first!, portrait!]) {
        expect(frame(figure).height, figure.getAttribute('caption')!).to.be.closeTo(200, 0.5);
        expect(frame(figure).width).to.be.closeTo(480, 1);
      }
      const image = portrait!.shadowRoot!.querySelector('img')!;
      expect(getComputedStyle(image).objectPosition).to.equal('50% 20%');
    });

    it('follows the reader’s own scrolling', async () => {
      const el = await gallery('carousel');
      const scrolled = oneEvent(track(el), 'scroll');
      track(el).scrollLeft = track(el).scrollWidth;
      await scrolled;
      await el.updateComplete;
      expect(status(el)).to.equal('4 of 4');
    });

    it('says which picture is shown when the reader swipes back during a button’s scroll', async () => {
      const el = await gallery('carousel');
      const started = oneEvent(track(el), 'scroll');
      buttons(el)[1]!.click(); // a smooth scroll to the second picture
      await started;
      track(el).dispatchEvent(new PointerEvent('pointerdown'));
      const scrolled = oneEvent(track(el), 'scroll');
      track(el).scrollTo({ left: 0, behavior: 'instant' });
      await scrolled;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      const shown = [0, 1, 2, 3].findIndex((i) => Math.abs(offset(el, i)) < 2);
      expect(status(el)).to.equal(`${shown + 1} of 4`);
      expect(shown).to.equal(0);
    });

    it('steps with the arrow keys on its buttons, and Tab moves on: no trap', async () => {
      reducedMotion();
      const el = await gallery('carousel');
      const [previous, next] = buttons(el);
      next!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(status(el)).to.equal('2 of 4');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(status(el)).to.equal('1 of 4');
      // Focus stays where it was (on "next"), whatever the keys did.
      expect(el.shadowRoot!.activeElement).to.equal(next);
      previous!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(status(el)).to.equal('4 of 4');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(next);
      await sendKeys({ press: 'Tab' });
      // On past both buttons: no trap.
      expect(el.shadowRoot!.activeElement).to.not.be.oneOf([previous, next]);
    });

    it('leaves a key with Alt, Ctrl or Meta to the browser: Alt+ArrowLeft goes Back, not a picture back', async () => {
      const el = await atThirdPicture();
      const next = buttons(el)[1]!;
      // Dispatched: a real Alt+ArrowLeft would take the test's page back.
      const keydown = (key: string, modifier?: string) => {
        const init = { key, bubbles: true, composed: true, cancelable: true };
        const event = new KeyboardEvent('keydown', modifier ? { ...init, [modifier]: true } : init);
        next.dispatchEvent(event);
        return event;
      };
      for (const modifier of ['altKey', 'ctrlKey', 'metaKey'])
        for (const key of ['ArrowLeft', 'ArrowRight', 'Home']) {
          const event = keydown(key, modifier);
          await el.updateComplete;
          expect([status(el), event.defaultPrevented], `${modifier} ${key}`).to.deep.equal(['3 of 4', false]);
        }
      // The control: the same key alone steps.
      expect(keydown('ArrowLeft').defaultPrevented).to.equal(true);
      await el.updateComplete;
      expect(status(el)).to.equal('2 of 4');
    });

    it('scrolls smoothly unless the reader asked for reduced motion', async () => {
      const el = await gallery('carousel');
      const scroll = sinon.spy(track(el), 'scrollTo');
      buttons(el)[1]!.click();
      expect(scroll.firstCall.args[0]).to.include({ behavior: 'smooth' });
      sinon.restore();
      reducedMotion();
      const still = sinon.spy(track(el), 'scrollTo');
      buttons(el)[1]!.click();
      expect(still.firstCall.args[0]).to.include({ behavior: 'auto' });
    });

    it('counts in the language’s numerals: Arabic (Egypt)', async () => {
      reducedMotion();
      const el = await gallery('carousel', { locale: 'ar-EG', dir: 'rtl' });
      expect(status(el)).to.equal('١ من ٤');
      buttons(el)[1]!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('٢ من ٤');
      expect(buttons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'الصورة السابقة',
        'الصورة التالية',
      ]);
    });

    it('mirrors right to left: the next picture is to the left, and so is the arrow that shows it', async () => {
      reducedMotion();
      const el = await gallery('carousel', { dir: 'rtl' });
      const second = el.querySelectorAll('news-figure')[1]!;
      expect(second.getBoundingClientRect().right).to.be.at.most(track(el).getBoundingClientRect().left + 1);
      buttons(el)[1]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(status(el)).to.equal('2 of 4');
      expect(track(el).scrollLeft).to.be.below(0);
      expect(Math.abs(offset(el, 1))).to.be.below(2);
      const turned = (b: HTMLButtonElement) => getComputedStyle(b.querySelector('svg')!).transform !== 'none';
      expect(buttons(el).map(turned)).to.deep.equal([true, false]);
      await expect(el).to.be.accessible();
    });
  });

  describe('a locale running the other way from the page', () => {
    // An Arabic gallery on an English page: its pictures run right to left, and so do its keys.
    it('steps the way its own pictures run', async () => {
      reducedMotion();
      const el = await gallery('carousel', { locale: 'ar', dir: 'ltr' });
      buttons(el)[1]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(track(el).scrollLeft).to.be.below(0);
      expect(Math.abs(offset(el, 1))).to.be.below(2);
    });
  });

  describe('items', () => {
    it('draws figures from data in its light DOM, after the written ones', async () => {
      const el = await fixture<NewsGallery>(
        html`<news-gallery .items=${pictures.map((p) => ({ ...p, alt: p.caption }))}></news-gallery>`,
      );
      const drawn = [...el.querySelectorAll<NewsFigure>('news-figure')];
      expect(drawn.map((f) => f.caption)).to.deep.equal(pictures.map((p) => p.caption));
      expect(drawn[0]!.credit).to.equal('Jo Lee/Reuters');
      expect(drawn[1]!.getAttribute('width')).to.equal('1200');
      el.items = pictures.slice(0, 2).map((p) => ({ ...p, alt: '' }));
      await el.updateComplete;
      expect(el.querySelectorAll('news-figure')).to.have.length(2);
    });

    it('keeps the focus on the picture in its place when its pictures are replaced', async () => {
      const described = pictures.map((p) => ({ ...p, alt: p.caption }));
      const el = await fixture<NewsGallery>(html`<news-gallery .items=${described}></news-gallery>`);
      const zoom = (figure: Element) => figure.shadowRoot!.querySelector<HTMLElement>('button.zoom')!;
      const second = el.querySelectorAll<NewsFigure>('news-figure')[1]!;
      await second.updateComplete;
      zoom(second).focus();
      el.items = [...described].reverse();
      await el.updateComplete;
      expect(second.isConnected, 'the old picture is gone').to.equal(false);
      await until(
        () => document.activeElement === el.querySelectorAll('news-figure')[1],
        'focus on the new second',
      );
      const heir = el.querySelectorAll<NewsFigure>('news-figure')[1]!;
      expect(heir.shadowRoot!.activeElement === zoom(heir)).to.equal(true);
    });

    it('gives the focus to the picture left, else to the list, when its pictures are taken away', async () => {
      const described = pictures.map((p) => ({ ...p, alt: p.caption }));
      const el = await fixture<NewsGallery>(html`
        <news-gallery .items=${described}>
          <news-figure src=${pictures[0]!.src} alt="Written by the page"></news-figure>
        </news-gallery>
      `);
      const zoom = (figure: Element) => figure.shadowRoot!.querySelector<HTMLElement>('button.zoom')!;
      const [written, , second] = [...el.querySelectorAll<NewsFigure>('news-figure')];
      await second!.updateComplete;
      zoom(second!).focus();
      el.items = [];
      await el.updateComplete;
      await until(() => document.activeElement === written, 'focus on the picture left');
      expect(written!.shadowRoot!.activeElement === zoom(written!)).to.equal(true);

      const lone = await fixture<NewsGallery>(html`<news-gallery .items=${described}></news-gallery>`);
      const first = lone.querySelector<NewsFigure>('news-figure')!;
      await first.updateComplete;
      zoom(first).focus();
      lone.items = [];
      await lone.updateComplete;
      await until(() => document.activeElement === lone, 'focus stays in the gallery');
      expect(lone.shadowRoot!.activeElement?.getAttribute('role')).to.equal('list');
    });

    it('leaves out bad entries with one warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsGallery>(
        html`<news-gallery .items=${[null, { alt: 'no src' }, 42, pictures[0], { src: '' }]}></news-gallery>`,
      );
      expect(el.querySelectorAll('news-figure')).to.have.length(1);
      const ours = warn.args.filter(([m]) => String(m).startsWith('news-elements: <news-gallery>'));
      expect(ours.map(([m]) => m)).to.deep.equal([
        'news-elements: <news-gallery> items has entries without a src: left out.',
      ]);
    });

    it('warns once when items is not a list, and about an unknown layout', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsGallery>(
        html`<news-gallery layout="slideshow" .items=${'photos'}></news-gallery>`,
      );
      expect(el.querySelectorAll('news-figure')).to.have.length(0);
      expect(warn.args.map(([m]) => m)).to.deep.equal([
        'news-elements: <news-gallery layout="slideshow"> is not one of grid, carousel; using grid.',
        'news-elements: <news-gallery> items is not a list of pictures: left out.',
      ]);
    });
  });

  describe('pure logic', () => {
    it('reads items without throwing', () => {
      const skipped: string[] = [];
      const items = galleryItems([{ src: ' a.jpg ', width: '800', height: 600, alt: '' }, {}], (p) =>
        skipped.push(p),
      );
      expect(items).to.deep.equal([{ src: 'a.jpg', alt: '', width: 800, height: 600 }]);
      expect(skipped).to.deep.equal(['has entries without a src']);
    });
    it('finds the slide in view, and the step an arrow asks for', () => {
      expect(nearestSlide([-480, 3, 490], false)).to.equal(1);
      expect(nearestSlide([-900, -400, 80], true)).to.equal(2);
      expect(arrowStep('ArrowLeft', true)).to.equal(1);
      expect(arrowStep('ArrowLeft', false)).to.equal(-1);
      expect(arrowStep('Enter', false)).to.equal(0);
      expect(position('{index} / {total}', 3, 12, 'fa')).to.equal('۳ / ۱۲');
    });
  });
});
