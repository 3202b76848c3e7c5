/**
 * Elements not every page holds (`elementsOnSight` in src/elements.ts) are not in the first load: the
 * package entry fetches one's code the first time the page holds it. Each test file runs in a page
 * of its own, so nothing else has registered them here.
 */
import { expect, waitUntil } from '@open-wc/testing';
// (`lookFor` as pages have it: from the package entry.)
import { lookFor } from '../src/index.js';
import sinon from 'sinon';
import { defineOnSight } from '../src/internal/on-sight.js';
import { elementsOnSight } from '../src/elements.js';

/** Whether the browser has fetched the gallery's module (the dev server serves each file alone). */
const galleryFetched = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/gallery/gallery.ts'));

describe('elements defined on sight', () => {
  it('fetches nothing for a page without a gallery, and defines one once it is added', async () => {
    expect(customElements.get('news-gallery')).to.equal(undefined);
    expect(galleryFetched(), 'no gallery code yet').to.equal(false);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = `<news-gallery caption="The harbour">
      <news-figure src="/stories/assets/harbour-800x800.jpg" alt="Boats" width="800" height="800"></news-figure>
    </news-gallery>`;
    document.body.append(wrapper);
    await customElements.whenDefined('news-gallery');
    expect(galleryFetched()).to.equal(true);
    const gallery = wrapper.querySelector('news-gallery')!;
    await (gallery as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // Upgraded in place: the figure it already held became a zoomable item.
    await waitUntil(
      () => gallery.querySelector('news-figure')!.hasAttribute('zoomable'),
      'a zoomable figure',
    );
    wrapper.remove();
  });

  it('defines each of the others only once the page holds one, and draws it', async () => {
    const others = Object.keys(elementsOnSight).filter((tag) => tag !== 'news-gallery');
    expect(others).to.include.members(['news-live-blog', 'news-share', 'news-toc', 'news-notice']);
    // Empty, a live post has no date and the contents no story: each warns, as it should.
    const warn = sinon.stub(console, 'warn');
    // Checked as a boolean: a failing `to.equal(undefined)` on an element's class crashed the test's
    // page in Chromium instead of reporting (chai printing the class, probably; not proven).
    for (const tag of others) expect(customElements.get(tag) === undefined, `${tag} before`).to.equal(true);
    for (const tag of others) {
      const element = document.createElement(tag);
      document.body.append(element);
      await customElements.whenDefined(tag);
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(element.shadowRoot, tag).to.not.equal(null);
      element.remove();
    }
    warn.restore();
    // A share written in the page: its buttons, once its code has come.
    document.body.insertAdjacentHTML('beforeend', '<news-share networks="email"></news-share>');
    const share = document.querySelector('news-share')!;
    await waitUntil(() => share.shadowRoot?.querySelector('a, button'), 'the share’s links');
    share.remove();
  });

  it('cannot see into a shadow root until asked to look there', async () => {
    let loads = 0;
    defineOnSight({
      'x-on-sight': async () => {
        loads++;
        customElements.define('x-on-sight', class extends HTMLElement {});
      },
    });
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<x-on-sight></x-on-sight>';
    document.body.append(host);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(loads, 'out of the observer’s sight').to.equal(0);
    lookFor(root);
    await customElements.whenDefined('x-on-sight');
    expect(loads).to.equal(1);
    root.append(document.createElement('x-on-sight'));
    lookFor(root);
    expect(loads, 'fetched once').to.equal(1);
    host.remove();
  });

  it('leaves an element as written, with one warning, when its code fails to load', async () => {
    const warn = sinon.stub(console, 'warn');
    defineOnSight({ 'x-never-here': () => Promise.reject(new Error('offline')) });
    document.body.insertAdjacentHTML('beforeend', '<x-never-here>Still here</x-never-here>');
    await waitUntil(() => warn.called, 'the warning');
    warn.restore();
    expect(warn.args.map(([message]) => message)).to.deep.equal([
      'news-elements: could not load the code of <x-never-here> (Error: offline); it stays as written.',
    ]);
    const element = document.querySelector('x-never-here')!;
    expect(element.textContent).to.equal('Still here');
    element.remove();
  });
});
