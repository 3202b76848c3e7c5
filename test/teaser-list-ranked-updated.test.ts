/**
 * The "Updated" line under a list's heading (a ranked list's "most read, updated 14:05"): the time
 * today, else the date written as the list's teasers write theirs, with the time, in every language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import { loadTranslations, shipped } from '../src/internal/translate.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { hydrateFrame, serverRenderedFrame, type Frame } from './support/server-rendered.js';

const stories: TeaserItem[] = [
  'Storm closes the harbour',
  'Night buses run until 2am',
  'Library reopens',
].map((headline, i) => ({ headline, href: `/story-${i}` }));

/** A ranked list updated `at`, its one story published then. */
const updatedList = (at: string, locale = '', format = '') =>
  html`<news-teaser-list
    heading="Most read"
    layout="ranked"
    locale=${locale}
    format=${format}
    updated=${at}
    .items=${[{ headline: 'Night buses run until 2am', href: '/buses', datetime: at }]}
  ></news-teaser-list>`;

/** The list's "Updated" date and its story's date, once both are drawn. */
async function dates(el: NewsTeaserList) {
  await el.updateComplete;
  const teaser = el.shadowRoot!.querySelector<NewsTeaser>('news-teaser')!;
  await teaser.updateComplete;
  return {
    line: el.shadowRoot!.querySelector('[part="updated"] time')!.textContent!.trim(),
    teaser: teaser.shadowRoot!.querySelector('time[part="time"]')!.textContent!.trim(),
  };
}

afterEach(() => sinon.restore());

describe('news-teaser-list updated', () => {
  it('says when it was updated: the time today, with the date before', async () => {
    const now = new Date(2024, 4, 12, 12, 0);
    sinon.useFakeTimers({ now, toFake: ['Date'] });
    const today = new Date(2024, 4, 12, 11, 35);
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list
        heading="Most read"
        layout="ranked"
        updated=${today.toISOString()}
        .items=${stories}
      ></news-teaser-list>`,
    );
    const line = () => el.shadowRoot!.querySelector('[part="updated"]')!;
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(today);
    expect(line().textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Updated ${time}`);
    expect(line().querySelector('time')!.getAttribute('datetime')).to.equal(today.toISOString());

    const before = new Date(2024, 4, 10, 9, 5);
    el.lastUpdated = before.toISOString();
    await el.updateComplete;
    // As the teasers write dates (`long`), with the time.
    const dated = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(before);
    expect(line().textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Updated ${dated}`);
    expect(dated).to.contain('May 10, 2024');
  });

  it('shows a date written alone as that day, with no time, and warns once about a day that does not exist', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list
        heading="Most read"
        layout="ranked"
        updated="2024-05-01"
        .items=${stories}
      ></news-teaser-list>`,
    );
    const line = () => el.shadowRoot!.querySelector('[part="updated"]');
    expect(line()!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Updated May 1, 2024');
    expect(line()!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-05-01');
    el.lastUpdated = '2024-02-30';
    await el.updateComplete;
    expect(line()).to.equal(null);
    expect(warn.args.map((args) => String(args[0]))).to.deep.equal([
      'news-elements: <news-teaser-list updated="2024-02-30"> is not an ISO 8601 date; no "Updated" line is shown.',
    ]);
  });

  it('warns once about an `updated` that is not a date, and shows no line', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list layout="ranked" updated="yesterday" .items=${stories}></news-teaser-list>`,
    );
    el.heading = 'Most read';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="updated"]')).to.equal(null);
    expect(warn.args.map((args) => String(args[0]))).to.deep.equal([
      'news-elements: <news-teaser-list updated="yesterday"> is not an ISO 8601 date; no "Updated" line is shown.',
    ]);
  });

  it('writes the date as the teasers below it do, in every shipped language', async () => {
    // (A language Intl has no dates for, Pashto in Chromium, is the page's in both.)
    const languages = ['en', ...Object.keys(shipped)].filter(
      (language) => Intl.DateTimeFormat.supportedLocalesOf(language).length,
    );
    const at = '2024-05-10T09:05:00Z';
    // Every table first: twenty at once can take WebKit past the lists' 2 s wait for their words.
    await Promise.all(languages.map(loadTranslations));
    const page = await fixture(html`<div>${languages.map((locale) => updatedList(at, locale))}</div>`);
    const lists = [...page.querySelectorAll<NewsTeaserList>('news-teaser-list')];
    for (const [i, { line, teaser }] of (await Promise.all(lists.map(dates))).entries()) {
      expect(line, `${languages[i]}: the teaser's "${teaser}"`).to.contain(teaser);
      expect(line.length, `${languages[i]}: with the time`).to.be.above(teaser.length);
    }
  });

  it('writes an Arabic list’s date with the month’s name, as its stories, and the time alone today', async () => {
    sinon.useFakeTimers({ now: new Date(2024, 11, 6, 12, 0), toFake: ['Date'] });
    const el = await fixture<NewsTeaserList>(updatedList(new Date(2024, 11, 1, 9, 5).toISOString(), 'ar-EG'));
    const before = await dates(el);
    expect(before.teaser).to.contain('ديسمبر');
    expect(before.line).to.contain(before.teaser);
    expect(before.line).not.to.contain('/');
    const today = new Date(2024, 11, 6, 9, 5);
    el.lastUpdated = today.toISOString();
    const { line } = await dates(el);
    expect(line).to.equal(new Intl.DateTimeFormat('ar-EG', { timeStyle: 'short' }).format(today));
  });

  it('follows the list’s `format`, as its teasers do', async () => {
    const el = await fixture<NewsTeaserList>(updatedList('2024-05-10T09:05:00Z', 'en', 'full'));
    const { line, teaser } = await dates(el);
    expect(teaser).to.match(/day, May 1[01], 2024$/);
    expect(line).to.contain(teaser);
  });
});

