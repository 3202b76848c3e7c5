// A date on a page in a language Intl has no dates for (Klingon, `tlh`): Intl writes its own
// default language instead, and the date must say so, for screen readers and for the ordinal.
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/dateline/define.js';
import '../src/teaser/define.js';
import type { NewsDateline } from '../src/dateline/dateline.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { formatPattern, parseIso } from '../src/text/date-pattern.js';
import { HOUSE } from './support/dateline.js';

// What Intl falls back to here: the engine's default, en-US in the test browsers, none of which
// has Klingon dates (the first test says so, should one learn them).
const fallback = new Intl.DateTimeFormat('tlh').resolvedOptions().locale;

/** `element` in a `<div lang="tlh">` (a plain wrapper has no updateComplete for `fixture` to await). */
async function onKlingonPage(element: TemplateResult): Promise<NewsDateline | NewsTeaser> {
  const el = fixtureSync<HTMLElement>(html`<div lang="tlh">${element}</div>`).firstElementChild!;
  await (el as NewsDateline | NewsTeaser).updateComplete;
  return el as NewsDateline | NewsTeaser;
}

describe('a date in a language Intl does not write', () => {
  it('is tested in engines without Klingon dates, which write English instead', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf('tlh')).to.deep.equal([]);
    expect(fallback).to.match(/^en\b/);
  });

  const cases: [string, TemplateResult][] = [
    ['<news-dateline>', html`<news-dateline datetime="2012-12-14"></news-dateline>`],
    ['<news-teaser>', html`<news-teaser headline="Ferry timetable" datetime="2012-12-14"></news-teaser>`],
  ];
  for (const [name, element] of cases)
    it(`${name} marks its date with the language Intl wrote it in, not the page's`, async () => {
      const el = await onKlingonPage(element);
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.textContent).to.equal(
        new Intl.DateTimeFormat(fallback, { dateStyle: 'long', timeZone: 'UTC' }).format(
          Date.UTC(2012, 11, 14),
        ),
      );
      expect(time.getAttribute('lang')).to.equal(fallback);
      expect(time.getAttribute('dir')).to.equal('ltr');
      // What is not Intl's (the span round it) stays in the page's language.
      expect(time.parentElement!.closest('[lang]')!.getAttribute('lang')).to.equal('tlh');
    });

  it("prints a house pattern's {dayOrdinal} the way the date's words are written", async () => {
    const el = await onKlingonPage(
      html`<news-dateline datetime="2012-12-14" pattern=${HOUSE}></news-dateline>`,
    );
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('Friday 14th December, 2012');
    expect(formatPattern(parseIso('2012-12-01')!, '{dayOrdinal} {month}', 'tlh')).to.equal('1st December');
  });
});
