/**
 * Section fronts: a "More stories" page that fails. The stories shown stay; one control is left,
 * the "More stories" button, which tries again; beside it a polite line says the next stories did
 * not load, and focus stays on the button, never on the message. The test feeds:
 * test/support/feed-middleware.mjs (`/__feeds/many/…`).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import type { NewsTeaserList, TeaserListErrorDetail } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { until } from './support/until.js';

const teasers = (el: NewsTeaserList) => [
  ...el.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser:not([skeleton])'),
];
const more = (el: NewsTeaserList) => el.shadowRoot!.querySelector<HTMLElement>('[part=more]');
const moreStatus = (el: NewsTeaserList) => el.shadowRoot!.querySelector('.more [role=status]')!;
/** The buttons and links a reader can press under the stories. */
const controls = (el: NewsTeaserList) =>
  [...el.shadowRoot!.querySelectorAll('button, a[href]')].filter((control) => !control.closest('li'));
const focused = (el: NewsTeaserList) => el.shadowRoot!.activeElement;
const focusedOn = (el: NewsTeaserList, index: number) =>
  !!teasers(el)[index]?.shadowRoot!.activeElement?.matches('a[part~=link]');
/** A unique key, so a feed's "fail once" is this test's own. */
const key = () => Math.random().toString(36).slice(2);

async function feedList(src: string, { limit, locale }: { limit?: number; locale?: string } = {}) {
  const el = await fixture<NewsTeaserList>(
    html`<news-teaser-list
      heading="World"
      more
      src=${src}
      limit=${limit ?? nothing}
      locale=${locale ?? nothing}
    ></news-teaser-list>`,
  );
  if (el.status !== 'loaded') await oneEvent(el, 'news-teaser-list-load');
  await el.updateComplete;
  return el;
}

/** Presses "More stories" (focused first, as a reader's click leaves it) until the page fails. */
async function pressUntilFailed(el: NewsTeaserList) {
  const failed = oneEvent(el, 'news-teaser-list-error');
  more(el)!.focus();
  more(el)!.click();
  const event = (await failed) as CustomEvent<TeaserListErrorDetail>;
  await el.updateComplete;
  return event.detail;
}

describe('news-teaser-list more: a page that fails', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => sinon.restore());

  it('keeps the stories and one "More stories" button, which tries again', async () => {
    const el = await feedList(`/__feeds/many/6/json?per_page=3&fail=2&key=${key()}`);
    const detail = await pressUntilFailed(el);
    expect(detail.kind).to.equal('http');
    expect(new URL(detail.src).searchParams.get('page'), 'the event names the page that failed').to.equal(
      '2',
    );
    expect(teasers(el)).to.have.length(3);
    expect(el.status, 'the feed itself is loaded').to.equal('loaded');
    expect(controls(el).map((control) => control.getAttribute('part'))).to.deep.equal(['more']);
    expect(more(el)!.textContent!.trim()).to.equal('More stories');
    expect(moreStatus(el).textContent!.trim()).to.equal('Couldn’t load more stories.');
    expect(el.shadowRoot!.textContent).not.to.contain('these stories');
    expect(focused(el), 'focus stays on the button').to.equal(more(el));
    expect(warn).to.have.been.calledOnce;
    expect(String(warn.firstCall.args[0])).to.contain('could not show the next page');
    await expect(el).to.be.accessible();
    more(el)!.click();
    await until(() => teasers(el).length === 6 && focusedOn(el, 3), 'the page on the second press');
    expect(more(el), 'the second page was the last').to.equal(null);
  });

  it('keeps focus on the button when WordPress’s ?page=2 fails again, never on the message', async () => {
    // Page 2 answers 404 twice, then its stories.
    const network = window.fetch.bind(window);
    let failures = 2;
    const fetch = sinon
      .stub(window, 'fetch')
      .callsFake((input, init) =>
        new URL(String(input), location.href).searchParams.get('page') === '2' && failures-- > 0
          ? Promise.resolve(new Response('Not found', { status: 404 }))
          : network(input, init),
      );
    const el = await feedList('/__feeds/many/4/wp?per_page=2&_embed');
    for (const press of [1, 2]) {
      expect((await pressUntilFailed(el)).kind, `press ${press}`).to.equal('http');
      expect(focused(el), `press ${press}: focus on the button`).to.equal(more(el));
      expect(controls(el), `press ${press}: one control`).to.have.length(1);
      expect(moreStatus(el).textContent!.trim()).to.equal('Couldn’t load more stories.');
      expect(moreStatus(el).hasAttribute('tabindex'), 'the message takes no focus').to.equal(false);
    }
    const asked = fetch
      .getCalls()
      .filter((call) => new URL(String(call.args[0]), location.href).searchParams.get('page') === '2');
    expect(
      asked.map((call) => call.args[1]?.cache),
      'a retry asks the server, not its cache',
    ).to.deep.equal(['default', 'no-cache']);
    more(el)!.click();
    await until(() => teasers(el).length === 4 && focusedOn(el, 2), 'the page on the third press');
    expect(warn, 'one warning for the page, however often it fails').to.have.been.calledOnce;
  });

  it('shows the stories it held back when the next page fails, and the page on the next press', async () => {
    // Six a page, four shown: two held back, the next page needed for the other two.
    const el = await feedList(`/__feeds/many/12/json?per_page=6&fail=2&key=${key()}`, { limit: 4 });
    more(el)!.click();
    await until(() => teasers(el).length === 6 && focusedOn(el, 4), 'the stories held back');
    await el.updateComplete;
    expect(moreStatus(el).textContent!.trim()).to.equal('Couldn’t load more stories.');
    expect(controls(el)).to.have.length(1);
    expect(warn).to.have.been.calledOnce;
    more(el)!.click();
    await until(() => teasers(el).length === 12 && focusedOn(el, 6), 'the page on the next press');
  });

  it('says so in the list’s language', async () => {
    const el = await feedList(`/__feeds/many/6/json?per_page=3&fail=2&key=${key()}`, { locale: 'ar-EG' });
    await pressUntilFailed(el);
    expect(moreStatus(el).textContent!.trim()).to.equal('تعذّر تحميل مزيد من الأخبار.');
    expect(more(el)!.textContent!.trim()).to.equal('مزيد من الأخبار');
  });
});
