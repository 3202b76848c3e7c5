/**
 * news-elements/islands on server-rendered pages: each element hydrates by the `hydrate` rule the
 * server wrote (visible, interaction, idle), once, and a `never` element stays as the server drew it
 * with nothing fetched for it. Pages come from test/support/ssr-middleware.mjs (`/__ssr/markup` with
 * `islands=1`: rendered with `defer-hydration` and loading src/islands.ts) in an iframe, whose own
 * document has no Lit until the loader brings it. Every case runs twice: with the sources, and with
 * the built dist/news-elements-islands.js and its chunks (`islands=built`, built into a temp folder
 * as scripts/build.mjs builds it). What was fetched is read from the frame's resource timing entries.
 */
import { expect, waitUntil as waitFor } from '@open-wc/testing';
import { tagNames } from '../src/elements.js';
import { isWebKit } from './support/engines.js';
import { roundTrips } from './support/round-trips.js';

type Frame = HTMLIFrameElement & { contentWindow: Window & typeof globalThis };
type Lit = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

const A = '/stories/assets';
const hour = new Date(Date.now() - 3_600_000).toISOString();

/** How a page loads the island loader, and how its fetches are named. */
interface Mode {
  name: string;
  query: string;
  /** Whether `path` is a module of the element in `folder` (its registration, for the built file). */
  ofElement(path: string, folder: string): boolean;
  lit: RegExp;
  loader: string;
}
const BUILT = '/__ssr/islands-built/';
const modes: Mode[] = [
  {
    name: 'sources',
    query: '1',
    ofElement: (path, folder) => path.startsWith(`/src/${folder}/`),
    // Lit and its hydration support, as the dev server serves them.
    lit: /\/(lit|lit-html|lit-element|@lit|@lit-labs)\//,
    loader: '/src/islands.ts',
  },
  {
    name: 'the built file',
    query: 'built',
    // Chunk hashes are scripts/single-file.mjs's HASH_LENGTH characters long.
    ofElement: (path, folder) =>
      new RegExp(`^${BUILT}news-elements-islands-${folder}-[\\w-]{7}\\.js$`).test(path),
    lit: /^\/__ssr\/islands-built\/news-elements-islands-lit(-hydrate)?-/,
    loader: `${BUILT}news-elements-islands.js`,
  },
];
let mode = modes[0]!;

