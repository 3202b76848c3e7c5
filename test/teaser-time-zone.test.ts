/**
 * A teaser's and a teaser list's `time-zone`: a newsroom prints its teasers' dates in its house zone,
 * as its datelines, for every reader (and from the server); without one, each reader's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import { serverRenderedFrame, type Frame } from './support/server-rendered.js';

// 02:30 on 11 March in Seoul; 10 March in London, New York and this test runner's zone.
const at = '2026-03-10T17:30:00Z';
/** How the reader (the test runner's zone) sees `at`, as a teaser writes it by default. */
const readers = () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(Date.parse(at));

const time = (teaser: Element) => teaser.shadowRoot!.querySelector('time[part="time"]')!;
const shown = (teaser: Element) => time(teaser).textContent!.trim();

async function drawn(el: NewsTeaser | NewsTeaserList) {
  await el.updateComplete;
  const teasers = [
    ...el.querySelectorAll<NewsTeaser>('news-teaser'),
    ...(el.shadowRoot?.querySelectorAll<NewsTeaser>('news-teaser') ?? []),
  ];
  await Promise.all(teasers.map((teaser) => teaser.updateComplete));
  return teasers;
}

afterEach(() => sinon.restore());

describe('<news-teaser time-zone>', () => {
  it('prints the date in its zone, and in the reader’s without one', async () => {
    const teaser = (zone?: string) =>
      html`<news-teaser
        headline="Han River ferries return"
        href="/ferries"
        datetime=${at}
        locale="en-GB"
        time-zone=${zone ?? ''}
      ></news-teaser>`;
    const seoul = await fixture<NewsTeaser>(teaser('Asia/Seoul'));
    await drawn(seoul);
    expect(shown(seoul)).to.equal('11 March 2026');
    expect(time(seoul).getAttribute('datetime')).to.equal(at);

    const reader = await fixture<NewsTeaser>(teaser());
    await drawn(reader);
    expect(shown(reader)).to.equal(readers());
  });

  it('reads a date without an offset (a CMS’s local time) on its zone’s clock, quietly', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Han River ferries return"
        datetime="2026-03-11T02:30"
        locale="en-GB"
        time-zone="Asia/Seoul"
      ></news-teaser>`,
    );
    await drawn(el);
    expect(time(el).getAttribute('datetime')).to.equal(at);
    expect(shown(el)).to.equal('11 March 2026');
    expect(warn).not.to.have.been.called;
  });

  it('warns once about a zone that is not an IANA zone, and prints the reader’s date', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Han River ferries return"
        datetime=${at}
        locale="en-GB"
        time-zone="Asia/Soul"
      ></news-teaser>`,
    );
    await drawn(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(shown(el)).to.equal(readers());
    expect(warn).to.have.been.calledOnce;
    expect(String(warn.firstCall.args[0])).to.contain('<news-teaser time-zone="Asia/Soul"> is not an IANA');
  });
});

describe('<news-teaser-list time-zone>', () => {
  it('gives its zone to every teaser it draws from items, and a new zone again', async () => {
    const items = ['Han River ferries return', 'Night markets are back in Mangwon'].map((headline, i) => ({
      headline,
      href: `/story-${i}`,
      datetime: at,
    }));
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list locale="en-GB" time-zone="Asia/Seoul" .items=${items}></news-teaser-list>`,
    );
    expect((await drawn(el)).map(shown)).to.deep.equal(['11 March 2026', '11 March 2026']);
    // Drawn stories follow a later zone too (the page's own edit, a framework's binding).
    el.timeZone = 'America/New_York';
    expect((await drawn(el)).map(shown)).to.deep.equal(['10 March 2026', '10 March 2026']);
  });

  it('gives its zone to written teasers without one; a teaser with its own keeps it', async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list locale="en-GB" time-zone="Asia/Seoul">
        <news-teaser headline="Han River ferries return" href="/ferries" datetime=${at}></news-teaser>
        <news-teaser
          headline="Seoul’s mayor in New York"
          href="/mayor"
          datetime=${at}
          time-zone="America/New_York"
        ></news-teaser>
      </news-teaser-list>`,
    );
    const teasers = await drawn(el);
    expect(teasers.map(shown)).to.deep.equal(['11 March 2026', '10 March 2026']);
  });

  it('says when it was updated on its zone’s clock', async () => {
    sinon.useFakeTimers({ now: Date.parse(at), toFake: ['Date'] });
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list
        heading="Most read"
        layout="ranked"
        locale="en-GB"
        time-zone="Asia/Seoul"
        updated=${at}
        .items=${[{ headline: 'Han River ferries return', href: '/ferries' }]}
      ></news-teaser-list>`,
    );
    await drawn(el);
    const line = el.shadowRoot!.querySelector('[part="updated"]')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Updated 02:30');
  });
});

describe('time-zone from the server', () => {
  let page: Frame | undefined;
  afterEach(() => page?.remove());

  it('prints a teaser’s date and a list’s "Updated" time in their zone before any script', async () => {
    page = await serverRenderedFrame(
      `<news-teaser headline="Han River ferries return" href="/ferries" datetime="${at}" locale="en-GB"
        time-zone="Asia/Seoul"></news-teaser>
      <news-teaser-list heading="Most read" layout="ranked" locale="en-GB" time-zone="Asia/Seoul"
        updated="${at}"></news-teaser-list>`,
    );
    const doc = page.contentDocument!;
    expect(shown(doc.querySelector('news-teaser')!)).to.equal('11 March 2026');
    // The server cannot know the reader's today: the date, then the zone's time.
    const line = doc.querySelector('news-teaser-list')!.shadowRoot!.querySelector('[part="updated"]')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Updated 11 March 2026\D+02:30$/);
  });
});
