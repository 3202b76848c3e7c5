import { expect, fixture, fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import sinon from 'sinon';
import '../src/dateline/define.js';
import { NewsDateline } from '../src/dateline/dateline.js';

const HOUSE = '{weekday} {dayOrdinal} {month}, {year}';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// The clock stands still at 12:00 UTC on Saturday 15 December 2012 in the relative tests.
const NOW = Date.UTC(2012, 11, 15, 12);
const ago = (ms: number) => new Date(NOW - ms).toISOString();

const $ = <T extends Element = HTMLElement>(el: NewsDateline, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const published = (el: NewsDateline) => $<HTMLTimeElement>(el, 'time[part="time"]');
const updatedTime = (el: NewsDateline) => $<HTMLTimeElement>(el, 'time[part="updated-time"]');
const wrapper = (el: NewsDateline) => $(el, 'span[lang]')!;
const altDate = (el: NewsDateline) => $(el, '[part="time-alt"]');

/**
 * The text of the composed tree as it reaches the reader: slots show what is assigned to them
 * (or their own fallback), unassigned light DOM is skipped. With `announced`, parts hidden from
 * assistive technology are skipped too.
 */
function flatText(node: Node, announced = false): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (!(node instanceof Element)) return '';
  if (announced && node.getAttribute('aria-hidden') === 'true') return '';
  let children: Node[] = [...(node.shadowRoot ?? node).childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes();
    if (assigned.length) children = assigned;
  }
  return children.map((child) => flatText(child, announced)).join('');
}
const seen = (el: NewsDateline) => flatText(el).replace(/\s+/g, ' ').trim();
const heard = (el: NewsDateline) => flatText(el, true).replace(/\s+/g, ' ').trim();
const LEAKS = /undefined|NaN|Invalid Date|null|\[object Object\]/;

/**
 * Renders markup holding several datelines and waits for each. (A plain wrapper element has no
 * updateComplete: `fixture` would wait for an animation frame, which a background tab never gets.)
 */
async function page(template: TemplateResult): Promise<HTMLElement> {
  const root = fixtureSync<HTMLElement>(template);
  await Promise.all([...root.querySelectorAll('news-dateline')].map((el) => el.updateComplete));
  return root;
}

/**
 * An IntersectionObserver whose reports the test makes, so "scrolled out of view" does not depend
 * on the test page being painted. The clock builds its observer when the first element joins.
 */
class FakeObserver {
  static current: FakeObserver | undefined;
  readonly targets = new Set<Element>();
  disconnected = false;
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.current = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    this.disconnected = true;
  }
  report(target: Element, isIntersecting: boolean) {
    const entry = { target, isIntersecting } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

let warn: sinon.SinonStub | undefined;
/** Stubs console.warn for a test that provokes a warning on purpose. */
function expectWarnings() {
  warn = sinon.stub(console, 'warn');
  return warn;
}

afterEach(() => {
  warn?.restore();
  warn = undefined;
});

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

    it('leads with the place, styled as a classic dateline', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" locale="en-GB" place="Seoul"></news-dateline>
      `);
      const place = $(el, '[part="place"]')!;
      expect(place.innerText).to.equal('SEOUL');
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

  describe('in two calendars', () => {
    // BBC Persian and BBC Pashto print the Solar Hijri date, a dash, then the Gregorian one.
    const cases: [string, string, string, string, string][] = [
      ['fa', 'persian', '', '۲۴ آذر ۱۳۹۱', '۱۴ دسامبر ۲۰۱۲'],
      ['en-GB', 'hebrew', '', '1 Tevet 5773', '14 December 2012'],
      ['ja-JP', 'japanese', '', '平成24年12月14日', '2012年12月14日'],
    ];
    for (const [locale, calendar, pattern, second, main] of cases) {
      it(`prints ${locale} in ${calendar} then its own date, with one <time>`, async () => {
        const el = await fixture<NewsDateline>(html`
          <news-dateline
            datetime="2012-12-14"
            locale=${locale}
            alt-calendar=${calendar}
            pattern=${pattern || nothing}
          ></news-dateline>
        `);
        expect(seen(el)).to.equal(`${second} - ${main}`);
        expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(1);
        expect(published(el)!.textContent).to.equal(main);
        expect(published(el)!.getAttribute('datetime')).to.equal('2012-12-14');
        expect(altDate(el)!.textContent).to.equal(second);
        // Screen readers hear both dates, not the dash.
        expect(heard(el)).to.equal(`${second} ${main}`);
        await expect(el).to.be.accessible();
      });
    }

    it('prints Pashto as BBC Pashto does, where the browser has Pashto dates', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14"
          locale="ps"
          alt-calendar="persian"
          pattern="{day} {month} {year}"
        ></news-dateline>
      `);
      expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(1);
      if (Intl.DateTimeFormat.supportedLocalesOf('ps').length) {
        expect(seen(el)).to.equal('۲۴ لیندۍ ۱۳۹۱ - ۱۴ دسمبر ۲۰۱۲');
        expect(wrapper(el).dir).to.equal('rtl');
        expect(warnings).not.called;
      } else {
        // Chromium's Intl has no Pashto date names: both dates in the page's language, one warning.
        expect(altDate(el)!.textContent).to.contain('1391');
        expect(published(el)!.textContent).to.contain('2012');
        expect(seen(el)).not.to.match(LEAKS);
        expect(warnings).calledOnce;
        expect(String(warnings.firstCall.args[0])).to.contain('locale="ps"');
      }
      await expect(el).to.be.accessible();
    });

    it('reads right to left in Persian: the Solar Hijri date first, on the right', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" locale="fa" alt-calendar="persian"></news-dateline>
      `);
      expect(wrapper(el).dir).to.equal('rtl');
      const second = altDate(el)!.getBoundingClientRect();
      const main = published(el)!.getBoundingClientRect();
      expect(second.left, 'the Solar Hijri date is on the right').to.be.greaterThan(main.right - 1);
    });

    it("takes the second calendar's date in the zone, and leaves the time to the main date", async () => {
      // 23:30 UTC is 01:30 on the 15th in Jerusalem: 2 Tevet.
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14T23:30Z"
          locale="en-GB"
          time-zone="Asia/Jerusalem"
          alt-calendar="hebrew"
          pattern="{day} {month} {year}, {hour}:{minute}"
          updated="2012-12-15T23:00Z"
        ></news-dateline>
      `);
      expect(altDate(el)!.textContent).to.equal('2 Tevet 5773');
      expect(published(el)!.textContent).to.equal('15 December 2012, 01:30');
      expect(published(el)!.getAttribute('datetime')).to.equal('2012-12-14T23:30:00Z');
      // The update is the next day in Jerusalem (an update on the same day would show its time only).
      expect($(el, '[part="updated-time-alt"]')!.textContent).to.equal('3 Tevet 5773');
      expect(updatedTime(el)!.textContent).to.equal('16 December 2012, 01:00');
    });

    it('keeps relative text alone, and shows both dates once it turns absolute', async () => {
      const clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const recent = await fixture<NewsDateline>(html`
          <news-dateline datetime=${ago(3 * HOUR)} format="auto" locale="fa" alt-calendar="persian">
          </news-dateline>
        `);
        expect(seen(recent)).to.equal('۳ ساعت پیش');
        expect(altDate(recent)).to.equal(null);
        const old = await fixture<NewsDateline>(html`
          <news-dateline
            datetime="2012-12-14"
            format="auto"
            locale="fa"
            alt-calendar="persian"
          ></news-dateline>
        `);
        expect(seen(old)).to.equal('۲۴ آذر ۱۳۹۱ - ۱۴ دسامبر ۲۰۱۲');
      } finally {
        fixtureCleanup();
        clock.restore();
      }
    });

    it('prints one date, with one warning, for a calendar Intl does not know', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" locale="fa" alt-calendar="shamsi"></news-dateline>
      `);
      expect(seen(el)).to.equal('۲۴ آذر ۱۳۹۱');
      expect(altDate(el)).to.equal(null);
      el.format = 'full';
      await el.updateComplete;
      expect(warnings).calledOnce;
      expect(String(warnings.firstCall.args[0])).to.contain('alt-calendar="shamsi"');
      el.altCalendar = 'Persian';
      await el.updateComplete;
      expect(altDate(el)!.textContent).to.contain('۱۳۹۱');
      expect(warnings).calledOnce;
    });
  });

  describe('server-rendered in two calendars', () => {
    type Frame = HTMLIFrameElement & { contentWindow: Window & typeof globalThis };
    type Dateline = HTMLElement & { updateComplete: Promise<unknown> };
    let frame: Frame | undefined;
    afterEach(() => frame?.remove());

    /** `markup` rendered by news-elements/ssr into a page of its own, with what it logs. */
    async function serverRendered(markup: string) {
      const response = await fetch(`/__ssr/markup?html=${encodeURIComponent(markup)}`);
      frame = document.createElement('iframe') as Frame;
      const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="en-GB"><body>${await response.text()}</body></html>`;
      document.body.append(frame);
      await loaded;
      const logged: string[] = [];
      const win = frame.contentWindow;
      for (const level of ['warn', 'error'] as const)
        win.console[level] = (...args: unknown[]) => {
          if (!/Lit is in dev mode/.test(args.join(' '))) logged.push(args.join(' '));
        };
      return { doc: frame.contentDocument!, logged };
    }

    /** Loads the hydration entry and waits for every dateline's hydrating and following update. */
    async function hydrate(doc: Document) {
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/src/ssr/hydrate.ts';
      const ran = new Promise((resolve) => script.addEventListener('load', resolve));
      doc.head.append(script);
      await ran;
      const datelines = [...doc.querySelectorAll<Dateline>('news-dateline')];
      for (let round = 0; round < 3; round++) await Promise.all(datelines.map((el) => el.updateComplete));
    }

    it('keeps both dates as the server wrote them, in the same nodes', async () => {
      const { doc, logged } = await serverRendered(
        '<news-dateline datetime="2012-12-14" locale="fa" alt-calendar="persian"></news-dateline>',
      );
      const root = doc.querySelector('news-dateline')!.shadowRoot!;
      const text = () => root.querySelector('span[lang]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(text()).to.equal('۲۴ آذر ۱۳۹۱ - ۱۴ دسامبر ۲۰۱۲');
      const time = root.querySelector('time')!;
      const changes: MutationRecord[] = [];
      new MutationObserver((records) => changes.push(...records)).observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      await hydrate(doc);
      expect(text()).to.equal('۲۴ آذر ۱۳۹۱ - ۱۴ دسامبر ۲۰۱۲');
      expect(root.querySelector('time')).to.equal(time);
      expect(root.querySelectorAll('time')).to.have.length(1);
      expect(time.getAttribute('datetime')).to.equal('2012-12-14');
      expect(changes).to.deep.equal([]);
      expect(logged).to.deep.equal([]);
    });

    it('turns relative after hydration and drops the second date then', async () => {
      const datetime = new Date(Date.now() - 3 * HOUR).toISOString();
      const { doc, logged } = await serverRendered(
        `<news-dateline datetime="${datetime}" format="relative" locale="fa" alt-calendar="persian" time-zone="Asia/Tehran"></news-dateline>`,
      );
      const root = doc.querySelector('news-dateline')!.shadowRoot!;
      // The server does not know the reader's clock: both absolute dates.
      expect(root.querySelector('[part="time-alt"]')!.textContent).to.match(/[۰-۹]{4}$/);
      await hydrate(doc);
      expect(root.querySelector('[part="time-alt"]')).to.equal(null);
      expect(root.querySelector('time')!.textContent).to.equal('۳ ساعت پیش');
      expect(logged).to.deep.equal([]);
    });
  });

  describe('ordinals and years in other languages', () => {
    const firsts: [string, string, string][] = [
      ['fr', '{dayOrdinal} {month} {year}', '1er décembre 2012'],
      ['it', '{dayOrdinal} {month} {year}', '1º dicembre 2012'],
      ['pt-BR', '{dayOrdinal} de {month} de {year}', '1º de dezembro de 2012'],
      ['pt-PT', '{dayOrdinal} de {month} de {year}', '1.º de dezembro de 2012'],
      ['es', '{dayOrdinal} de {month} de {year}', '1 de diciembre de 2012'],
      ['en-GB', HOUSE, 'Saturday 1st December, 2012'],
    ];
    for (const [locale, pattern, expected] of firsts) {
      it(`writes the first of December in ${locale} as ${expected}`, async () => {
        const el = await fixture<NewsDateline>(html`
          <news-dateline datetime="2012-12-01" locale=${locale} pattern=${pattern}></news-dateline>
        `);
        expect(published(el)!.textContent).to.equal(expected);
      });
    }

    it('takes ordinals for another language from NewsDateline.ordinals', async () => {
      NewsDateline.ordinals['ca'] = { one: 'r', two: 'n', few: 't', other: 'è' };
      try {
        const printed: string[] = [];
        for (const day of ['01', '02', '03', '04', '05']) {
          const el = await fixture<NewsDateline>(html`
            <news-dateline datetime="2012-12-${day}" locale="ca" pattern="{dayOrdinal}"></news-dateline>
          `);
          printed.push(published(el)!.textContent!);
        }
        expect(printed).to.deep.equal(['1r', '2n', '3r', '4t', '5è']);
      } finally {
        delete NewsDateline.ordinals['ca'];
      }
    });

    it('prints the Japanese era and the Chinese year', async () => {
      const japanese = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14"
          locale="ja-JP-u-ca-japanese"
          pattern="{era}{year}年"
        ></news-dateline>
      `);
      expect(published(japanese)!.textContent).to.equal('平成24年');
      const chinese = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14"
          locale="zh-u-ca-chinese"
          pattern="{year}{yearName}年"
        ></news-dateline>
      `);
      expect(published(chinese)!.textContent).to.equal('2012壬辰年');
    });

    it('warns once about a token that prints nothing, and leaves it out', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-14"
          locale="zh-u-ca-chinese"
          pattern="{era} {year}年"
        ></news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('2012年');
      el.datetime = '2012-12-15';
      await el.updateComplete;
      expect(warnings).calledOnce;
      expect(String(warnings.firstCall.args[0])).to.contain('pattern="{era} {year}年"').and.contain('{era}');
    });
  });

  describe('relative time on one shared clock', () => {
    let clock: sinon.SinonFakeTimers;

    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    });

    afterEach(() => {
      // Remove the elements while the fake clock is still in charge of their timer.
      fixtureCleanup();
      clock.restore();
      sinon.restore();
    });

    it('says how long ago, with the full date and time in the title', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime=${ago(3 * MINUTE)}
          format="relative"
          locale="en-GB"
          time-zone="Asia/Seoul"
        ></news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('3 minutes ago');
      expect(published(el)!.getAttribute('datetime')).to.equal('2012-12-15T11:57:00Z');
      const title = published(el)!.title;
      expect(title)
        .to.contain('Saturday')
        .and.contain('15 December 2012')
        .and.contain('20:57')
        .and.contain('GMT+9');
    });

    it('prints yesterday and the future in words', async () => {
      const yesterday = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" format="relative" locale="en-GB"></news-dateline>
      `);
      expect(published(yesterday)!.textContent).to.equal('yesterday');
      const ahead = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-17T13:00:00Z"
          format="relative"
          locale="en-GB"
          time-zone="UTC"
        ></news-dateline>
      `);
      expect(published(ahead)!.textContent).to.equal('in 2 days');
      const korean = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(3 * MINUTE)} format="relative" locale="ko"></news-dateline>
      `);
      expect(published(korean)!.textContent).to.equal('3분 전');
    });

    it('puts no title on absolute dates', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(3 * MINUTE)} format="long" locale="en-GB"></news-dateline>
      `);
      expect(published(el)!.hasAttribute('title')).to.equal(false);
    });

    it('keeps itself current, waking only when the text changes', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(2 * HOUR + 30_000)} format="relative" locale="en-GB"></news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('2 hours ago');
      expect(clock.countTimers()).to.equal(1);
      // One wake-up, 59.5 minutes later, when "2 hours" becomes "3 hours": nothing in between.
      clock.next();
      expect(Date.now() - NOW).to.equal(59.5 * MINUTE);
      await el.updateComplete;
      expect(published(el)!.textContent).to.equal('3 hours ago');
      expect(clock.countTimers()).to.equal(1);
    });

    it('shares one timer between every relative dateline on the page', async () => {
      const root = await page(html`
        <div>
          <news-dateline
            datetime=${ago(3 * MINUTE + 20_000)}
            format="relative"
            locale="en-GB"
          ></news-dateline>
          <news-dateline datetime=${ago(5 * HOUR)} format="relative" locale="en-GB"></news-dateline>
          <news-dateline datetime=${ago(10 * HOUR)} format="auto" locale="en-GB"></news-dateline>
          <news-dateline datetime="2012-12-14" format="relative" locale="en-GB"></news-dateline>
        </div>
      `);
      const [minutes, hours] = [...root.querySelectorAll('news-dateline')];
      expect(clock.countTimers()).to.equal(1);
      clock.next();
      // The earliest change comes first: "3 minutes" turns "4 minutes" 40 seconds from now.
      expect(Date.now() - NOW).to.equal(40_000);
      await minutes!.updateComplete;
      expect(published(minutes!)!.textContent).to.equal('4 minutes ago');
      expect(published(hours!)!.textContent).to.equal('5 hours ago');
      expect(clock.countTimers()).to.equal(1);
    });

    it('leaves no timer and no observer behind once removed, and catches up when back', async () => {
      sinon.stub(window, 'IntersectionObserver').value(FakeObserver);
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(3 * MINUTE)} format="relative" locale="en-GB"></news-dateline>
      `);
      const observer = FakeObserver.current!;
      const parent = el.parentNode!;
      expect(clock.countTimers()).to.equal(1);
      expect([...observer.targets]).to.deep.equal([el]);
      el.remove();
      expect(clock.countTimers(), 'timers left').to.equal(0);
      expect(observer.targets.size, 'elements still observed').to.equal(0);
      expect(observer.disconnected).to.equal(true);

      clock.tick(10 * MINUTE);
      parent.appendChild(el);
      await el.updateComplete;
      expect(published(el)!.textContent).to.equal('13 minutes ago');
      expect(clock.countTimers()).to.equal(1);
    });

    it('leaves nothing behind after a thousand connections and removals', async () => {
      sinon.stub(window, 'IntersectionObserver').value(FakeObserver);
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(3 * MINUTE)} format="relative" locale="en-GB"></news-dateline>
      `);
      const parent = el.parentNode!;
      for (let i = 0; i < 1000; i++) {
        el.remove();
        parent.appendChild(el);
        await el.updateComplete;
      }
      expect(clock.countTimers()).to.equal(1);
      expect(FakeObserver.current!.targets.size).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      expect(FakeObserver.current!.targets.size).to.equal(0);
    });

    it('pauses while scrolled out of view and catches up on return', async () => {
      sinon.stub(window, 'IntersectionObserver').value(FakeObserver);
      const root = await page(html`
        <div>
          <news-dateline datetime=${ago(3 * MINUTE)} format="relative" locale="en-GB"></news-dateline>
          <news-dateline datetime=${ago(5 * HOUR)} format="relative" locale="en-GB"></news-dateline>
        </div>
      `);
      const [near, far] = [...root.querySelectorAll('news-dateline')] as [NewsDateline, NewsDateline];
      const observer = FakeObserver.current!;
      observer.report(near, false);
      observer.report(far, false);
      expect(clock.countTimers(), 'no timer while nobody can see them').to.equal(0);
      clock.tick(10 * MINUTE);
      await near.updateComplete;
      expect(published(near)!.textContent).to.equal('3 minutes ago');

      // Back on screen: brought up to date at once, and the clock runs again.
      observer.report(near, true);
      await near.updateComplete;
      expect(published(near)!.textContent).to.equal('13 minutes ago');
      expect(clock.countTimers()).to.equal(1);
      // The one still off screen does not decide when the clock wakes.
      clock.next();
      expect(Date.now() - NOW).to.equal(11 * MINUTE);
      await near.updateComplete;
      expect(published(near)!.textContent).to.equal('14 minutes ago');
      expect(published(far)!.textContent).to.equal('5 hours ago');
    });

    it('with auto, turns absolute at 24 hours and stops ticking', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime=${ago(24 * HOUR - 30_000)}
          format="auto"
          locale="en-GB"
          time-zone="UTC"
        ></news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('23 hours ago');
      clock.next();
      expect(Date.now() - NOW).to.equal(30_000);
      await el.updateComplete;
      expect(published(el)!.textContent).to.equal('14 December 2012');
      expect(published(el)!.hasAttribute('title')).to.equal(false);
      expect(clock.countTimers()).to.equal(0);
    });

    it('starts no timer for dates that will not change', async () => {
      await page(html`
        <div>
          <news-dateline datetime=${ago(3 * MINUTE)} format="long"></news-dateline>
          <news-dateline datetime=${ago(3 * MINUTE)} pattern=${HOUSE}></news-dateline>
          <news-dateline datetime=${ago(30 * HOUR)} format="auto"></news-dateline>
        </div>
      `);
      expect(clock.countTimers()).to.equal(0);
    });
  });

  it('is accessible with live relative text', async () => {
    const el = await fixture<NewsDateline>(html`
      <news-dateline
        datetime=${new Date(Date.now() - 5 * MINUTE).toISOString()}
        format="relative"
        updated=${new Date(Date.now() - MINUTE).toISOString()}
        place="Seoul"
      ></news-dateline>
    `);
    expect(published(el)!.textContent).to.equal('5 minutes ago');
    await expect(el).to.be.accessible();
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

    it('warns about a missing datetime and shows the fallback text', async () => {
      const warnings = expectWarnings();
      const el = await fixture<NewsDateline>(html`<news-dateline>14 December 2012</news-dateline>`);
      const slot = $<HTMLSlotElement>(el, 'slot:not([name])')!;
      expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['14 December 2012']);
      expect(warnings).calledOnce;
      expect(String(warnings.firstCall.args[0])).to.contain('datetime');
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
});
