/**
 * The picture a zoom opens in a new tab when the lightbox's code does not come. A click while the
 * code is still on its way waits for it (the lightbox, if it comes in time, is what the reader
 * asked for), then opens the largest picture; once the code is known to have failed, the tab opens
 * within the click. The largest picture: the widest candidate of the figure's `srcset` or of its
 * own image's, else what the browser chose of its own `<picture>` (art direction), never the
 * address of a link around it. Its own page: the importer below stands in for the chunk.
 */
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../src/figure/define.js';
import type { NewsFigure } from '../src/figure/figure.js';
import { zoomCode } from '../src/figure/zoom-button.js';

const A = '/stories/assets';
const FAILED = () => new TypeError('Failed to fetch dynamically imported module');

/** How an attempt at the chunk ends: at once in failure, or when the test says (`hanging`). */
let hang = false;
const hanging: ((error: Error) => void)[] = [];
Object.assign(zoomCode(), {
  importer: () => (hang ? new Promise((_, reject) => hanging.push(reject)) : Promise.reject(FAILED())),
});

const zoom = (el: NewsFigure) => el.shadowRoot?.querySelector<HTMLButtonElement>('button.zoom');

afterEach(() => sinon.restore());

describe('news-figure zoom without its lightbox code', () => {
  it('waits for the code still on its way at the click, then opens the largest picture in a new tab', async () => {
    const warn = sinon.stub(console, 'warn');
    const tab = sinon.stub(window, 'open').returns(null);
    hang = true;
    // Not awaited: its updateComplete waits for the code.
    const el = fixtureSync<NewsFigure>(
      html`<news-figure
        zoomable
        style="inline-size: 300px"
        src="${A}/city-800x450.jpg"
        srcset="${A}/city-800x450.jpg 800w, ${A}/city-1600x900.jpg 1600w"
        sizes="300px"
        alt="Towers at dusk"
      ></news-figure>`,
    );
    await waitUntil(() => zoom(el) && hanging.length, 'the button shows, and its code is asked for');
    zoom(el)!.click();
    expect(tab.callCount, 'the code may still come').to.equal(0);
    hang = false;
    hanging.shift()!(FAILED());
    await el.updateComplete;
    expect(tab.args).to.deep.equal([[`${A}/city-1600x900.jpg`, '_blank', 'noopener']]);
    expect(warn.args).to.deep.equal([
      ['news-elements: could not load the lightbox code; showing a simpler version.'],
    ]);
  });

  const cases: [string, TemplateResult, string][] = [
    [
      'its src alone',
      html`<news-figure zoomable src="${A}/harbour-800x800.jpg" alt="Boats in the harbour"></news-figure>`,
      `${A}/harbour-800x800.jpg`,
    ],
    [
      'the widest candidate of its own image, not the link around it',
      html`<news-figure zoomable style="inline-size: 300px">
        <a href="/staff/jo-lee"
          ><img
            src="${A}/city-800x450.jpg"
            srcset="${A}/city-800x450.jpg 800w, ${A}/city-1600x900.jpg 1600w"
            sizes="300px"
            alt="Towers at dusk"
        /></a>
      </news-figure>`,
      `${A}/city-1600x900.jpg`,
    ],
    [
      'what the browser chose of its own <picture>',
      html`<news-figure zoomable style="inline-size: 300px">
        <picture>
          <source media="(max-width: 1px)" srcset="${A}/city-600x600.jpg" />
          <img src="${A}/city-800x450.jpg" alt="Towers at dusk" />
        </picture>
      </news-figure>`,
      new URL(`${A}/city-800x450.jpg`, location.href).href,
    ],
  ];
  for (const [what, figure, expected] of cases)
    it(`opens ${what} within the click once the code has failed`, async () => {
      sinon.stub(console, 'warn');
      const tab = sinon.stub(window, 'open').returns(null);
      const el = await fixture<NewsFigure>(figure);
      await waitUntil(() => el.loaded, 'the picture shows');
      zoom(el)!.click();
      expect(tab.args).to.deep.equal([[expected, '_blank', 'noopener']]);
    });
});