async function islandPage(markup: string, height = 500, hash = '', cold = false, fail = ''): Promise<Frame> {
  const frame = document.createElement('iframe') as Frame;
  frame.style.cssText = `inline-size: 900px; block-size: ${height}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__ssr/markup?islands=${mode.query}${cold ? '&cold=1' : ''}${fail ? `&fail=${fail}` : ''}&html=${encodeURIComponent(markup)}${hash}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

// Waking an island loads its modules one by one; from the dev server's sources, in three engines
// side by side on two cores, that has taken Firefox over @open-wc's one second: 10 s here.
const waitUntil = (condition: () => unknown, message: string) =>
  waitFor(condition, message, { timeout: 10_000 });

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

const element = (frame: Frame, id: string) => frame.contentDocument!.getElementById(id) as Lit;
/** Hydrated: Lit took over the server's shadow root and rendered into it. */
const hydrated = (el: Lit) => !el.hasAttribute('defer-hydration') && el.hasUpdated === true;
/** Every path the frame fetched. */
const paths = (frame: Frame) =>
  frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
/** The modules the frame fetched for one element (its folder). */
const fetched = (frame: Frame, folder: string) => paths(frame).filter((path) => mode.ofElement(path, folder));

for (const each of modes)
  describe(`news-elements/islands, ${each.name}`, () => {
    before(async function () {
      mode = each;
      // The built loader and the server's minified templates are built on first use: not in a test's time.
      this.timeout(120_000);
      await fetch(`/__ssr/markup?islands=${mode.query}&html=`).then((page) => page.text());
      await fetch(mode.loader);
    });

    it('hydrates every element of the list, and fetches no Lit for a page with nothing to wake', async function () {
      // Every element's module, one after another, on a busy machine: WebKit needed more than
      // mocha's 10 s once the list had eight.
      this.timeout(30_000);
      const markup: Record<string, string> = {
        'news-article': '<h1 slot="headline">Ferry vote</h1>',
        'news-dateline': '14 December 2012',
      };
      const attributes: Record<string, string> = {
        'news-dateline': ' datetime="2012-12-14"',
        // A post without its date is a mistake the server warns about.
        'news-live-post': ' post-id="1" datetime="2012-12-14T10:00:00Z"',
      };
      const frame = await islandPage(
        tagNames
          .map(
            (tag) =>
              `<${tag} id="${tag}" hydrate="visible"${attributes[tag] ?? ''}>${markup[tag] ?? ''}</${tag}>`,
          )
          .join('\n'),
        2000,
      );
      for (const tag of tagNames) await waitUntil(() => hydrated(element(frame, tag)), tag);
      const quiet = await islandPage('<p>No elements.</p>');
      await new Promise((resolve) => quiet.contentWindow.requestAnimationFrame(resolve));
      expect(paths(quiet).filter((path) => mode.lit.test(path))).to.deep.equal([]);
      expect(paths(frame).filter((path) => mode.lit.test(path))).not.to.deep.equal([]);
    });

    it('hydrates a visible element at once and one further down when it is scrolled to', async () => {
      const frame = await islandPage(`
      <news-dateline id="top" datetime="${hour}" format="relative" locale="en-GB"></news-dateline>
      <div style="block-size: 3000px"></div>
      <news-figure id="low" src="${A}/city-800x450.jpg" alt="The harbour" width="800" height="450" zoomable></news-figure>`);
      const top = element(frame, 'top');
      const low = element(frame, 'low');
      expect(top.getAttribute('hydrate')).to.equal('visible');
      expect(low.getAttribute('hydrate')).to.equal('visible');
      const time = top.shadowRoot!.querySelector('time');
      await waitUntil(() => hydrated(top), 'the dateline in view hydrates');
      // Took over the server's nodes rather than drawing new ones, and now speaks relative time.
      expect(top.shadowRoot!.querySelector('time')).to.equal(time);
      await waitUntil(() => /hour ago/.test(top.shadowRoot!.textContent!), 'relative text');
      expect(low.hasAttribute('defer-hydration'), 'the figure out of view still waits').to.equal(true);
      expect(fetched(frame, 'figure')).to.deep.equal([]);
      frame.contentWindow.scrollTo(0, 3000);
      await waitUntil(() => hydrated(low), 'the figure hydrates once scrolled to');
    });

    it('hydrates an interaction element on the first pointer or focus on it, once', async () => {
      const frame = await islandPage(`
      <news-figure id="zoom" src="${A}/city-800x450.jpg" alt="The harbour" width="800" height="450" zoomable
        hydrate="interaction"></news-figure>
      <news-teaser id="idle" headline="Ferry vote" href="/ferry" datetime="${hour}"></news-teaser>`);
      const figure = element(frame, 'zoom');
      expect(figure.getAttribute('hydrate')).to.equal('interaction');
      // The idle teaser hydrating shows the loader has run and the page gone quiet: the figure waits.
      await waitUntil(() => hydrated(element(frame, 'idle')), 'the idle teaser hydrates');
      expect(figure.hasAttribute('defer-hydration')).to.equal(true);
      const removals: string[] = [];
      new frame.contentWindow.MutationObserver((records) => {
        for (const record of records) removals.push(record.attributeName!);
      }).observe(figure, { attributeFilter: ['defer-hydration'] });
      figure.dispatchEvent(new frame.contentWindow.PointerEvent('pointerover', { bubbles: true }));
      figure.dispatchEvent(new frame.contentWindow.FocusEvent('focusin', { bubbles: true }));
      await waitUntil(() => hydrated(figure), 'the figure hydrates when touched');
      // Touched again, and the page scanned again: nothing starts a second time.
      figure.dispatchEvent(new frame.contentWindow.PointerEvent('pointerdown', { bubbles: true }));
      const loader = (await frame.contentWindow.eval(`import("${mode.loader}")`)) as { islands(): void };
      loader.islands();
      await figure.updateComplete;
      expect(removals).to.deep.equal(['defer-hydration']);
      expect(
        fetched(frame, 'figure').filter((path) => /define\.ts$|islands-figure-/.test(path)),
      ).to.have.length(1);
    });

    // (A file that fails once is a cold page's own: the built files only.)
    if (each.query === 'built')
      it('keeps an element whose code did not come as the server drew it, and wakes it when the connection is back', async () => {
        const frame = await islandPage(
          `<news-dateline id="top" datetime="${hour}" format="relative" locale="en-GB"></news-dateline>`,
          500,
          '',
          true,
          'islands-dateline-',
        );
        const top = element(frame, 'top');
        const warnings = () => (frame.contentWindow as unknown as { __warnings: string[] }).__warnings;
        await waitUntil(() => warnings().length > 0, 'the failure is told');
        expect(warnings()).to.deep.equal([
          'news-elements: could not load the code of <news-dateline>; it stays as the server drew it until touched or back online.',
        ]);
        expect(top.hasAttribute('defer-hydration')).to.equal(true);
        expect(top.shadowRoot!.querySelector('time')!.textContent).not.to.equal('');
        // Browsers that keep a failed module's error (whatwg/html#6768) cannot fetch it again.
        const probe = `/__ssr/fail-once.js?key=${Math.random()}`;
        await import(/* @vite-ignore */ probe).catch(() => {});
        const refetches = await import(/* @vite-ignore */ probe).then(
          () => true,
          () => false,
        );
        frame.contentWindow.dispatchEvent(new Event('online'));
        if (refetches) {
          await waitUntil(() => hydrated(top), 'the dateline hydrates once the connection is back');
          await waitUntil(() => /hour ago/.test(top.shadowRoot!.textContent!), 'relative text');
        } else {
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(top.hasAttribute('defer-hydration'), 'still as the server drew it').to.equal(true);
        }
        expect(warnings()).to.have.length(1);
      });

    it('hydrates an idle element without being seen or touched', async () => {
      const frame = await islandPage(
        `<div style="block-size: 3000px"></div>
      <news-partner-banner id="banner" name="Harbour Bank" logo-src="${A}/logo-harbour-bank.svg"
        logo-src-dark="${A}/logo-harbour-bank-dark.svg" logo-width="160" logo-height="40"></news-partner-banner>`,
        300,
      );
      const banner = element(frame, 'banner');
      expect(banner.getAttribute('hydrate')).to.equal('idle');
      await waitUntil(() => hydrated(banner), 'the banner hydrates when the page is idle');
    });

    it('makes a gallery’s pictures zoomable when the gallery hydrates', async () => {
      const frame = await islandPage(`
      <news-gallery id="gallery" caption="The day after the storm.">
        <news-figure id="first" src="${A}/city-800x450.jpg" alt="The harbour" width="800" height="450"></news-figure>
        <news-figure src="${A}/market-1200x1600.jpg" alt="Oysters at the market" width="1200" height="1600"></news-figure>
      </news-gallery>`);
      const first = element(frame, 'first');
      await waitUntil(() => hydrated(element(frame, 'gallery')), 'the gallery hydrates');
      await waitUntil(() => hydrated(first), 'its figures hydrate with it');
      await waitUntil(
        () => first.shadowRoot!.querySelector('.zoom'),
        'the first picture has its zoom button',
      );
    });

    it('wakes a ranked list’s written teasers with it, which then show their ranks', async () => {
      const frame = await islandPage(`
      <news-teaser-list id="list" heading="Most read" layout="ranked" locale="ar-EG">
        <news-teaser id="first" headline="Ferry vote" href="/ferry"></news-teaser>
        <news-teaser headline="Night buses" href="/buses"></news-teaser>
      </news-teaser-list>`);
      const first = element(frame, 'first');
      expect(first.getAttribute('hydrate')).to.equal('never');
      await waitUntil(() => hydrated(element(frame, 'list')), 'the list hydrates');
      await waitUntil(() => hydrated(first), 'its teasers hydrate with it');
      await waitUntil(
        () => first.shadowRoot!.querySelector('.rank')?.textContent?.trim() === '١',
        'the first teaser shows its rank, in Arabic digits',
      );
    });

    it('opens the viewer on the picture an address names (#image-2), far down the page', async () => {
      const frame = await islandPage(
        `
      <news-figure id="one" src="${A}/city-800x450.jpg" alt="The harbour" width="800" height="450" zoomable></news-figure>
      <div style="block-size: 3000px"></div>
      <news-figure id="two" src="${A}/market-1200x1600.jpg" alt="Oysters at the market" width="1200" height="1600"
        zoomable></news-figure>`,
        500,
        '#image-2',
      );
      const two = element(frame, 'two');
      await waitUntil(() => hydrated(two), 'the named figure hydrates although out of view');
      await waitUntil(
        () => two.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open,
        'the viewer opens on it',
      );
      two.shadowRoot!.querySelector('dialog')!.close();
    });

    // Each round trip is 150 ms or more on a phone's network (a cold page's files here take 500 ms),
    // and an interaction element (a list's "More stories") answers the first tap only once it has
    // hydrated.
    if (each.name === 'the built file')
      it(`wakes a teaser list in two round trips: Lit with the list's module, then every module it imports${isWebKit ? ' (WebKit: that it wakes)' : ''}`, async () => {
        const frame = await islandPage(
          `
        <news-teaser-list id="list" heading="More news">
          <news-teaser headline="Ferry vote" href="/ferry" datetime="${hour}" excerpt="The council voted 23 to 9."></news-teaser>
        </news-teaser-list>`,
          500,
          '',
          true,
        );
        await waitUntil(() => hydrated(element(frame, 'list')), 'the list hydrates');
        await waitUntil(
          () => hydrated(frame.contentDocument!.querySelector('news-teaser') as Lit),
          'its teaser hydrates',
        );
        if (isWebKit) return;
        const wakes = frame.contentWindow.performance
          .getEntriesByType('resource')
          .filter(
            (e) =>
              new URL(e.name).pathname.startsWith(BUILT) && !e.name.endsWith('/news-elements-islands.js'),
          );
        const trips = roundTrips(wakes as PerformanceResourceTiming[]);
        expect(trips, JSON.stringify(trips)).to.have.length.at.most(2);
      });

    it('takes labels the page gives its registerTranslations, before Lit has come and after', async () => {
      const frame = await islandPage(
        `<news-dateline id="date" datetime="2012-12-14" updated="2012-12-15" locale="en-GB" time-zone="UTC"
          hydrate="interaction"></news-dateline>`,
      );
      const win = frame.contentWindow;
      const loader = (await win.Function(`return import('${mode.loader}')`)()) as {
        registerTranslations(lang: string, strings: Record<string, string>): void;
      };
      loader.registerTranslations('en', { updated: 'Last revised' });
      expect(
        paths(frame).filter((path) => mode.lit.test(path)),
        'nothing fetched for it',
      ).to.deep.equal([]);
      const date = element(frame, 'date');
      date.dispatchEvent(new win.Event('pointerover'));
      await waitUntil(() => hydrated(date), 'the dateline hydrates');
      await waitUntil(() => /Last revised/.test(date.shadowRoot!.textContent!), 'the label given before');
      loader.registerTranslations('en', { updated: 'Revised' });
      // ("Last revised" has no capital R.)
      await waitUntil(() => /Revised/.test(date.shadowRoot!.textContent!), 'a later label');
    });

    it('leaves a never element as the server drew it, fetching nothing for it', async () => {
      const frame = await islandPage(
        `
      <news-figure id="still" src="${A}/city-800x450.jpg" alt="The harbour" width="800" height="450"
        caption="Ferries wait out the storm."></news-figure>
      <news-partner-banner id="partner" name="Harbour Bank" locale="en-GB"></news-partner-banner>
      <news-article-body id="body"><p>The council voted 23 to 9.</p></news-article-body>
      <news-dateline id="live" datetime="${hour}" format="relative" locale="en-GB"></news-dateline>`,
        1200,
      );
      for (const id of ['still', 'partner', 'body'])
        expect(element(frame, id).getAttribute('hydrate'), id).to.equal('never');
      // The live dateline beside them hydrating shows the loader has run.
      await waitUntil(() => hydrated(element(frame, 'live')), 'the dateline hydrates');
      const win = frame.contentWindow;
      for (const tag of ['news-figure', 'news-partner-banner', 'news-article-body'])
        expect(win.customElements.get(tag), tag).to.equal(undefined);
      for (const folder of ['figure', 'partner-banner', 'article-body'])
        expect(fetched(frame, folder), folder).to.deep.equal([]);
      // Still the server's drawing: the figure's caption in its shadow root, the body's paragraph.
      expect(element(frame, 'still').shadowRoot!.textContent).to.include('Ferries wait out the storm.');
      expect(element(frame, 'body').textContent).to.equal('The council voted 23 to 9.');
    });
  });
