// <news-notice>: labels, dates, semantics and bad input; the dateline's link to a correction; the
// article's JSON-LD. The age notice: notice-age.test.ts.
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/notice/define.js';
import '../src/dateline/define.js';
import '../src/article/define.js';
import '../src/article-body/define.js';
import type { NewsNotice } from '../src/notice/notice.js';
import type { NewsDateline } from '../src/dateline/dateline.js';
import type { NewsArticle } from '../src/article/article.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** What a reader sees: the notice's drawn text, its light-DOM text where the slot is. */
const shown = (el: NewsNotice) =>
  [part(el, 'label')?.textContent, part(el, 'time')?.textContent, el.textContent]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
const longDate = (locale: string, day: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(day));

const TEXT = 'An earlier version of this article said the trial carried 9,000 passengers. It carried 90,000.';

async function notice(type: string, datetime = '2012-12-15', locale = 'en-GB'): Promise<NewsNotice> {
  return fixture<NewsNotice>(
    html`<news-notice type=${type} datetime=${datetime} locale=${locale}><p>${TEXT}</p></news-notice>`,
  );
}

afterEach(() => sinon.restore());

describe('news-notice', () => {
  describe('labels and dates', () => {
    const labels: [string, string][] = [
      ['correction', 'Correction'],
      ['clarification', 'Clarification'],
      ['update', 'Update'],
      ['editors-note', 'Editor’s note'],
    ];
    for (const [type, label] of labels) {
      it(`labels a ${type} "${label}" and dates it in a real <time>, as a note`, async () => {
        const el = await notice(type);
        expect(part(el, 'label')!.textContent).to.equal(label);
        const time = part(el, 'time')!;
        expect(time.localName).to.equal('time');
        expect(time.getAttribute('datetime')).to.equal('2012-12-15');
        expect(shown(el)).to.equal(`${label} 15 December 2012 ${TEXT}`);
        const box = part(el, 'notice')!;
        expect(box.getAttribute('role')).to.equal('note');
        // A note in the story's flow, never announced out of turn.
        expect(el.shadowRoot!.querySelector('[aria-live], [role="alert"], [role="status"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('prints a date-time in the given zone, with <time datetime> in UTC', async () => {
      const el = await fixture<NewsNotice>(
        html`<news-notice
          type="correction"
          datetime="2012-12-15T23:30:00Z"
          time-zone="Asia/Seoul"
          locale="en-GB"
          >${TEXT}</news-notice
        >`,
      );
      expect(part(el, 'time')!.textContent).to.equal('16 December 2012');
      expect(part(el, 'time')!.getAttribute('datetime')).to.equal('2012-12-15T23:30:00Z');
    });

    const translated: [string, string, string][] = [
      ['fr', 'correction', 'Rectificatif'],
      ['fr', 'editors-note', 'Note de la rédaction'],
      ['ar', 'correction', 'تصحيح'],
      ['ar', 'clarification', 'توضيح'],
      ['ja', 'correction', '訂正'],
      ['ja', 'update', '更新'],
    ];
    for (const [locale, type, label] of translated) {
      it(`speaks ${locale}: a ${type} is "${label}", dated the ${locale} way`, async () => {
        const el = await notice(type, '2012-12-15', locale);
        expect(part(el, 'label')!.textContent).to.equal(label);
        expect(part(el, 'time')!.textContent).to.equal(longDate(locale, '2012-12-15'));
        expect(part(el, 'notice')!.lang).to.equal(locale);
        expect(part(el, 'notice')!.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      });
    }

    it("speaks the page's language when it has none of its own", async () => {
      const section = await fixture(
        html`<section lang="fr">
          <news-notice type="clarification" datetime="2012-12-15">${TEXT}</news-notice>
        </section>`,
      );
      const el = section.querySelector('news-notice')!;
      await el.updateComplete;
      expect(part(el, 'label')!.textContent).to.equal('Précision');
      expect(part(el, 'time')!.textContent).to.equal('15 décembre 2012');
    });

    it('keeps its text in the light DOM, where crawlers and readers without JavaScript find it', async () => {
      const el = await notice('correction');
      expect(el.querySelector('p')!.textContent).to.equal(TEXT);
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]).to.equal(el.querySelector('p'));
      expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
    });

    it('keeps its text inside its padding, even where an article body spaces paragraphs', async () => {
      const body = await fixture(
        html`<news-article-body
          ><p>Before.</p>
          <news-notice type="correction" locale="en-GB"
            ><p>First.</p>
            <p>Last.</p></news-notice
          ></news-article-body
        >`,
      );
      const el = body.querySelector('news-notice')!;
      await el.updateComplete;
      const [first, last] = [...el.querySelectorAll('p')].map((p) => getComputedStyle(p));
      expect([first!.marginBlockStart, last!.marginBlockEnd]).to.deep.equal(['0px', '0px']);
      expect(first!.marginBlockEnd).not.to.equal('0px');
    });

    it('shows an undated notice without a date, and without a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsNotice>(
        html`<news-notice type="update" locale="en-GB">${TEXT}</news-notice>`,
      );
      expect(part(el, 'time')).to.equal(null);
      expect(shown(el)).to.equal(`Update ${TEXT}`);
      expect(warn).not.to.have.been.called;
    });
  });

  describe('bad input', () => {
    it("shows an unknown type as an editor's note, with one warning naming it", async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await notice('corection');
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'label')!.textContent).to.equal('Editor’s note');
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.contain('type="corection"').and.contain('using editors-note');
    });

    for (const datetime of ['yesterday', '2012-13-45', '15/12/2012'])
      it(`shows the notice without a date for datetime="${datetime}", with one warning`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await notice('correction', datetime);
        el.requestUpdate();
        await el.updateComplete;
        expect(part(el, 'time')).to.equal(null);
        expect(shown(el)).to.equal(`Correction ${TEXT}`);
        expect(el.shadowRoot!.textContent).not.to.match(/undefined|NaN|Invalid Date|null/);
        expect(warn).to.have.been.calledOnce;
        expect(warn.firstCall.args[0]).to.contain(`datetime="${datetime}"`);
      });
  });

  describe("the dateline's link", () => {
    afterEach(() => {
      history.replaceState(null, '', location.pathname + location.search);
      window.scrollTo(0, 0);
    });

    it('says "Corrected" and jumps to the correction notice', async () => {
      const root = fixtureSync<HTMLElement>(
        html`<div>
          <news-dateline
            datetime="2012-12-14"
            updated="2012-12-15T10:00:00Z"
            correction="#notice-test-correction"
            time-zone="UTC"
            locale="en-GB"
          ></news-dateline>
          <div style="block-size: 300vh"></div>
          <news-notice
            id="notice-test-correction"
            type="correction"
            datetime="2012-12-15T10:00:00Z"
            locale="en-GB"
            >${TEXT}</news-notice
          >
        </div>`,
      );
      const dateline = root.querySelector<NewsDateline>('news-dateline')!;
      const target = root.querySelector<NewsNotice>('news-notice')!;
      await Promise.all([dateline.updateComplete, target.updateComplete]);
      const link = part(dateline, 'updated-link') as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Corrected 15 December 2012');
      expect(link.querySelector('time')!.getAttribute('datetime')).to.equal('2012-12-15T10:00:00Z');
      // The target is the notice, by the id written in the page.
      expect(document.getElementById(link.hash.slice(1))).to.equal(target);
      expect(target.getBoundingClientRect().top).to.be.above(innerHeight);

      const arrived = oneEvent(window, 'hashchange');
      link.click();
      await arrived;
      expect(location.hash).to.equal('#notice-test-correction');
      expect(document.querySelector(':target')).to.equal(target);
      const top = target.getBoundingClientRect().top;
      expect(top).to.be.at.least(-1).and.below(innerHeight);
      // Marked where the reader lands.
      expect(getComputedStyle(part(target, 'notice')!).outlineStyle).to.equal('solid');
      await expect(dateline).to.be.accessible();
    });
  });

  describe("in an article's structured data", () => {
    it('lists corrections and clarifications as CorrectionComments, escaped, not its other notices', async () => {
      const hostile = 'The figure was 90,000, not 9,000 </script><script>alert(1)</script>';
      const article = await fixture<NewsArticle>(html`
        <news-article structured-data>
          <h1 slot="headline">Night buses will run until 4am</h1>
          <news-dateline slot="dateline" datetime="2012-12-14"></news-dateline>
          <news-notice type="correction" datetime="2012-12-15T10:00:00Z">${hostile}</news-notice>
          <news-notice type="clarification" datetime="2012-12-16"
            >The trial ran on weekends only.</news-notice
          >
          <news-notice type="update" datetime="2012-12-17">Routes 3 and 7 were added.</news-notice>
          <news-notice type="age"></news-notice>
          <news-article
            ><h1 slot="headline">Inside</h1>
            <news-notice type="correction">Not ours.</news-notice></news-article
          >
        </news-article>
      `);
      await article.updateComplete;
      const script = article.querySelector(':scope > script[type="application/ld+json"]')!;
      expect(script.textContent).not.to.match(/</);
      expect(JSON.parse(script.textContent!).correction).to.deep.equal([
        { '@type': 'CorrectionComment', text: hostile, datePublished: '2012-12-15T10:00:00Z' },
        {
          '@type': 'CorrectionComment',
          text: 'The trial ran on weekends only.',
          datePublished: '2012-12-16',
        },
      ]);
    });
  });
});
