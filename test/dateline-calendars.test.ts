// <news-dateline> in other calendars (a second one beside the Gregorian, also server-rendered),
// and ordinals and years in other languages.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/dateline/define.js';
import { NewsDateline } from '../src/dateline/dateline.js';
import { serverRenderedFrame, type Frame } from './support/server-rendered.js';
import {
  $,
  HOUR,
  HOUSE,
  LEAKS,
  ago,
  altDate,
  expectWarnings,
  heard,
  published,
  restoreWarnings,
  seen,
  stopClock,
  updatedTime,
  wrapper,
} from './support/dateline.js';

afterEach(restoreWarnings);

describe('news-dateline', () => {
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
      const clock = stopClock();
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
    type Dateline = HTMLElement & { updateComplete: Promise<unknown> };
    let frame: Frame | undefined;
    afterEach(() => frame?.remove());

    /** `markup` rendered by news-elements/ssr into a page of its own, with what it logs. */
    async function serverRendered(markup: string) {
      frame = await serverRenderedFrame(markup);
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
      // (Hydration gives each empty text the server wrote its empty node: nothing a reader sees.)
      const emptyText = (node: Node) => node.nodeType === Node.TEXT_NODE && node.textContent === '';
      const seen = changes
        .filter(
          (change) =>
            change.type !== 'childList' ||
            change.removedNodes.length ||
            ![...change.addedNodes].every(emptyText),
        )
        .map((change) => `${change.type} in ${change.target.nodeName}`);
      expect(seen).to.deep.equal([]);
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
});
