// The language a dateline's "Updated" label is read in: the date's span is marked with the language
// the date is written in, and a label worded in another one must say so, or a screen reader reads
// an English "Updated" with a Polish voice.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/dateline/define.js';
import type { NewsDateline } from '../src/dateline/dateline.js';
import { registerTranslations } from '../src/internal/translate.js';
import { $, flatText, updatedTime, wrapper } from './support/dateline.js';

/** The dateline in `template`, on a page whose `lang` is `lang`, once drawn. */
async function onPage(lang: string, template: TemplateResult): Promise<NewsDateline> {
  const root = fixtureSync<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
  const el = root.querySelector('news-dateline')!;
  await el.updateComplete;
  return el;
}

/** The label as a reader gets it: its text, and the language a screen reader voices it in. */
const label = (el: NewsDateline) => {
  const part = $(el, '[part=updated-label]')!;
  return { text: flatText(part).trim(), voice: part.closest('[lang]')!.getAttribute('lang') };
};

const dates = { datetime: '2012-12-14T09:30Z', updated: '2012-12-15T10:00Z' };
/** A dateline of the page's language, updated: its label is ours, "Updated" or its translation. */
const plain = html`<news-dateline
  datetime=${dates.datetime}
  updated=${dates.updated}
  time-zone="UTC"
></news-dateline>`;

describe('the language of the dateline label', () => {
  it('on a Polish page, voices the English "Updated" in English among the Polish dates', async () => {
    const el = await onPage('pl', plain);
    expect(wrapper(el).getAttribute('lang')).to.equal('pl');
    expect(updatedTime(el)!.textContent).to.equal('15 grudnia 2012');
    expect(label(el)).to.deep.equal({ text: 'Updated', voice: 'en' });
  });

  it('on a Polish page, voices "Corrected" in English too', async () => {
    const el = await onPage(
      'pl',
      html`<news-dateline
        datetime=${dates.datetime}
        updated=${dates.updated}
        time-zone="UTC"
        correction="#correction"
      ></news-dateline>`,
    );
    expect(label(el)).to.deep.equal({ text: 'Corrected', voice: 'en' });
  });

  // The page's own label is in the page's language, whatever the date is written in.
  const pageLabels: [string, TemplateResult][] = [
    [
      'updated-label',
      html`<news-dateline
        locale="pl"
        datetime=${dates.datetime}
        updated=${dates.updated}
        time-zone="UTC"
        updated-label="Revised"
      ></news-dateline>`,
    ],
    [
      'the updated-label slot',
      html`<news-dateline locale="pl" datetime=${dates.datetime} updated=${dates.updated} time-zone="UTC"
        ><span slot="updated-label">Revised</span></news-dateline
      >`,
    ],
  ];
  for (const [given, template] of pageLabels)
    it(`on an English page, voices a label from ${given} in English beside a Polish date`, async () => {
      const el = await onPage('en', template);
      expect(wrapper(el).getAttribute('lang')).to.equal('pl');
      expect(label(el)).to.deep.equal({ text: 'Revised', voice: 'en' });
    });

  it("voices a label slotted in later in the page's language (German, by a Polish date)", async () => {
    const el = await onPage(
      'de',
      html`<news-dateline
        locale="pl"
        datetime=${dates.datetime}
        updated=${dates.updated}
        time-zone="UTC"
      ></news-dateline>`,
    );
    expect(label(el)).to.deep.equal({ text: 'Updated', voice: 'en' });
    const given = Object.assign(document.createElement('span'), {
      slot: 'updated-label',
      textContent: 'Überarbeitet',
    });
    el.append(given);
    await oneEvent(el.shadowRoot!, 'slotchange');
    await el.updateComplete;
    expect(label(el)).to.deep.equal({ text: 'Überarbeitet', voice: 'de' });
    given.remove();
    await oneEvent(el.shadowRoot!, 'slotchange');
    await el.updateComplete;
    expect(label(el)).to.deep.equal({ text: 'Updated', voice: 'en' });
  });

  it('marks the label in the language of strings a page registered, where Intl writes the date in another', async () => {
    // No engine tested has Klingon dates: Intl writes them in English.
    registerTranslations('tlh', { updated: "De' chu'" });
    const el = await onPage('tlh', plain);
    expect(wrapper(el).getAttribute('lang')).to.equal('tlh');
    expect(updatedTime(el)!.getAttribute('lang')).to.match(/^en\b/);
    expect(label(el)).to.deep.equal({ text: "De' chu'", voice: 'tlh' });
  });

  it('leaves a label in the language of the date unmarked: registered Czech strings, a Polish page label', async () => {
    registerTranslations('cs', { updated: 'Aktualizováno' });
    const czech = await onPage('cs', plain);
    const polish = await onPage(
      'pl',
      html`<news-dateline
        datetime=${dates.datetime}
        updated=${dates.updated}
        time-zone="UTC"
        updated-label="Zaktualizowano"
      ></news-dateline>`,
    );
    for (const [el, lang, text] of [
      [czech, 'cs', 'Aktualizováno'],
      [polish, 'pl', 'Zaktualizowano'],
    ] as const) {
      expect(label(el)).to.deep.equal({ text, voice: lang });
      expect($(el, '[part=updated-label]')!.hasAttribute('lang'), lang).to.equal(false);
    }
  });

  it('on an English page, marks nothing but the date', async () => {
    const el = await onPage('en', plain);
    expect(label(el)).to.deep.equal({ text: 'Updated', voice: 'en' });
    expect([...el.shadowRoot!.querySelectorAll('[lang]')]).to.deep.equal([wrapper(el)]);
    await expect(el).to.be.accessible();
  });
});
