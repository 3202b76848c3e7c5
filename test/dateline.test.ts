// <news-dateline>: what it prints, its update, bad input and the text written inside it.
// Calendars and languages: dateline-calendars; relative time: dateline-relative.
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/dateline/define.js';
import { NewsDateline } from '../src/dateline/dateline.js';
import {
  $,
  HOUSE,
  LEAKS,
  expectWarnings,
  flatText,
  heard,
  page,
  published,
  restoreWarnings,
  seen,
  updatedTime,
  wrapper,
} from './support/dateline.js';

afterEach(restoreWarnings);

describe('news-dateline', () => {
  describe('what it prints', () => {
    it('prints the house pattern exactly, inside a real <time>', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" pattern=${HOUSE} locale="en-GB">14 December 2012</news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('Friday 14th December, 2012');
      expect(published(el)!.getAttribute('datetime')).to.equal('2012-12-14');
      expect(seen(el)).to.equal('Friday 14th December, 2012');
      await expect(el).to.be.accessible();
    });

    it('takes a Date or a timestamp as a framework passes one, and warns of one that is no date', async () => {
      const moment = Date.UTC(2012, 11, 14, 9, 30);
      for (const datetime of [new Date(moment), moment]) {
        const el = await fixture<NewsDateline>(
          html`<news-dateline
            .datetime=${datetime as unknown as string}
            time-zone="UTC"
            locale="en-GB"
          ></news-dateline>`,
        );
        expect(published(el)!.getAttribute('datetime')).to.equal('2012-12-14T09:30:00Z');
        expect(seen(el)).to.contain('14 December 2012');
      }
      const warn = expectWarnings();
      const el = await fixture<NewsDateline>(
        html`<news-dateline .datetime=${new Date(NaN) as unknown as string} locale="en-GB"></news-dateline>`,
      );
      expect(seen(el)).not.to.match(/Invalid|NaN|undefined/);
      expect(warn.args.map(([message]) => String(message))).to.have.length(1);
      expect(String(warn.firstCall.args[0])).to.contain('is not an ISO 8601 date');
    });

    it('prints each format in the locale date style, long by default', async () => {
      const day = Date.UTC(2012, 11, 14);
      for (const format of ['full', 'long', 'medium', 'short'] as const) {
        const el = await fixture<NewsDateline>(html`
          <news-dateline datetime="2012-12-14" format=${format} locale="en-GB"></news-dateline>
        `);
        const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: format, timeZone: 'UTC' }).format(day);
        expect(published(el)!.textContent, format).to.equal(expected);
        await expect(el).to.be.accessible();
      }
      const byDefault = await fixture<NewsDateline>(
        html`<news-dateline datetime="2012-12-14" locale="en-GB"></news-dateline>`,
      );
      expect(published(byDefault)!.textContent).to.equal('14 December 2012');
    });

    it('writes Korean, Japanese, German, French, Spanish, Hebrew and Arabic dates', async () => {
      const cases: [string, string, string][] = [
        ['ko', 'full', '2012년 12월 14일 금요일'],
        ['ja', 'long', '2012年12月14日'],
        ['de', 'long', '14. Dezember 2012'],
        ['fr', 'long', '14 décembre 2012'],
        ['es', 'long', '14 de diciembre de 2012'],
        ['he', 'long', '14 בדצמבר 2012'],
      ];
      for (const [locale, format, expected] of cases) {
        const el = await fixture<NewsDateline>(html`
          <news-dateline datetime="2012-12-14" format=${format} locale=${locale}></news-dateline>
        `);
        expect(published(el)!.textContent, locale).to.equal(expected);
        expect(wrapper(el).lang, locale).to.equal(locale);
      }
      const arabic = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" format="full" locale="ar-EG"></news-dateline>
      `);
      expect(published(arabic)!.textContent).to.contain('الجمعة').and.contain('١٤').and.contain('٢٠١٢');
    });

    it('honours Unicode extensions while <time datetime> stays ISO with Latin digits', async () => {
      for (const [locale, digits] of [
        ['ko-u-nu-hanidec', '一四'],
        ['ar-EG', '١٤'],
        ['fa-u-ca-persian', '۲۴'],
      ]) {
        const el = await fixture<NewsDateline>(html`
          <news-dateline datetime="2012-12-14T10:00:00Z" locale=${locale!} time-zone="UTC"></news-dateline>
        `);
        expect(published(el)!.textContent, locale).to.contain(digits);
        expect(published(el)!.getAttribute('datetime'), locale).to.equal('2012-12-14T10:00:00Z');
      }
    });

    it('speaks the language of the nearest lang, across shadow roots, then of the document', async () => {
      const nested = await page(html`
        <div lang="de">
          <p><news-dateline datetime="2012-12-14"></news-dateline></p>
        </div>
      `);
      expect(published(nested.querySelector('news-dateline')!)!.textContent).to.equal('14. Dezember 2012');

      const host = await page(html`<div lang="fr"></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const inShadow = document.createElement('news-dateline');
      inShadow.datetime = '2012-12-14';
      shadow.append(inShadow);
      await inShadow.updateComplete;
      expect(published(inShadow)!.textContent).to.equal('14 décembre 2012');

      const previous = document.documentElement.getAttribute('lang');
      document.documentElement.lang = 'es';
      try {
        const el = await fixture<NewsDateline>(html`<news-dateline datetime="2012-12-14"></news-dateline>`);
        expect(published(el)!.textContent).to.equal('14 de diciembre de 2012');
        const own = await fixture<NewsDateline>(
          html`<news-dateline datetime="2012-12-14" locale="en-GB"></news-dateline>`,
        );
        expect(published(own)!.textContent).to.equal('14 December 2012');
      } finally {
        if (previous === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.lang = previous;
      }
    });

    it('lays out right to left in Arabic, even on a left-to-right page', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" format="full" locale="ar" place="القاهرة"></news-dateline>
      `);
      expect(wrapper(el).dir).to.equal('rtl');
      expect(getComputedStyle(wrapper(el)).direction).to.equal('rtl');
      const place = $(el, '[part="place"]')!.getBoundingClientRect();
      const date = published(el)!.getBoundingClientRect();
      expect(place.left, 'the place comes first, on the right').to.be.greaterThan(date.right - 1);
      await expect(el).to.be.accessible();
    });

    it('shows the date in the given zone: 23:30 UTC is the 15th in Seoul, the 14th in Los Angeles', async () => {
      const seoul = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14T23:30:00Z"
          time-zone="Asia/Seoul"
          locale="en-GB"
          pattern="${HOUSE} {hour}:{minute}"
        ></news-dateline>
      `);
      const la = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14T23:30:00Z"
          time-zone="America/Los_Angeles"
          locale="en-GB"
          pattern="${HOUSE} {hour}:{minute}"
        ></news-dateline>
      `);
      expect(published(seoul)!.textContent).to.equal('Saturday 15th December, 2012 08:30');
      expect(published(la)!.textContent).to.equal('Friday 14th December, 2012 15:30');
      // Machines read the same instant from both.
      expect(published(seoul)!.getAttribute('datetime')).to.equal('2012-12-14T23:30:00Z');
      expect(published(la)!.getAttribute('datetime')).to.equal('2012-12-14T23:30:00Z');
    });

    it('never moves a calendar date to another day, whatever the zone', async () => {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Seoul', 'America/Los_Angeles']) {
        const el = await fixture<NewsDateline>(html`
          <news-dateline datetime="2012-12-14" time-zone=${zone} locale="en-GB" format="full"></news-dateline>
        `);
        expect(published(el)!.textContent, zone).to.contain('14 December 2012');
      }
    });

    it('reads a date-time without offset as the wall clock of its zone', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14T10:00"
          time-zone="Asia/Seoul"
          locale="en-GB"
          pattern="{hour}:{minute}"
        ></news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('10:00');
      expect(published(el)!.getAttribute('datetime')).to.equal('2012-12-14T01:00:00Z');
    });

    it('keeps a right-to-left place apart from a left-to-right date', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" locale="en-GB" place="ירושלים"></news-dateline>
      `);
      const place = $(el, '[part="place"]')!.getBoundingClientRect();
      const date = published(el)!.getBoundingClientRect();
      // Not "14 — ירושלים December 2012": the day stays with its month, after the place.
      expect(date.left, 'the date follows the place, on its right').to.be.greaterThan(place.right - 1);
      expect(seen(el)).to.equal('ירושלים — 14 December 2012');
      expect(heard(el)).to.equal('ירושלים 14 December 2012');
      await expect(el).to.be.accessible();
    });

    it('keeps one space where a token prints nothing between two that do', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14T23:30:00Z"
          time-zone="Asia/Seoul"
          locale="en-GB"
          pattern="${HOUSE} {hour}:{minute} {dayPeriod} {timeZoneName}"
        ></news-dateline>
      `);
      // en-GB counts 24 hours: no day period, and not "08:30GMT+9".
      expect(published(el)!.textContent).to.equal('Saturday 15th December, 2012 08:30 GMT+9');
    });

    it('leads with the place, styled as a classic dateline', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" locale="en-GB" place="Seoul"></news-dateline>
      `);
      const place = $(el, '[part="place"]')!;
      expect(place.querySelector<HTMLElement>('[aria-hidden="true"]')!.innerText).to.equal('SEOUL');
      expect(getComputedStyle(place).fontWeight).to.equal('700');
      expect(seen(el)).to.equal('Seoul — 14 December 2012');
      // The dash is typography: screen readers hear the place, then the date.
      expect(heard(el)).to.equal('Seoul 14 December 2012');
      await expect(el).to.be.accessible();
    });
  });

  describe('updated', () => {
    it('adds "Updated" and a second <time> in the same format', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14T09:00:00+09:00"
          updated="2012-12-15T18:45:00+09:00"
          time-zone="Asia/Seoul"
          locale="en-GB"
          pattern="${HOUSE} {hour}:{minute}"
        ></news-dateline>
      `);
      expect(updatedTime(el)!.getAttribute('datetime')).to.equal('2012-12-15T09:45:00Z');
      expect(heard(el)).to.equal(
        'Friday 14th December, 2012 09:00 Updated Saturday 15th December, 2012 18:45',
      );
      await expect(el).to.be.accessible();
    });

    // [locale, pattern, published, updated, the update as shown], in Seoul: 08:00 there is the
    // previous day in UTC, so only the dateline's own zone can tell the two are one day.
    const sameDay: [string, string, string, string, string][] = [
      ['en-GB', '', '2012-12-15T08:00+09:00', '2012-12-15T18:45+09:00', '18:45'],
      ['de', '', '2012-12-15T08:00+09:00', '2012-12-15T18:45+09:00', '18:45'],
      ['ja', '', '2012-12-15T08:00+09:00', '2012-12-15T18:45+09:00', '18:45'],
      ['en-GB', `${HOUSE} {hour}:{minute}`, '2012-12-15T08:00+09:00', '2012-12-15T18:45+09:00', '18:45'],
      ['en-GB', '', '2012-12-15', '2012-12-15T18:45+09:00', '18:45'],
      // The same UTC day, but the next day in Seoul: the whole date again.
      ['en-GB', '', '2012-12-15T01:00Z', '2012-12-15T20:00Z', '16 December 2012'],
      ['de', '', '2012-12-15T01:00Z', '2012-12-15T20:00Z', '16. Dezember 2012'],
      // A date-only update has no time to show.
      ['en-GB', '', '2012-12-15T08:00+09:00', '2012-12-15', '15 December 2012'],
    ];
    it('never ends a line with "Updated": at any width the label keeps to the time after it', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          place="Seoul"
          datetime="2012-12-15T08:00+09:00"
          updated="2012-12-15T18:45+09:00"
          time-zone="Asia/Seoul"
          locale="en-GB"
        ></news-dateline>
      `);
      const label = el.shadowRoot!.querySelector('[part=updated-label]')!;
      const lines: number[] = [];
      for (let width = 8; width <= 40; width++) {
        el.style.inlineSize = `${width}ch`;
        const [labelTop, timeTop] = [label, updatedTime(el)!].map((node) => node.getBoundingClientRect().top);
        lines.push(Math.round(timeTop! - labelTop!));
      }
      expect(lines.filter(Boolean)).to.deep.equal([]);
    });

    for (const [locale, pattern, datetime, updated, shown] of sameDay)
      it(`shows an update of ${updated} after ${datetime} (${locale} ${pattern}) as "${shown}"`, async () => {
        const el = await fixture<NewsDateline>(html`
          <news-dateline
            datetime=${datetime}
            updated=${updated}
            time-zone="Asia/Seoul"
            locale=${locale}
            pattern=${pattern || nothing}
          ></news-dateline>
        `);
        expect(updatedTime(el)!.textContent).to.equal(shown);
        expect(updatedTime(el)!.getAttribute('datetime')).to.equal(
          updated.length > 10 ? new Date(updated).toISOString().replace('.000Z', 'Z') : updated,
        );
      });

    it('localises the label', async () => {
      const labels: Record<string, string> = {
        en: 'Updated',
        ko: '수정',
        ja: '更新',
        de: 'Aktualisiert',
        fr: 'Mis à jour',
        es: 'Actualizado',
        ar: 'آخر تحديث',
      };
      for (const [locale, label] of Object.entries(labels)) {
        const el = await fixture<NewsDateline>(html`
          <news-dateline datetime="2012-12-14" updated="2012-12-15" locale=${locale}></news-dateline>
        `);
        const shown = flatText($(el, '[part="updated-label"]')!).trim();
        expect(shown, locale).to.equal(label);
        expect(flatText($(el, '[part="updated"]')!).replace(/\s+/g, ' ').trim(), locale).to.equal(
          `${label} ${updatedTime(el)!.textContent}`,
        );
      }
    });

    it('takes another label from the attribute or the slot', async () => {
      const byAttribute = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14"
          updated="2012-12-15"
          locale="en-GB"
          updated-label="Corrected"
        ></news-dateline>
      `);
      expect(heard(byAttribute)).to.equal('14 December 2012 Corrected 15 December 2012');

      const bySlot = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" updated="2012-12-15" locale="en-GB">
          <span slot="updated-label"><em>Last edited</em></span>
        </news-dateline>
      `);
      expect(heard(bySlot)).to.equal('14 December 2012 Last edited 15 December 2012');
      await expect(bySlot).to.be.accessible();
    });

    it('leaves out an updated value that is not a date, with one warning naming it', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" updated="soon" locale="en-GB"></news-dateline>
      `);
      expect(updatedTime(el)).to.equal(null);
      expect(seen(el)).to.equal('14 December 2012');
      expect(warnings).calledOnce;
      expect(String(warnings.firstCall.args[0])).to.contain('updated="soon"');
    });
  });

  describe('bad input', () => {
    for (const value of ['yesterday', '2012-13-45', '', '   ', '14/12/2012']) {
      it(`datetime=${JSON.stringify(value)} shows the text written inside, with one warning`, async () => {
        const warnings = expectWarnings();
        const el = await fixture<NewsDateline>(html`
          <news-dateline datetime=${value} locale="en-GB" place="Seoul"
            >Friday, 14 December 2012</news-dateline
          >
        `);
        expect(published(el)).to.equal(null);
        expect(seen(el)).to.equal('Seoul — Friday, 14 December 2012');
        expect(seen(el)).not.to.match(LEAKS);
        // Re-rendering does not repeat it.
        el.format = 'full';
        await el.updateComplete;
        expect(warnings).calledOnce;
        expect(String(warnings.firstCall.args[0])).to.contain(`datetime="${value.trim()}"`);
        await expect(el).to.be.accessible();
      });
    }

    it('shows a date-time without an offset on the reader’s clock, with one warning; a time-zone settles it', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14T10:00" locale="en-GB" pattern="{hour}:{minute}"></news-dateline>
      `);
      expect(published(el)!.textContent, 'the wall-clock time as written').to.equal('10:00');
      el.format = 'full';
      await el.updateComplete;
      expect(warnings.callCount).to.equal(1);
      expect(String(warnings.firstCall.args[0])).to.equal(
        'news-elements: <news-dateline datetime="2012-12-14T10:00"> has no UTC offset: add one (+01:00) or a time-zone.',
      );
      el.timeZone = 'Asia/Seoul';
      await el.updateComplete;
      el.timeZone = '';
      el.datetime = '2012-12-14T10:00+09:00';
      await el.updateComplete;
      expect(warnings.callCount, 'no second warning for a zone or an offset').to.equal(1);
    });

    it('warns about a missing datetime and shows the fallback text', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(html`<news-dateline>14 December 2012</news-dateline>`);
      const slot = $<HTMLSlotElement>(el, 'slot:not([name])')!;
      expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['14 December 2012']);
      expect(warnings).calledOnce;
      expect(String(warnings.firstCall.args[0])).to.contain('datetime');
    });

    // The fallback is the whole line the page wrote, as before the script (README: "… · Updated
    // 14:05"): the update is not printed a second time after it.
    it('shows the fallback line as written, without adding the update to it', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(
        html`<news-dateline datetime="soon" updated="2012-12-14T18:45:00Z" locale="en-GB"
          >14 December 2012 · Updated 18:45</news-dateline
        >`,
      );
      expect(seen(el)).to.equal('14 December 2012 · Updated 18:45');
      expect(warnings).calledOnce;
    });

    it('renders a corrected date, and warns again if it breaks again', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(
        html`<news-dateline datetime="soon" locale="en-GB">Fallback</news-dateline>`,
      );
      el.datetime = '2012-12-14';
      await el.updateComplete;
      expect(seen(el)).to.equal('14 December 2012');
      el.datetime = 'later';
      await el.updateComplete;
      expect(seen(el)).to.equal('Fallback');
      expect(warnings).calledTwice;
    });

    it('falls back to the page language for an unknown locale, naming the attribute', async () => {
      const warnings = expectWarnings();
      const root = await page(html`
        <div lang="de"><news-dateline datetime="2012-12-14" locale="xx-not a locale"></news-dateline></div>
      `);
      const el = root.querySelector('news-dateline')!;
      expect(published(el)!.textContent).to.equal('14. Dezember 2012');
      const unsupported = await fixture<NewsDateline>(
        html`<news-dateline datetime="2012-12-14" locale="tlh"></news-dateline>`,
      );
      expect(published(unsupported)!.textContent).not.to.match(LEAKS);
      expect(warnings).calledTwice;
      expect(String(warnings.firstCall.args[0])).to.contain('locale="xx-not a locale"');
      expect(String(warnings.secondCall.args[0])).to.contain('locale="tlh"');
    });

    it("falls back to the reader's zone for an unknown time zone, naming the attribute", async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14T12:00:00Z"
          time-zone="Mars/Olympus_Mons"
          locale="en-GB"
        ></news-dateline>
      `);
      const reader = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(
        Date.UTC(2012, 11, 14, 12),
      );
      expect(published(el)!.textContent).to.equal(reader);
      expect(warnings).calledOnce;
      expect(String(warnings.firstCall.args[0])).to.contain('time-zone="Mars/Olympus_Mons"');
    });

    it('keeps an unknown pattern token as written, naming the attribute', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" locale="en-GB" pattern="{weekday} {fortnight}"></news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('Friday {fortnight}');
      expect(warnings).calledOnce;
      expect(String(warnings.firstCall.args[0])).to.contain('pattern=').and.contain('{fortnight}');
    });

    it('uses long for an unknown format, naming the attribute', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" locale="en-GB" format="tabloid"></news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('14 December 2012');
      expect(warnings).calledOnce;
      expect(String(warnings.firstCall.args[0])).to.contain('format="tabloid"');
    });

    it('survives wrong types set from script without printing them', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(
        html`<news-dateline locale="en-GB">Friday, 14 December 2012</news-dateline>`,
      );
      const loose = el as unknown as Record<string, unknown>;
      loose['datetime'] = { toString: () => '2012-12-14' };
      loose['place'] = { city: 'Seoul' };
      loose['updatedLabel'] = 42;
      loose['pattern'] = null;
      loose['format'] = undefined;
      loose['updatedAt'] = ['2012-12-15'];
      loose['altCalendar'] = { calendar: 'persian' };
      await el.updateComplete;
      expect(seen(el)).to.equal('Friday, 14 December 2012');
      expect(seen(el)).not.to.match(LEAKS);
      expect(warnings.called).to.equal(true);
    });
  });

  describe('light DOM text', () => {
    it('is the fallback, neither drawn nor announced while the date renders', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" locale="en-GB">14 December 2012</news-dateline>
      `);
      const text = el.firstChild as Text;
      expect(el.textContent, 'still in the DOM for crawlers').to.equal('14 December 2012');
      expect(text.assignedSlot, 'not slotted, so not in the accessibility tree').to.equal(null);
      const range = document.createRange();
      range.selectNodeContents(text);
      expect(range.getClientRects().length, 'not drawn').to.equal(0);
      expect(heard(el)).to.equal('14 December 2012');
    });
  });

  describe('news-dateline-change', () => {
    it('fires when the date changes, not when a framework gives the same moment anew', async () => {
      const moment = Date.UTC(2012, 11, 14, 9, 30);
      const el = await fixture<NewsDateline>(
        html`<news-dateline
          .datetime=${new Date(moment) as unknown as string}
          locale="en-GB"
        ></news-dateline>`,
      );
      const heardDates: string[] = [];
      el.addEventListener('news-dateline-change', (event) => heardDates.push(event.detail.datetime));
      // What React does on every render: a new Date for the same moment.
      el.datetime = new Date(moment) as unknown as string;
      el.updatedAt = '';
      await el.updateComplete;
      expect(el.isUpdatePending).to.equal(false);
      expect(heardDates).to.deep.equal([]);
      el.datetime = '2012-12-15';
      await el.updateComplete;
      expect(heardDates).to.deep.equal(['2012-12-15']);
    });
  });

  describe('a correction', () => {
    const corrected = (
      correction: string,
      extra = {} as { label?: string; locale?: string; updated?: string },
    ) =>
      fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14"
          updated=${extra.updated ?? '2012-12-15'}
          correction=${correction}
          updated-label=${extra.label ?? nothing}
          locale=${extra.locale ?? 'en-GB'}
        ></news-dateline>
      `);
    const link = (el: NewsDateline) => $<HTMLAnchorElement>(el, 'a[part~="updated-link"]');

    it('links a correction dated by a Date, as a framework passes one', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14"
          .updatedAt=${new Date(Date.UTC(2012, 11, 15, 10)) as unknown as string}
          correction="#correction"
          locale="en-GB"
          time-zone="UTC"
        ></news-dateline>
      `);
      expect(link(el)!.getAttribute('href')).to.equal('#correction');
      expect(heard(el)).to.equal('14 December 2012 Corrected 15 December 2012');
    });

    it('says "Corrected" and links the label and time to the correction', async () => {
      const el = await corrected('#correction');
      expect(heard(el)).to.equal('14 December 2012 Corrected 15 December 2012');
      expect(link(el)!.getAttribute('href')).to.equal('#correction');
      expect(link(el)!.contains(updatedTime(el))).to.equal(true);
      expect(link(el)!.getAttribute('part')).to.equal('updated updated-link');
      await expect(el).to.be.accessible();
    });

    for (const [locale, label] of [
      ['fr', 'Corrigé'],
      ['ar', 'تم التصحيح'],
      ['ja', '訂正'],
    ])
      it(`says "${label}" in ${locale}`, async () => {
        const el = await corrected('#correction', { locale });
        expect(flatText($(el, '[part="updated-label"]')!).trim()).to.equal(label);
      });

    it('keeps a label of its own (updated-label), linked', async () => {
      const el = await corrected('/corrections/', { label: 'Amended' });
      expect(flatText(link(el)!).replace(/\s+/g, ' ').trim()).to.equal('Amended 15 December 2012');
      expect(link(el)!.getAttribute('href')).to.equal('/corrections/');
    });

    it('links no unsafe address, with one warning, and still says "Corrected"', async () => {
      const warnings = expectWarnings();
      const el = await corrected('javascript:alert(1)');
      el.requestUpdate();
      await el.updateComplete;
      expect(link(el)).to.equal(null);
      expect(heard(el)).to.equal('14 December 2012 Corrected 15 December 2012');
      expect(warnings).calledOnce;
      expect(String(warnings.firstCall.args[0])).to.contain('correction="javascript:alert(1)"');
    });

    it('needs the date of the correction (updated), and says so once', async () => {
      const warnings = expectWarnings();
      const el = await corrected('#correction', { updated: '' });
      expect(link(el)).to.equal(null);
      expect(seen(el)).to.equal('14 December 2012');
      expect(warnings).calledOnce;
      expect(String(warnings.firstCall.args[0])).to.contain('needs updated');
    });
  });
});
