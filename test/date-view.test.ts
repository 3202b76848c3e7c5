import { fixture, fixtureCleanup, html, expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import '../src/dateline/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsDateline } from '../src/dateline/dateline.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import { HOUR, MINUTE, NOW, stopClock } from './support/dateline.js';

// The date a teaser shows is drawn by the same view as <news-dateline>, inside the teaser's own
// shadow root. And the dateline's `time-zone-label` names the zone the way the house does.

const teaserTime = (el: NewsTeaser) => el.shadowRoot!.querySelector<HTMLElement>('[part=dateline] time');
const datelineTime = (el: NewsDateline) => el.shadowRoot!.querySelector<HTMLElement>('time[part=time]')!;

/** Every shadow root at or under `el`. */
const shadowRoots = (el: Element): ShadowRoot[] =>
  el.shadowRoot ? [el.shadowRoot, ...[...el.shadowRoot.querySelectorAll('*')].flatMap(shadowRoots)] : [];

describe('a teaser’s date', () => {
  let warn: sinon.SinonStub | undefined;
  afterEach(() => {
    warn?.restore();
    warn = undefined;
  });

  // [datetime, format, pattern, locale]: what the teaser hands on, as it once did to a nested dateline.
  const cases: [string, string, string, string][] = [
    ['2012-12-14', '', '', 'en-GB'],
    ['2012-12-14', 'full', '', 'ko'],
    ['2012-12-14', '', '{weekday} {dayOrdinal} {month}, {year}', 'en-GB'],
    ['2024-05-12T09:30:00Z', 'medium', '', 'de'],
    ['2024-05-12T09:30:00+09:00', 'short', '', 'ar'],
  ];
  for (const [datetime, format, pattern, locale] of cases)
    it(`prints ${datetime} ${format || pattern || 'long'} in ${locale} as <news-dateline> does, in one shadow root`, async () => {
      const teaser = await fixture<NewsTeaser>(
        html`<news-teaser
          headline="Ferry timetable"
          datetime=${datetime}
          format=${format}
          pattern=${pattern}
          locale=${locale}
        ></news-teaser>`,
      );
      const dateline = await fixture<NewsDateline>(
        html`<news-dateline
          datetime=${datetime}
          format=${format || 'long'}
          pattern=${pattern}
          locale=${locale}
        ></news-dateline>`,
      );
      expect(shadowRoots(teaser)).to.have.length(1);
      const time = teaserTime(teaser)!;
      expect(time.textContent).to.equal(datelineTime(dateline).textContent);
      expect(time.getAttribute('datetime')).to.equal(datelineTime(dateline).getAttribute('datetime'));
      // Written in the date's language and direction, as the dateline writes it.
      const span = time.closest('[lang]')!;
      expect(span.getAttribute('lang')).to.equal(locale);
      expect(span.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
    });

  it('renders a list of 50 stories from items with no nested element', async () => {
    const items = Array.from({ length: 50 }, (_, i) => ({
      headline: `Story ${i + 1}`,
      href: `/story-${i + 1}`,
      datetime: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const list = await fixture<NewsTeaserList>(
      html`<news-teaser-list locale="en-GB" .items=${items}></news-teaser-list>`,
    );
    const teasers = [...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')];
    await Promise.all(teasers.map((t) => t.updateComplete));
    expect(teasers).to.have.length(50);
    expect(list.shadowRoot!.querySelector('news-dateline')).to.equal(null);
    for (const teaser of teasers) expect(shadowRoots(teaser)).to.have.length(1);
    expect(teaserTime(teasers[0]!)!.textContent).to.equal('1 March 2024');
    expect(teaserTime(teasers[29]!)!.getAttribute('datetime')).to.equal('2024-03-02');
  });

  it('warns once about a date that is not one, and shows no date', async () => {
    warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Ferry timetable" datetime="last Tuesday"></news-teaser>`,
    );
    el.headline = 'Ferry timetable changes';
    await el.updateComplete;
    expect(warn).to.have.been.calledOnce;
    expect(String(warn.firstCall.args[0])).to.contain('<news-teaser datetime="last Tuesday">');
    expect(el.shadowRoot!.querySelector('time')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.match(/Invalid Date|NaN|undefined/);
  });

  describe('relative', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = stopClock();
    });
    afterEach(() => {
      // Removed while the fake clock still holds their timer.
      fixtureCleanup();
      clock.restore();
    });

    it('keeps itself current on the shared clock, with the full date in the title', async () => {
      const el = await fixture<NewsTeaser>(
        html`<news-teaser
          headline="Ferry timetable"
          datetime=${new Date(NOW - 2 * HOUR - 30_000).toISOString()}
          format="relative"
          locale="en-GB"
        ></news-teaser>`,
      );
      expect(teaserTime(el)!.textContent).to.equal('2 hours ago');
      expect(teaserTime(el)!.title).to.contain('15 December 2012');
      expect(clock.countTimers()).to.equal(1);
      clock.next();
      expect(Date.now() - NOW).to.equal(59.5 * MINUTE);
      await el.updateComplete;
      expect(teaserTime(el)!.textContent).to.equal('3 hours ago');
      // Removed, it leaves no timer behind.
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });
  });
});

describe('<news-dateline time-zone-label>', () => {
  const at = '2026-03-12T18:45:00+09:00';
  // [label, locale, pattern text expected]
  const cases: [string, string, string][] = [
    ['', 'en-GB', '12 March 2026, 18:45 GMT+9'],
    ['KST', 'en-GB', '12 March 2026, 18:45 KST'],
    ['Seoul time', 'en-GB', '12 March 2026, 18:45 Seoul time'],
    ['longGeneric', 'en-GB', '12 March 2026, 18:45 Korean Standard Time'],
    ['shortGeneric', 'ko', '12 3월 2026, 6:45 대한민국 시간'],
  ];
  for (const [label, locale, expected] of cases)
    it(`names the zone ${JSON.stringify(label || 'as Intl does')} in ${locale}`, async () => {
      const el = await fixture<NewsDateline>(
        html`<news-dateline
          datetime=${at}
          time-zone="Asia/Seoul"
          time-zone-label=${label}
          locale=${locale}
          pattern="{day} {month} {year}, {hour}:{minute} {timeZoneName}"
        ></news-dateline>`,
      );
      expect(datelineTime(el).textContent).to.equal(expected);
      expect(datelineTime(el).getAttribute('datetime')).to.equal('2026-03-12T09:45:00Z');
    });

  it('names the zone in the title of relative text', async () => {
    const clock = stopClock();
    try {
      const el = await fixture<NewsDateline>(
        html`<news-dateline
          datetime=${new Date(NOW - 3 * MINUTE).toISOString()}
          format="relative"
          time-zone="Asia/Seoul"
          time-zone-label="KST"
          locale="en-GB"
        ></news-dateline>`,
      );
      expect(datelineTime(el).textContent).to.equal('3 minutes ago');
      expect(datelineTime(el).title).to.contain('20:57 KST').and.not.contain('GMT');
    } finally {
      fixtureCleanup();
      clock.restore();
    }
  });

  it("never gives a house name to the reader's own zone: without time-zone, Intl's name and one warning", async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<NewsDateline>(
        html`<news-dateline
          datetime=${at}
          time-zone-label="KST"
          locale="en-GB"
          pattern="{hour}:{minute} {timeZoneName}"
        ></news-dateline>`,
      );
      const shown = datelineTime(el).textContent!;
      expect(shown).not.to.contain('KST');
      const zone = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' })
        .formatToParts(Date.parse(at))
        .find((part) => part.type === 'timeZoneName')!.value;
      expect(shown).to.match(new RegExp(`^\\d\\d:\\d\\d ${zone.replace('+', '\\+')}$`));
      expect(warn).to.have.been.calledOnceWith(
        `news-elements: <news-dateline time-zone-label="KST"> needs a time-zone; the reader's keeps Intl's name.`,
      );
    } finally {
      warn.restore();
    }
  });

  it('leaves a date without a time alone', async () => {
    const el = await fixture<NewsDateline>(
      html`<news-dateline datetime="2026-03-12" time-zone-label="KST" locale="en-GB"></news-dateline>`,
    );
    expect(datelineTime(el).textContent).to.equal('12 March 2026');
  });
});
