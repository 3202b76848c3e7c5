import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { clockText, durationSeconds } from '../src/text/duration.js';

const part = (el: NewsTeaser, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

/**
 * A text as drawn, which is what Chromium gives screen readers: the line's `text-transform:
 * uppercase` turns a "Live" they would say into "LIVE" they spell out or shout.
 */
const asDrawn = (n: Node) =>
  getComputedStyle(n.parentElement!).textTransform === 'uppercase'
    ? n.textContent!.toUpperCase()
    : n.textContent!;

/** What a sighted reader sees of a part: its text without what is hidden from view (`drawn`: in its case as drawn). */
function seen(node: Node | null, drawn = false): string {
  if (!node) return '';
  const read = (n: Node): string =>
    n instanceof HTMLElement && n.classList.contains('visually-hidden')
      ? ''
      : n.nodeType === Node.TEXT_NODE
        ? drawn
          ? asDrawn(n)
          : n.textContent!
        : [...n.childNodes].map(read).join('');
  return read(node).replace(/\s+/g, ' ').trim();
}

/** What a screen reader hears as the link's description: the described parts as drawn, aria-hidden left out. */
function description(el: NewsTeaser): string {
  const link = part(el, 'link')!;
  const read = (n: Node): string =>
    n instanceof HTMLElement && n.getAttribute('aria-hidden') === 'true'
      ? ''
      : n.nodeType === Node.TEXT_NODE
        ? asDrawn(n)
        : [...n.childNodes].map(read).join('');
  return (link.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => read(el.shadowRoot!.getElementById(id)!).replace(/\s+/g, ' ').trim())
    .join(' | ');
}

const teaser = (attributes: Record<string, string | number>) => {
  const el = document.createElement('news-teaser') as NewsTeaser;
  el.setAttribute('headline', 'Storm closes the harbour');
  el.setAttribute('href', '/storm');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  return fixture<NewsTeaser>(el);
};

afterEach(() => sinon.restore());

describe('news-teaser indicators', () => {
  describe('label-kind', () => {
    // [locale, kind, the badge's text]
    const cases: [string, string, string][] = [
      ['en', 'live', 'Live'],
      ['en', 'opinion', 'Opinion'],
      ['en', 'analysis', 'Analysis'],
      ['en', 'breaking', 'Breaking'],
      ['ar', 'live', 'مباشر'],
      ['ar', 'opinion', 'رأي'],
      ['ja', 'analysis', '分析'],
      ['ja', 'breaking', '速報'],
    ];
    for (const [locale, kind, expected] of cases) {
      it(`${locale} ${kind}: "${expected}", describing the headline's link`, async () => {
        const el = await teaser({ 'label-kind': kind, locale });
        expect(seen(part(el, 'label'))).to.equal(expected);
        expect(part(el, 'label')!.classList.contains(`kind-${kind}`)).to.equal(true);
        expect(description(el)).to.equal(expected);
      });
    }

    // [attributes, the part, its word as written]: drawn in the line's capitals, heard as written.
    const capitals: [Record<string, string>, string, string][] = [
      [{ 'label-kind': 'live' }, 'label', 'Live'],
      [{ 'label-kind': 'opinion' }, 'label', 'Opinion'],
      [{ 'label-kind': 'analysis' }, 'label', 'Analysis'],
      [{ 'label-kind': 'breaking' }, 'label', 'Breaking'],
      [{ 'label-kind': 'sponsored' }, 'sponsored', 'Sponsored'],
      [{ 'label-kind': 'paid' }, 'sponsored', 'Paid content'],
      [{ label: 'Live updates' }, 'label', 'Live updates'],
    ];
    for (const [attributes, name, written] of capitals)
      it(`${JSON.stringify(attributes)}: drawn "${written.toUpperCase()}", heard "${written}"`, async () => {
        const el = await teaser(attributes);
        expect(seen(part(el, name), true)).to.equal(written.toUpperCase());
        expect(description(el)).to.equal(written);
      });

    it('draws the live dot and the opinion quote mark hidden from screen readers', async () => {
      const live = await teaser({ 'label-kind': 'live' });
      expect(live.shadowRoot!.querySelector('.kind-live .sign')!.getAttribute('aria-hidden')).to.equal(
        'true',
      );
      const opinion = await teaser({ 'label-kind': 'opinion' });
      expect(getComputedStyle(opinion.shadowRoot!.querySelector('.sign')!, '::before').content).to.equal(
        '"“"',
      );
    });

    it('keeps the house wording of `label`, styled as its kind', async () => {
      const el = await teaser({ 'label-kind': 'live', label: 'Live updates' });
      expect(seen(part(el, 'label'))).to.equal('Live updates');
      expect(part(el, 'label')!.classList.contains('kind-live')).to.equal(true);
    });

    it('pulses the live dot only inside a no-preference reduced-motion query', async () => {
      const el = await teaser({ 'label-kind': 'live' });
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const animated = (rule: CSSRule) =>
        rule instanceof CSSStyleRule && rule.selectorText.includes('.sign') && !!rule.style.animationName;
      const queries = rules.filter(
        (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && [...rule.cssRules].some(animated),
      );
      expect(queries.map((rule) => rule.conditionText.replace(/\s/g, ''))).to.deep.equal([
        '(prefers-reduced-motion:no-preference)',
      ]);
      expect(rules.some(animated), 'no animation outside the query').to.equal(false);
    });

    it('label-kind="sponsored" is the `sponsored` mark; "paid" says "Paid content"', async () => {
      for (const [attributes, expected] of [
        [{ sponsored: '' }, 'Sponsored'],
        [{ 'label-kind': 'sponsored' }, 'Sponsored'],
        [{ 'label-kind': 'paid' }, 'Paid content'],
        [{ 'label-kind': 'paid', locale: 'de' }, 'Bezahlter Inhalt'],
      ] as const) {
        const el = await teaser(attributes);
        expect(seen(part(el, 'sponsored'))).to.equal(expected);
        expect(part(el, 'label')).to.equal(null);
        expect(part(el, 'link')!.getAttribute('rel')).to.equal('sponsored');
        expect(description(el)).to.equal(expected);
      }
    });

    it('warns once about an unknown kind and shows no badge', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await teaser({ 'label-kind': 'exclusive' });
      el.headline = 'Storm closes the harbour again';
      await el.updateComplete;
      expect(part(el, 'label')).to.equal(null);
      expect(part(el, 'meta')!.hidden).to.equal(true);
      expect(warn.args.map((args) => String(args[0]))).to.deep.equal([
        'news-elements: <news-teaser label-kind="exclusive"> is not one of live, opinion, analysis, breaking, sponsored, paid; showing no label.',
      ]);
    });
  });

  it('words a paid or sponsored mark by its label, as one mark, not a badge beside it', async () => {
    const el = await teaser({ 'label-kind': 'paid', label: 'Anzeige', locale: 'de' });
    expect(description(el)).to.equal('Anzeige');
    expect(el.shadowRoot!.textContent).not.to.match(/Bezahlt|Paid/);
  });

  describe('media', () => {
    // [locale, attributes, shown, heard]: the digits and units are the language's own, as Intl
    // has them (Arabic-Indic digits in Egypt; CLDR gives plain `ar` Western digits).
    const cases: [string, Record<string, string>, string, RegExp][] = [
      ['en', { media: 'video', duration: 'PT3M20S' }, '3:20', /^Video, 3 minutes, 20 seconds$/],
      ['en', { media: 'audio', duration: '3723' }, '1:02:03', /^Audio, 1 hour, 2 minutes, 3 seconds$/],
      ['en', { media: 'gallery', count: '12' }, '12 photos', /^Gallery, 12 photos$/],
      ['en', { media: 'gallery', count: '1' }, '1 photo', /^Gallery, 1 photo$/],
      ['en', { media: 'video' }, 'Video', /^Video$/],
      // A pause between the kind and its length in the language's punctuation, never its "and".
      ['fr', { media: 'video', duration: 'PT3M20S' }, '3:20', /^Vidéo, 3\sminutes( et |, )20\ssecondes$/],
      ['ar-EG', { media: 'video', duration: 'PT3M20S' }, '٣:٢٠', /^فيديو، ٣ دقائق.*٢٠ ثانية$/],
      ['ar-EG', { media: 'gallery', count: '12' }, 'الصور: ١٢', /^معرض صور، الصور: ١٢$/],
      ['ja', { media: 'video', duration: 'PT3M20S' }, '3:20', /^動画、3\s?分.*20\s?秒$/],
      ['ja', { media: 'gallery', count: '12' }, '写真12枚', /^写真、写真12枚$/],
    ];
    for (const [locale, attributes, shown, heard] of cases) {
      it(`${locale} ${JSON.stringify(attributes)}: shows "${shown}", says ${heard}`, async () => {
        const el = await teaser({ ...attributes, locale });
        expect(seen(part(el, 'media'))).to.equal(shown);
        expect(description(el)).to.match(heard);
        expect(el.shadowRoot!.querySelector('.media-mark .visually-hidden')!.textContent).to.match(heard);
      });
    }

    it('says its built-in words in English, marked so, on a page in a language not shipped', async () => {
      const el = await teaser({ locale: 'pl', 'label-kind': 'live', media: 'video', duration: 200 });
      // Not "Video, 3 minuty, 20 sekund": the numbers go the way the words around them do.
      expect(description(el)).to.equal('Live | , | Video, 3 minutes, 20 seconds');
      expect(['label', 'media'].map((name) => part(el, name)!.getAttribute('lang'))).to.deep.equal([
        'en',
        'en',
      ]);
      const own = await teaser({ locale: 'pl', 'label-kind': 'live', label: 'Na żywo' });
      expect(part(own, 'label')!.hasAttribute('lang'), 'the page’s own word').to.equal(false);
      const french = await teaser({ locale: 'fr', 'label-kind': 'live', sponsored: '' });
      expect(['label', 'sponsored'].map((name) => part(french, name)!.hasAttribute('lang'))).to.deep.equal([
        false,
        false,
      ]);
    });

    it('sits beside the badge: both describe the link', async () => {
      const el = await teaser({ 'label-kind': 'live', media: 'video', duration: 200 });
      expect(description(el)).to.equal('Live | , | Video, 3 minutes, 20 seconds');
    });

    it('warns once each about an unknown media, duration or count', async () => {
      const warn = sinon.stub(console, 'warn');
      const bad = await teaser({ media: 'podcast' });
      expect(part(bad, 'media')).to.equal(null);
      const noDuration = await teaser({ media: 'video', duration: 'soon' });
      expect(seen(part(noDuration, 'media'))).to.equal('Video');
      const noCount = await teaser({ media: 'gallery', count: '-3' });
      noCount.headline = 'Again';
      await noCount.updateComplete;
      expect(seen(part(noCount, 'media'))).to.equal('Gallery');
      expect(warn.args.map((args) => String(args[0]))).to.deep.equal([
        'news-elements: <news-teaser media="podcast"> is not one of video, audio, gallery; showing no media mark.',
        'news-elements: <news-teaser duration="soon"> is not a duration like PT3M20S or 200 (seconds); it is ignored.',
        'news-elements: <news-teaser count="-3"> is not a positive whole number; it is ignored.',
      ]);
    });

    it('reads a count or duration set from CMS JSON that is no value at all, with one warning each', async () => {
      const warn = sinon.stub(console, 'warn');
      // JSON such as {"toString": ""} makes String() and Number() throw.
      const hostile = JSON.parse('{"toString": "", "valueOf": ""}') as never;
      const gallery = await teaser({ media: 'gallery' });
      gallery.count = hostile;
      await gallery.updateComplete;
      expect(seen(part(gallery, 'media'))).to.equal('Gallery');
      const video = await teaser({ media: 'video' });
      video.duration = hostile;
      await video.updateComplete;
      expect(seen(part(video, 'media'))).to.equal('Video');
      expect(warn.args.map((args) => String(args[0]))).to.deep.equal([
        'news-elements: <news-teaser count="[object]"> is not a positive whole number; it is ignored.',
        'news-elements: <news-teaser duration="[object]"> is not a duration like PT3M20S or 200 (seconds); it is ignored.',
      ]);
    });

    it('reads ISO 8601 durations, seconds and clocks', () => {
      expect(durationSeconds('PT3M20S')).to.equal(200);
      expect(durationSeconds('P1DT2H')).to.equal(93600);
      expect(durationSeconds('PT1.5S')).to.equal(1.5);
      expect(durationSeconds('200')).to.equal(200);
      expect(durationSeconds(95)).to.equal(95);
      expect(durationSeconds('1:02:03')).to.equal(3723);
      expect(durationSeconds('3:20')).to.equal(200);
      for (const bad of ['PT', 'P', 'soon', '3:75', -4, '', 'PT3X'])
        expect(durationSeconds(bad)).to.equal(undefined);
      expect(clockText(59, 'en')).to.equal('0:59');
      expect(clockText(3600, 'ar-EG')).to.equal('١:٠٠:٠٠');
    });
  });
});
