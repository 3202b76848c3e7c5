// <news-notice type="age">: how old a story is, on the reader's calendar, and when it says so.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/notice/define.js';
import '../src/dateline/define.js';
import '../src/article/define.js';
import type { NewsNotice } from '../src/notice/notice.js';
import type { NewsDateline } from '../src/dateline/dateline.js';
import { monthsSince, parseMinAge, shownAge } from '../src/notice/age.js';
import { parseIso } from '../src/text/date-pattern.js';

/** Stops the page's date (only the date: Lit and the fixtures keep their timers) at `iso`. */
const at = (iso: string) => sinon.useFakeTimers({ now: Date.parse(iso), toFake: ['Date'] });
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const said = (el: NewsNotice) => part(el, 'text')?.textContent ?? '';
const years = (locale: string, n: number) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(n);

/** An age notice takes no room and says nothing. */
function expectNothing(el: NewsNotice) {
  // (A boolean: chai's message for an element that should be null hangs the runner.)
  expect(!!part(el, 'notice'), 'no notice drawn').to.equal(false);
  expect(getComputedStyle(el).display).to.equal('none');
  expect(el.getBoundingClientRect().height).to.equal(0);
}

async function age(datetime: string, zone: string, minAge?: string): Promise<NewsNotice> {
  return fixture<NewsNotice>(
    html`<news-notice
      type="age"
      datetime=${datetime}
      time-zone=${zone}
      min-age=${minAge ?? 'P1Y'}
      locale="en-GB"
    ></news-notice>`,
  );
}

afterEach(() => sinon.restore());

describe('the age of a story', () => {
  // published, now, zone, whole months
  const cases: [string, string, string, number][] = [
    // A date is a day on the reader's calendar: one year old at their midnight.
    ['2012-12-14', '2013-12-13T14:59:59Z', 'Asia/Seoul', 11],
    ['2012-12-14', '2013-12-13T15:00:00Z', 'Asia/Seoul', 12],
    ['2012-12-14', '2013-12-14T04:59:59Z', 'America/New_York', 11],
    ['2012-12-14', '2013-12-14T05:00:00Z', 'America/New_York', 12],
    ['2012-12-14', '2013-12-13T18:29:59Z', 'Asia/Kolkata', 11],
    ['2012-12-14', '2013-12-13T18:30:00Z', 'Asia/Kolkata', 12],
    // A date-time is an instant: one year old at the same instant everywhere.
    ['2012-12-14T23:30:00+09:00', '2013-12-14T14:29:59Z', 'Asia/Seoul', 11],
    ['2012-12-14T23:30:00+09:00', '2013-12-14T14:29:59Z', 'America/New_York', 11],
    ['2012-12-14T23:30:00+09:00', '2013-12-14T14:30:00Z', 'Asia/Seoul', 12],
    ['2012-12-14T23:30:00+09:00', '2013-12-14T14:30:00Z', 'America/New_York', 12],
    // A day the month lacks is reached at the month's end.
    ['2013-01-31', '2013-02-28T23:59:59Z', 'UTC', 0],
    ['2013-01-31', '2013-03-01T00:00:00Z', 'UTC', 1],
    ['2012-02-29', '2013-02-28T23:59:59Z', 'UTC', 11],
    ['2012-02-29', '2013-03-01T00:00:00Z', 'UTC', 12],
    ['2012-12-14', '2026-12-04T12:00:00Z', 'Europe/London', 167],
    ['2013-01-01', '2012-12-31T00:00:00Z', 'UTC', -1],
  ];
  for (const [published, now, zone, months] of cases)
    it(`${published} is ${months} months old at ${now} in ${zone}`, () => {
      expect(monthsSince(parseIso(published)!, Date.parse(now), zone)).to.equal(months);
    });

  it('reads min-age as whole years and months, or none', () => {
    const values = ['P1Y', 'P6M', 'P2Y6M', 'p1y', 'P0M', 'none', '', '1y', 'P', 'P1.5Y', '12'];
    expect(values.map(parseMinAge)).to.deep.equal([12, 6, 30, 12, 1, Infinity, ...Array(5).fill(undefined)]);
  });

  it('counts years from a year on, months before, and nothing under the minimum', () => {
    expect([
      shownAge(11, 12),
      shownAge(12, 12),
      shownAge(167, 12),
      shownAge(7, 6),
      shownAge(0, 0),
    ]).to.deep.equal([
      undefined,
      { value: 1, unit: 'year' },
      { value: 13, unit: 'year' },
      { value: 7, unit: 'month' },
      undefined,
    ]);
  });
});

