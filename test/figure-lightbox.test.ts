import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/figure/define.js';
import type { NewsFigure } from '../src/figure/figure.js';
import { isChromium, isWebKit, press } from './support/engines.js';

const A = '/stories/assets';
const pictures = [
  {
    src: `${A}/city-800x450.jpg`,
    large: `${A}/city-1600x900.jpg`,
    alt: 'Towers at dusk',
    caption: 'The new district',
  },
  { src: `${A}/harbour-800x800.jpg`, large: '', alt: 'Boats in the harbour', caption: 'Dawn at the harbour' },
  { src: `${A}/market-1200x1600.jpg`, large: '', alt: 'Market stalls', caption: 'Stalls open at dawn' },
];
/** A URL never fetched before, so no cache can hide whether it was requested. */
const fresh = (url: string) => `${url}?t=${Math.random().toString(36).slice(2)}`;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const dialog = (el: NewsFigure) => $<HTMLDialogElement>(el, 'dialog');
const info = (el: NewsFigure) => $(el, '.info');
const count = (el: NewsFigure) => $(el, '.count')?.textContent!.trim();
const shownAlt = (el: NewsFigure) => $<HTMLImageElement>(el, 'dialog img').alt;
const focused = (el: NewsFigure) => el.shadowRoot!.activeElement;
const figuresOf = (root: Element) => [...root.querySelectorAll<NewsFigure>('news-figure')];