describe('news-teaser-list updated, written with the list’s date settings', () => {
  const at = '2024-05-10T09:05:00Z';
  const fiveMinutesLater = Date.parse(at) + 5 * 60_000;

  /** A ranked list updated `at`, with one written story published then, and its date settings. */
  async function written(settings: { format?: string; pattern?: string }) {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list
        heading="Most read"
        layout="ranked"
        locale="en-GB"
        updated=${at}
        format=${settings.format ?? nothing}
        pattern=${settings.pattern ?? nothing}
      >
        <news-teaser headline="Night buses run until 2am" href="/buses" datetime=${at}></news-teaser>
      </news-teaser-list>`,
    );
    const teaser = el.querySelector<NewsTeaser>('news-teaser')!;
    await teaser.updateComplete;
    await el.updateComplete;
    const seen = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
    return {
      el,
      line: () => seen(el.shadowRoot!.querySelector('[part="updated"]')!),
      teaser: seen(teaser.shadowRoot!.querySelector('time[part="time"]')!),
    };
  }

  const cases: [string, { format?: string; pattern?: string }, (teaser: string) => string][] = [
    ['its house `pattern`, as its teasers', { pattern: '{day} {month} {year}, {hour}:{minute}' }, (t) => t],
    ['how long ago with format="relative"', { format: 'relative' }, () => '5 minutes ago'],
    [
      'the time alone today without either',
      {},
      () => new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(Date.parse(at)),
    ],
  ];
  for (const [name, settings, expected] of cases)
    it(`says when it was updated in ${name}`, async () => {
      sinon.useFakeTimers({ now: fiveMinutesLater, toFake: ['Date'] });
      const { line, teaser } = await written(settings);
      expect(line()).to.equal(`Updated ${expected(teaser)}`);
      if (settings.pattern) expect(teaser).to.match(/^10 May 2024, \d\d:05$/);
    });

  it('keeps "Updated 5 minutes ago" current, as the teasers’ relative dates', async () => {
    const clock = sinon.useFakeTimers({ now: fiveMinutesLater, toFake: ['Date'] });
    const { el, line } = await written({ format: 'relative' });
    expect(line()).to.equal('Updated 5 minutes ago');
    const time = el.shadowRoot!.querySelector('[part="updated"] time')!;
    expect(time.getAttribute('datetime')).to.equal(at);
    expect(time.getAttribute('title')).to.contain('10 May 2024');
    // Two hours on, while the page slept (the shared clock catches up when it is shown again).
    clock.setSystemTime(fiveMinutesLater + 2 * 3_600_000);
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(line()).to.equal('Updated 2 hours ago');
  });
});

describe('news-teaser-list updated, drawn by a server', () => {
  let page: Frame | undefined;
  afterEach(() => {
    page?.remove();
    page = undefined;
  });

  it('hydrates "Updated" as the server wrote it, then says how long ago with format="relative"', async () => {
    const at = new Date(Date.now() - 5 * 60_000).toISOString();
    page = await serverRenderedFrame(
      `<news-teaser-list heading="Most read" layout="ranked" locale="en-GB" format="relative" updated="${at}"></news-teaser-list>`,
    );
    const doc = page.contentDocument!;
    const list = doc.querySelector('news-teaser-list') as NewsTeaserList;
    const line = () =>
      list.shadowRoot!.querySelector('[part="updated"]')!.textContent!.replace(/\s+/g, ' ').trim();
    // The server does not know the reader's clock: the date and the time in UTC ("7 December 2026
    // at 14:05"), which the first render keeps.
    expect(line()).to.match(/^Updated .+ \d{2}:\d{2}$/);
    expect(await hydrateFrame(doc, [list])).to.deep.equal([]);
    expect(line()).to.match(/^Updated [45] minutes ago$/);
  });
});