describe('news-notice type="age"', () => {
  it('tells a reader the 2012 story is more than 13 years old, as a note', async () => {
    at('2026-12-04T12:00:00Z');
    const el = await age('2012-12-14', 'Europe/London');
    expect(said(el)).to.equal('This article is more than 13 years old');
    expect(part(el, 'notice')!.getAttribute('role')).to.equal('note');
    expect(el.shadowRoot!.querySelector('[aria-live], [role="alert"], [role="status"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  const boundaries: [string, string, string, string][] = [
    ['Asia/Seoul', '2012-12-14', '2013-12-13T14:59:59Z', '2013-12-13T15:00:00Z'],
    ['America/New_York', '2012-12-14', '2013-12-14T04:59:59Z', '2013-12-14T05:00:00Z'],
    ['Asia/Seoul', '2012-12-14T23:30:00+09:00', '2013-12-14T14:29:59Z', '2013-12-14T14:30:00Z'],
    ['America/New_York', '2012-12-14T23:30:00+09:00', '2013-12-14T14:29:59Z', '2013-12-14T14:30:00Z'],
  ];
  for (const [zone, published, before, after] of boundaries)
    it(`in ${zone}, a story of ${published} shows nothing until ${after}, then its age`, async () => {
      const clock = at(before);
      const el = await age(published, zone);
      expectNothing(el);
      clock.setSystemTime(Date.parse(after));
      el.requestUpdate();
      await el.updateComplete;
      expect(said(el)).to.equal('This article is more than 1 year old');
      expect(getComputedStyle(el).display).to.equal('block');
    });

  it('waits for min-age: five years', async () => {
    const clock = at('2017-12-13T12:00:00Z');
    const el = await age('2012-12-14', 'UTC', 'P5Y');
    expectNothing(el);
    clock.setSystemTime(Date.parse('2017-12-14T00:00:00Z'));
    el.requestUpdate();
    await el.updateComplete;
    expect(said(el)).to.equal('This article is more than 5 years old');
  });

  it('counts months under a year, when min-age allows it', async () => {
    at('2013-07-20T12:00:00Z');
    const el = await age('2012-12-14', 'UTC', 'P6M');
    expect(said(el)).to.equal('This article is more than 7 months old');
  });

  it('is off with min-age="none", silently', async () => {
    const warn = sinon.stub(console, 'warn');
    at('2026-12-04T12:00:00Z');
    expectNothing(await age('2012-12-14', 'UTC', 'none'));
    expect(warn).not.to.have.been.called;
  });

  it('takes a year for a min-age it cannot read, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    at('2013-12-20T12:00:00Z');
    const el = await age('2012-12-14', 'UTC', 'one year');
    el.requestUpdate();
    await el.updateComplete;
    expect(said(el)).to.equal('This article is more than 1 year old');
    expect(warn).to.have.been.calledOnce;
    expect(warn.firstCall.args[0]).to.contain('min-age="one year"').and.contain('using P1Y');
  });

  /** The 2012 story in its article on 4 December 2026, an age notice without a date of its own above `story`. */
  async function storyOf2012(story = html``) {
    at('2026-12-04T12:00:00Z');
    const article = await fixture(html`
      <news-article>
        <h1 slot="headline">Seoul opens its first riverside cycle path</h1>
        <news-dateline slot="dateline" datetime="2012-12-14" locale="en-GB"></news-dateline>
        <news-notice type="age" locale="en-GB"></news-notice>
        ${story}
      </news-article>
    `);
    const el = article.querySelector('news-notice')!;
    await el.updateComplete;
    return { article, el };
  }

  it("counts from its article's dateline when it has no date of its own", async () => {
    const { el } = await storyOf2012();
    expect(said(el)).to.equal('This article is more than 13 years old');
  });

  it('is set apart from the story it stands above in its article', async () => {
    const { article, el } = await storyOf2012(html`<p>The 41 km path opened on Friday.</p>`);
    const gap = article.querySelector('p')!.getBoundingClientRect().top - el.getBoundingClientRect().bottom;
    // The paragraph's own 1em margin collapses into the notice's 1.5rem.
    expect(gap).to.be.closeTo(24, 1);
  });

  it('follows its article to another story, and reads a date given as a Date', async () => {
    at('2026-12-04T12:00:00Z');
    const article = await fixture(html`
      <news-article>
        <h1 slot="headline">Seoul opens its first riverside cycle path</h1>
        <news-dateline slot="dateline" .datetime=${new Date('2012-12-14T00:00:00Z')}></news-dateline>
        <news-notice type="age" locale="en-GB"></news-notice>
      </news-article>
    `);
    const el = article.querySelector('news-notice')!;
    await el.updateComplete;
    expect(said(el)).to.equal('This article is more than 13 years old');
    // A single-page app swaps today's story in: only the dateline's property changes.
    const dateline = article.querySelector<NewsDateline>('news-dateline')!;
    dateline.datetime = '2026-11-30';
    await dateline.updateComplete;
    await el.updateComplete;
    expectNothing(el);
    dateline.datetime = '2020-01-02';
    await dateline.updateComplete;
    await el.updateComplete;
    expect(said(el)).to.equal('This article is more than 6 years old');
  });

  it('says its sentence in English, marked so, in a language it does not ship (Polish)', async () => {
    at('2026-12-04T12:00:00Z');
    const el = await fixture<NewsNotice>(
      html`<news-notice type="age" datetime="2012-12-14" time-zone="UTC" locale="pl"></news-notice>`,
    );
    expect(said(el)).to.equal('This article is more than 13 years old');
    expect(part(el, 'text')!.getAttribute('lang')).to.equal('en');
  });

  it('shows nothing without any date, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsNotice>(html`<news-notice type="age"></news-notice>`);
    el.requestUpdate();
    await el.updateComplete;
    expectNothing(el);
    expect(warn).to.have.been.calledOnce;
    expect(warn.firstCall.args[0]).to.contain('<news-notice type="age"> has no publication date');
  });

  it('writes its own sentence: text written inside it is not shown twice', async () => {
    at('2026-12-04T12:00:00Z');
    const el = await fixture<NewsNotice>(
      html`<news-notice type="age" datetime="2012-12-14" locale="en-GB"
        ><p>This story is from 2012.</p></news-notice
      >`,
    );
    expect(said(el)).to.equal('This article is more than 13 years old');
    expect(el.querySelector('p')!.checkVisibility()).to.equal(false);
  });

  const languages: [string, (age: string) => string][] = [
    ['fr', (n) => `Cet article date de plus de ${n}`],
    ['ar', (n) => `نُشر هذا المقال قبل أكثر من ${n}`],
    ['ja', (n) => `この記事は${n}以上前のものです`],
  ];
  for (const [locale, sentence] of languages)
    it(`says it in ${locale}, the number and unit written by Intl`, async () => {
      at('2026-12-04T12:00:00Z');
      const el = await fixture<NewsNotice>(
        html`<news-notice type="age" datetime="2012-12-14" time-zone="UTC" locale=${locale}></news-notice>`,
      );
      expect(said(el)).to.equal(sentence(years(locale, 13)));
      expect(part(el, 'notice')!.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
});