/** Three zoomable figures (the first with a rich caption and credit), in a page with `lang`. */
async function page(lang = 'en', total = 3) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} style="inline-size: 400px">
      ${Array.from({ length: total }, (_, i) => {
        const p = pictures[i % 3]!;
        return html`<news-figure
          zoomable
          src=${p.src}
          srcset=${p.large ? `${p.src} 800w, ${p.large} 1600w` : ''}
          alt=${p.alt}
          width="800"
          height="450"
          caption=${i ? `${p.caption} ${i + 1}` : ''}
          credit=${i ? 'Ana Ruiz/Reuters' : ''}
        >
          ${i ? '' : html`<span slot="caption">The <a href="#district">new district</a></span>`}
          ${i ? '' : html`<span slot="credit">Seoul Metropolitan Government</span>`}
        </news-figure>`;
      })}
    </div>`,
  );
  const figures = figuresOf(wrapper);
  await Promise.all(figures.map((each) => each.updateComplete));
  return figures;
}

/** A pointer dragged `x` pixels sideways (and `y` down) across the viewer's picture. */
function swipe(el: NewsFigure, x: number, y = 0) {
  const stage = $(el, '.stage');
  const init = { bubbles: true, composed: true, pointerId: 1, pointerType: 'touch', isPrimary: true };
  stage.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: 400, clientY: 300 }));
  stage.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: 400 + x, clientY: 300 + y }));
}

async function open(el: NewsFigure) {
  $<HTMLButtonElement>(el, 'button.zoom').click();
  await el.updateComplete;
  expect(dialog(el).open).to.be.true;
}

async function closeByEscape(el: NewsFigure) {
  const closed = oneEvent(dialog(el), 'close');
  await press(el, 'Escape');
  await closed;
  await el.updateComplete;
}

afterEach(() => {
  sinon.restore();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('news-figure lightbox', () => {
  it('shows the large image, its caption and credit, visible and announced, and where it is in the set', async () => {
    const [first, second] = await page();
    await open(first!);
    const img = $<HTMLImageElement>(first!, 'dialog img');
    expect(img.getAttribute('src')).to.equal(pictures[0]!.large);
    expect(img.getAttribute('srcset')).to.equal(`${pictures[0]!.src} 800w, ${pictures[0]!.large} 1600w`);
    expect(img.getAttribute('sizes')).to.equal('100vw');
    expect(dialog(first!).getAttribute('aria-label')).to.equal('Towers at dusk');
    // The dialog is described by the caption and credit, which are announced again as the reader steps.
    expect(dialog(first!).getAttribute('aria-describedby')).to.equal(info(first!).id);
    expect(info(first!).getAttribute('aria-live')).to.equal('polite');
    expect(info(first!).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '1 of 3 The new district Photograph: Seoul Metropolitan Government',
    );
    // The rich caption keeps its link, and is seen, in a colour that reads on the dark backdrop.
    const link = info(first!).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#district');
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(link).color).to.equal('rgb(255, 255, 255)');
    await expect(first).to.be.accessible();

    await press(first!, 'ArrowRight');
    await first!.updateComplete;
    expect(shownAlt(first!)).to.equal('Boats in the harbour');
    expect(info(first!).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '2 of 3 Dawn at the harbour 2 Photograph: Ana Ruiz/Reuters',
    );
    // One viewer: the second figure draws none of its own.
    expect(dialog(second!).open).to.be.false;
    await closeByEscape(first!);
  });

  it('requests no large image before it opens, and only the one it shows', async () => {
    const large = [fresh(`${A}/city-1600x900.jpg`), fresh(`${A}/weightlifter-1200x800.jpg`)];
    // Each figure shows its small candidate in its 200-pixel column; the viewer is as wide as the window.
    const el = await fixture<HTMLElement>(
      html`<div style="inline-size: 200px">
        ${large.map(
          (url) =>
            html`<news-figure
              zoomable
              loading="eager"
              src=${`${A}/city-600x600.jpg`}
              srcset="${A}/city-600x600.jpg 200w, ${url} 1600w"
              sizes="200px"
              alt="x"
            ></news-figure>`,
        )}
      </div>`,
    );
    const [first] = figuresOf(el);
    await first!.updateComplete;
    const requested = (url: string) => performance.getEntriesByName(new URL(url, location.href).href).length;
    expect(dialog(first!).querySelector('img'), 'nothing in the closed dialog').to.equal(null);
    // sizes before srcset in the figure's template: WebKit picks as soon as srcset is set.
    expect(large.map(requested)).to.deep.equal([0, 0]);
    await open(first!);
    const img = $<HTMLImageElement>(first!, 'dialog img');
    if (!img.complete) await oneEvent(img, 'load');
    expect(img.currentSrc).to.equal(new URL(large[0]!, location.href).href);
    expect(requested(large[1]!), 'the next image waits for the reader to step').to.equal(0);
    await closeByEscape(first!);
  });

  // WebKit's driver presses no keys here: `press` stands in with keydown events and close(), and Tab
  // cannot be pressed at all, so the title says what WebKit is held to.
  it(`${isWebKit ? 'is modal' : 'keeps Tab inside'}, steps with the arrow keys and the buttons, and gives focus back on ${isWebKit ? 'close' : 'Escape'}`, async () => {
    const [first, , third] = await page();
    $<HTMLButtonElement>(first!, 'button.zoom').focus();
    await press(first!, 'Enter');
    await first!.updateComplete;
    const d = dialog(first!);
    expect(d.matches(':modal'), 'the page behind is inert').to.be.true;
    expect(focused(first!)).to.equal($(first!, 'button.close'));
    if (!isWebKit) {
      // The caption's link, previous, next, then out to the browser's own controls (nothing on the
      // page has focus) and back into the dialog: never the page behind.
      const seen: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        const at = focused(first!);
        seen.push(at?.closest('dialog') ? at.className || at.localName : document.activeElement!.localName);
      }
      expect(seen.slice(0, 3)).to.deep.equal(['a', 'step previous', 'step next']);
      const inside = ['close', 'a', 'step previous', 'step next'];
      expect(
        seen.filter((name) => name !== 'body' && !inside.includes(name)),
        seen.join(),
      ).to.deep.equal([]);
      expect(
        seen.slice(4).some((name) => inside.includes(name)),
        seen.join(),
      ).to.be.true;
      // End with the keyboard back in the page: in Firefox, a test file left tabbed out into the
      // browser's controls sends every later file's keys there.
      for (let i = 0; i < 8 && !focused(first!)?.closest('dialog'); i++) await sendKeys({ press: 'Tab' });
      expect(focused(first!)?.closest('dialog'), 'the keyboard back in the dialog').to.not.equal(null);
    }
    $<HTMLButtonElement>(first!, 'button.close').focus();
    await press(first!, 'ArrowRight');
    await first!.updateComplete;
    expect(count(first!)).to.equal('2 of 3');
    await press(first!, 'ArrowLeft');
    await press(first!, 'ArrowLeft');
    await first!.updateComplete;
    expect(count(first!), 'round from the first to the last').to.equal('3 of 3');
    expect(shownAlt(first!)).to.equal('Market stalls');
    $<HTMLButtonElement>(first!, 'button.next').click();
    await first!.updateComplete;
    expect(count(first!)).to.equal('1 of 3');
    $<HTMLButtonElement>(first!, 'button.previous').click();
    await first!.updateComplete;
    expect(count(first!)).to.equal('3 of 3');
    await closeByEscape(first!);
    expect(d.open).to.be.false;
    expect(d.querySelector('img'), 'the large image is let go').to.equal(null);
    // Back on the button that opened the viewer, not on the last figure shown.
    expect(focused(first!)).to.equal($(first!, 'button.zoom'));
    expect(focused(third!)).to.equal(null);
  });

  it('leaves an arrow key with Alt, Ctrl or Meta to the browser: Alt+ArrowLeft goes Back, not a picture back', async () => {
    const [first] = await page();
    await open(first!);
    // Dispatched: a real Alt+ArrowLeft would take the test's page back.
    const keydown = (modifier?: string) => {
      const init = { key: 'ArrowLeft', bubbles: true, composed: true, cancelable: true };
      const event = new KeyboardEvent('keydown', modifier ? { ...init, [modifier]: true } : init);
      $(first!, 'button.close').dispatchEvent(event);
      return event;
    };
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey']) {
      const event = keydown(modifier);
      await first!.updateComplete;
      expect([count(first!), event.defaultPrevented], modifier).to.deep.equal(['1 of 3', false]);
    }
    // The control: the same key alone steps.
    expect(keydown().defaultPrevented).to.equal(true);
    await first!.updateComplete;
    expect(count(first!)).to.equal('3 of 3');
    await closeByEscape(first!);
  });

  it("mirrors the arrow keys and swipes in right-to-left, and counts in the language's digits", async () => {
    const figures = await page('ar-EG', 12);
    const third = figures[2]!;
    await open(third);
    expect(dialog(third).dir).to.equal('rtl');
    expect(count(third)).to.equal('٣ من ١٢');
    $<HTMLButtonElement>(third, 'button.close').focus();
    await press(third, 'ArrowLeft');
    await third.updateComplete;
    expect(count(third), 'ArrowLeft is next in right-to-left').to.equal('٤ من ١٢');
    await press(third, 'ArrowRight');
    await third.updateComplete;
    expect(count(third)).to.equal('٣ من ١٢');
    // A swipe to the right brings the next picture in from the left.
    swipe(third, 200);
    await third.updateComplete;
    expect(count(third)).to.equal('٤ من ١٢');
    expect($(third, '.step.next span').textContent).to.equal('الصورة التالية');
    await closeByEscape(third);
  });

  it('uses the digits Intl gives plain Arabic', async () => {
    const figures = await page('ar', 12);
    await open(figures[2]!);
    expect(count(figures[2]!)).to.match(/^[3٣] من (12|١٢)$/);
    await closeByEscape(figures[2]!);
  });

  it('steps on a horizontal swipe, ignores a short or vertical one, and a click on the dark closes it', async () => {
    const [first] = await page();
    await open(first!);
    swipe(first!, -150);
    await first!.updateComplete;
    expect(count(first!), 'a swipe to the left shows the next').to.equal('2 of 3');
    swipe(first!, 150);
    await first!.updateComplete;
    expect(count(first!)).to.equal('1 of 3');
    swipe(first!, 20);
    swipe(first!, 60, 200);
    await first!.updateComplete;
    expect(count(first!)).to.equal('1 of 3');
    // The click that ends a swipe is not a close.
    swipe(first!, -150);
    $(first!, '.stage').click();
    await first!.updateComplete;
    expect(dialog(first!).open).to.be.true;
    expect(count(first!)).to.equal('2 of 3');
    $(first!, 'dialog img').click();
    expect(dialog(first!).open, 'a click on the picture keeps it').to.be.true;
    const closed = oneEvent(dialog(first!), 'close');
    $(first!, '.stage').click();
    await closed;
  });

  it('puts #image-n in the address without a scroll or a history entry, clears it on close, and opens from a link', async () => {
    const figures = await page();
    const [first, , third] = figures;
    const replace = sinon.spy(history, 'replaceState');
    const length = history.length;
    await open(first!);
    expect(location.hash).to.equal('#image-1');
    $<HTMLButtonElement>(first!, 'button.next').click();
    await first!.updateComplete;
    expect(location.hash).to.equal('#image-2');
    expect(replace).to.have.been.calledTwice;
    expect(history.length).to.equal(length);
    await closeByEscape(first!);
    expect(location.hash).to.equal('');

    // A shared link to the third picture: the viewer opens on it, in its own figure.
    location.hash = '#image-3';
    await waitUntil(() => dialog(third!).open, 'the viewer opens on the linked picture');
    await third!.updateComplete;
    expect(count(third!)).to.equal('3 of 3');
    expect(focused(third!)).to.equal($(third!, 'button.close'));
    // Another link while it is open steps the same viewer: one dialog at a time.
    location.hash = '#image-1';
    await waitUntil(() => count(third!) === '1 of 3', 'the open viewer steps to the linked picture');
    expect(figures.filter((each) => dialog(each).open)).to.deep.equal([third]);
    await closeByEscape(third!);
    expect(location.hash).to.equal('');
  });

  it('keeps the page’s own address under a <base href> elsewhere (Angular’s "/"), open and closed', async () => {
    const [first] = await page();
    const before = location.href;
    const base = Object.assign(document.createElement('base'), { href: '/stories/' });
    document.head.prepend(base);
    try {
      await open(first!);
      expect(location.href).to.equal(`${before}#image-1`);
      $<HTMLButtonElement>(first!, 'button.next').click();
      await first!.updateComplete;
      expect(location.href).to.equal(`${before}#image-2`);
      await closeByEscape(first!);
      expect(location.href).to.equal(before);
    } finally {
      base.remove();
      history.replaceState(null, '', before);
    }
  });

  it('closes and gives the address back when its figure is removed while it is open', async () => {
    const [first] = await page();
    await open(first!);
    expect(location.hash).to.equal('#image-1');
    const parent = first!.parentElement!;
    first!.remove();
    expect(dialog(first!).open, 'closed').to.be.false;
    expect(location.hash).to.equal('');
    // Put back, it shows no viewer until it is opened again.
    parent.prepend(first!);
    await first!.updateComplete;
    expect(dialog(first!).open).to.be.false;
  });

  it('leaves the address alone when an app went elsewhere before removing its figure', async () => {
    const [first] = await page();
    await open(first!);
    const replace = sinon.spy(history, 'replaceState');
    // A router (the Back button in a single-page app) shows another page, then removes the story.
    history.pushState(null, '', '#/home');
    first!.remove();
    expect(dialog(first!).open, 'closed').to.be.false;
    expect(location.hash).to.equal('#/home');
    expect(replace).not.to.have.been.called;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('closes as usual when the page changed its own address meanwhile, keeping that change', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#top`);
    const [first] = await page();
    await open(first!);
    // The page's own script tidies its address (tracking parameters gone) while the viewer is open.
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}&tidied=1${location.hash}`,
    );
    await closeByEscape(first!);
    expect(location.hash).to.equal('#top');
    expect(location.search).to.contain('tidied=1');
    expect(focused(first!) === $(first!, '.zoom'), 'focus back on the zoom button').to.equal(true);
    history.replaceState(null, '', location.href.replace('&tidied=1', '').replace('#top', ''));
  });

  it('opens on the linked picture when a page loads at #image-n, without scrolling', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="A page opened at a picture"
        style="inline-size: 600px; block-size: 400px"
      ></iframe>`,
    );
    const loaded = oneEvent(frame, 'load');
    frame.src = `${new URL('./fixtures/figure-lightbox-link.html', import.meta.url).href}#image-2`;
    await loaded;
    const inner = frame.contentWindow as Window & typeof globalThis;
    // The second zoomable figure of the page, inside the (undefined here) article body's light DOM.
    const second = inner.document.querySelectorAll<NewsFigure>('news-figure')[1]!;
    await waitUntil(() => second.shadowRoot?.querySelector('dialog')?.open, 'the viewer opens by itself');
    await second.updateComplete;
    expect(count(second)).to.equal('2 of 3');
    expect(shownAlt(second)).to.equal('Boats in the harbour');
    expect(inner.location.hash).to.equal('#image-2');
    expect(inner.scrollY).to.equal(0);
    dialog(second).close();
    await oneEvent(dialog(second), 'close');
    expect(inner.location.hash).to.equal('');
  });

  it('steps through the zoomable figures of its gallery, and numbers the link page-wide', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 400px">
        <news-figure zoomable src=${pictures[0]!.src} alt="Before the gallery"></news-figure>
        <news-gallery>
          <news-figure
            zoomable
            src=${pictures[1]!.src}
            alt="First"
            caption="First in the gallery"
          ></news-figure>
          <news-figure src=${pictures[2]!.src} alt="Not zoomable"></news-figure>
          <news-figure
            zoomable
            src=${pictures[2]!.src}
            alt="Last"
            caption="Last in the gallery"
          ></news-figure>
        </news-gallery>
        <news-figure zoomable src=${pictures[0]!.src} alt="After the gallery"></news-figure>
      </div>`,
    );
    const [, first] = figuresOf(wrapper);
    await first!.updateComplete;
    await open(first!);
    expect(count(first!)).to.equal('1 of 2');
    expect(location.hash).to.equal('#image-2');
    $<HTMLButtonElement>(first!, 'button.next').click();
    await first!.updateComplete;
    expect(shownAlt(first!)).to.equal('Last');
    expect(info(first!).textContent).to.contain('Last in the gallery');
    expect(location.hash).to.equal('#image-3');
    $<HTMLButtonElement>(first!, 'button.next').click();
    await first!.updateComplete;
    expect(shownAlt(first!), 'round within the gallery').to.equal('First');
    await closeByEscape(first!);
  });

  it('skips a figure whose image failed, and a video or audio figure', async () => {
    const warn = sinon.stub(console, 'warn');
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 400px">
        <news-figure zoomable src=${pictures[0]!.src} alt="Shown"></news-figure>
        <news-figure zoomable src="data:image/png;base64,AAAA" alt="Broken"></news-figure>
        <news-figure zoomable type="video" alt="A film"></news-figure>
        <news-figure
          zoomable
          .type=${'audio'}
          src="/stories/assets/tone-2s.wav"
          alt="A recording, its type set by a framework"
        ></news-figure>
        <news-figure zoomable src=${pictures[1]!.src} alt="Shown too"></news-figure>
      </div>`,
    );
    const [first, broken] = figuresOf(wrapper);
    await waitUntil(() => broken!.error, 'the broken image fails');
    warn.restore();
    await first!.updateComplete;
    await open(first!);
    expect(count(first!)).to.equal('1 of 2');
    $<HTMLButtonElement>(first!, 'button.next').click();
    await first!.updateComplete;
    expect(shownAlt(first!)).to.equal('Shown too');
    expect(location.hash, 'numbered among the pictures').to.equal('#image-2');
    await closeByEscape(first!);
  });

  it('shows one picture without a count or step buttons', async () => {
    const el = await fixture<NewsFigure>(
      html`<news-figure zoomable src=${pictures[1]!.src} alt="Alone" caption="On its own"></news-figure>`,
    );
    await open(el);
    expect(count(el)).to.equal(undefined);
    expect($(el, 'button.step')).to.equal(null);
    expect(info(el).textContent!.trim()).to.equal('On its own');
    await closeByEscape(el);
  });

  it('fades each new picture in, unless the reader asks for reduced motion', async () => {
    const [first] = await page();
    await open(first!);
    const img = () => $<HTMLImageElement>(first!, 'dialog img');
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(getComputedStyle(img()).animationName).to.equal(reduced ? 'none' : 'news-figure-in');
    const before = img();
    $<HTMLButtonElement>(first!, 'button.next').click();
    await first!.updateComplete;
    expect(img(), 'a new picture, not the last one with a new source').not.to.equal(before);
    // Only Chromium's launcher here can emulate the preference.
    if (isChromium) {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(img()).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    }
    await closeByEscape(first!);
  });

  it('leaves the page where it was after stepping to a picture far down it', async () => {
    const [first, , third] = await page();
    third!.style.marginBlockStart = '200vh';
    document.documentElement.scrollTop = 0;
    first!.scrollIntoView();
    const y = scrollY;
    await open(first!);
    $<HTMLButtonElement>(first!, 'button.previous').click();
    await first!.updateComplete;
    expect(shownAlt(first!)).to.equal('Market stalls');
    await closeByEscape(first!);
    expect(scrollY).to.equal(y);
    expect(focused(first!)).to.equal($(first!, 'button.zoom'));
    expect(third!.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
  });
});
