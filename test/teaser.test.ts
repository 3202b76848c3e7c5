import { fixture, html, expect, elementUpdated } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { registerTranslations } from '../src/internal/translate.js';
import { clearWarning } from '../src/internal/warn.js';
import { drawn } from './support/drawn.js';

const ISSUE_EXCERPT =
  '[caption id="" align="alignnone" width="600"] Champion lifter / Still from a broadcaster[/caption] The country\'s first gold medal was won by ...';

const part = (el: NewsTeaser, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const links = (el: NewsTeaser) => [...el.shadowRoot!.querySelectorAll('a')];
/** What is drawn: the text of the shadow tree with slots resolved to what they show. */
function shown(el: NewsTeaser): string {
  const walk = (node: Node): string => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length ? assigned : [...node.childNodes]).map(walk).join(' ');
    }
    if (node instanceof HTMLElement && node.hidden) return '';
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
    return [...root.childNodes].map(walk).join(' ');
  };
  return walk(el.shadowRoot!).replace(/\s+/g, ' ').trim();
}

async function settled(el: NewsTeaser) {
  await el.updateComplete;
  return el;
}

describe('<news-teaser>', () => {
  let warn: sinon.SinonStub | undefined;
  afterEach(() => {
    warn?.restore();
    warn = undefined;
  });

  it('is an article whose headline is a level-3 heading holding the one link', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        href="/2024/05/night-buses"
        headline="Night buses to run until 2am"
        excerpt="The last buses from the ferry terminal will leave at 1.40am."
        datetime="2024-05-12"
      ></news-teaser>`,
    );
    await settled(el);
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article).to.exist;
    const heading = article.querySelector('h3')!;
    expect(heading.textContent!.trim()).to.equal('Night buses to run until 2am');
    expect(links(el)).to.have.length(1);
    const link = heading.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/2024/05/night-buses');
    expect(link.hasAttribute('rel')).to.equal(false);
    expect(part(el, 'excerpt')!.textContent!.trim()).to.equal(
      'The last buses from the ferry terminal will leave at 1.40am.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a date from data without an offset quietly: a teaser takes no time-zone to settle it', async () => {
    warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Ferry vote" datetime="2025-03-01T11:00:00" locale="en-GB"></news-teaser>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('1 March 2025');
    expect(warn.callCount).to.equal(0);
  });

  it('makes the whole card clickable through the headline link', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        style="inline-size: 600px"
        href="/a"
        headline="Harbour city votes to keep its last night ferry"
        excerpt="The council voted 23 to 9 on Tuesday to keep the 7.40pm crossing running through the winter."
        image-src="/stories/assets/city-800x450.jpg"
        datetime="2024-05-11"
      ></news-teaser>`,
    );
    await settled(el);
    // Laid out: a busy machine may not have drawn the card's frame yet.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const link = links(el)[0]!;
    for (const name of ['excerpt', 'image-box', 'dateline']) {
      const box = part(el, name)!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      // (Compared as a boolean: a failure naming two elements takes the runner minutes to report.)
      expect(
        hit === link,
        `a click on the ${name} reaches <${hit?.localName} part="${hit?.getAttribute('part')}">`,
      ).to.equal(true);
    }
    // One tab stop for the whole card.
    const focusable = el.shadowRoot!.querySelectorAll('a[href], button, [tabindex]');
    expect(focusable).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('cleans a CMS excerpt, the one from the issue included', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Gold for the lifter" excerpt=${ISSUE_EXCERPT}></news-teaser>`,
    );
    expect(part(el, 'excerpt')!.textContent!.trim()).to.equal("The country's first gold medal was won by…");
  });

  it('shortens the excerpt to excerpt-words', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Budget"
        excerpt-words="5"
        excerpt="Council tax rises by 4.9%, the libraries stay open and the night ferry survives."
      ></news-teaser>`,
    );
    expect(part(el, 'excerpt')!.textContent!.trim()).to.equal('Council tax rises by 4.9…');
    el.excerptWords = 7;
    await el.updateComplete;
    expect(part(el, 'excerpt')!.textContent!.trim()).to.equal('Council tax rises by 4.9%, the libraries…');
  });

  it('falls back to 30 words with one warning for a bad excerpt-words', async () => {
    warn = sinon.stub(console, 'warn');
    const words = Array.from({ length: 35 }, (_, i) => `word${i}`).join(' ');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="H" excerpt-words="-2" excerpt=${words}></news-teaser>`,
    );
    expect(part(el, 'excerpt')!.textContent!.trim().split(' ')).to.have.length(30);
    expect(warn).to.have.been.calledOnce;
    expect(String(warn.firstCall.args[0])).to.contain('excerpt-words');
  });

  for (const href of [
    'https://news.example.com/a',
    'http://news.example.com/a',
    '//news.example.com/a',
    '/a',
    '../a',
    '?page=2',
  ]) {
    it(`links ${href}`, async () => {
      const el = await fixture<NewsTeaser>(
        html`<news-teaser href=${href} headline="Ferry fares frozen"></news-teaser>`,
      );
      expect(links(el)[0]!.getAttribute('href')).to.equal(href);
    });
  }

  for (const href of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ]) {
    it(`does not link ${JSON.stringify(href)} and warns once`, async () => {
      warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsTeaser>(
        html`<news-teaser href=${href} headline="Ferry fares frozen"></news-teaser>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(links(el)).to.have.length(0);
      expect(part(el, 'headline')!.textContent!.trim()).to.equal('Ferry fares frozen');
      expect(warn).to.have.been.calledOnce;
      expect(String(warn.firstCall.args[0])).to.contain('href');
      await expect(el).to.be.accessible();
    });
  }

  it('renders no link at all without href, and no heading without a headline', async () => {
    const el = await fixture<NewsTeaser>(html`<news-teaser headline="Preview: budget day"></news-teaser>`);
    expect(links(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Preview: budget day');

    const bare = await fixture<NewsTeaser>(
      html`<news-teaser href="/x" excerpt="Only an excerpt."></news-teaser>`,
    );
    expect(links(bare)).to.have.length(0);
    expect(bare.shadowRoot!.querySelector('h2, h3, h4, h5, h6')).to.equal(null);
    expect(shown(bare)).to.equal('Only an excerpt.');
    await expect(bare).to.be.accessible();
  });

  it('shows a thumbnail in a reserved box, decorative unless image-alt is given', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        style="inline-size: 500px"
        headline="Market traders fear rent rise"
        image-src="/stories/assets/market-1200x1600.jpg"
      ></news-teaser>`,
    );
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal('/stories/assets/market-1200x1600.jpg');
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('loading')).to.equal('lazy');
    // The box has its size before the image arrives: 3:2 at the thumbnail width.
    const box = part(el, 'image-box')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.height).to.be.closeTo((box.width * 2) / 3, 1);
    el.imageAlt = 'Stallholders under the market roof';
    await el.updateComplete;
    expect(img.getAttribute('alt')).to.equal('Stallholders under the market roof');
    await expect(el).to.be.accessible();
  });

  it('keeps the box and drops a broken image without a broken-image icon, with one warning', async () => {
    clearWarning(document, 'image-src');
    warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Broken" image-src="data:image/png;base64,AAAA"></news-teaser>`,
    );
    const img = part(el, 'image') as HTMLImageElement;
    if (!img.complete || img.naturalWidth === 0) {
      await new Promise((resolve) => {
        if (!part(el, 'image')) resolve(null);
        img.addEventListener('error', resolve, { once: true });
      });
    }
    await el.updateComplete;
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'image-box')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(warn).to.have.been.calledOnce;
    expect(String(warn.firstCall.args[0])).to.contain(
      'could not load image-src "data:image/png;base64,AAAA"',
    );
  });

  it('ignores an unsafe image-src with one warning', async () => {
    warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="H" image-src="javascript:alert(1)"></news-teaser>`,
    );
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'image-box')!.hidden).to.equal(true);
    expect(warn).to.have.been.calledOnce;
    expect(String(warn.firstCall.args[0])).to.contain('image-src');
  });

  it('shows the label badge and describes the link with it', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser href="/live" headline="Budget day as it happened" label="Live"></news-teaser>`,
    );
    expect(part(el, 'label')!.querySelector('.visually-hidden')!.textContent).to.equal('Live');
    const link = links(el)[0]!;
    const description = link
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.querySelector('.visually-hidden')!.textContent)
      .join(' ');
    expect(description).to.equal('Live');
    await expect(el).to.be.accessible();
  });

  it('marks a sponsored item visibly, for screen readers and with rel="sponsored"', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        href="https://partner.example.com/heat-pumps"
        headline="A greener way to heat old homes"
        sponsored
        label="Partner"
      ></news-teaser>`,
    );
    const mark = part(el, 'sponsored')!;
    expect(mark.querySelector('.visually-hidden')!.textContent).to.equal('Sponsored');
    expect(mark.getBoundingClientRect().width).to.be.greaterThan(0);
    const link = links(el)[0]!;
    expect(link.getAttribute('rel')).to.equal('sponsored');
    const ids = link.getAttribute('aria-describedby')!.split(' ');
    const heard = (id: string) =>
      el.shadowRoot!.getElementById(id)!.querySelector('.visually-hidden')!.textContent;
    expect(ids.map(heard)).to.deep.equal(['Partner', 'Sponsored']);
    await expect(el).to.be.accessible();
  });

  it('says "Sponsored" in the teaser\'s language, in every layout', async () => {
    for (const layout of ['list', 'grid', 'compact', 'hero']) {
      const el = await fixture<NewsTeaser>(
        html`<news-teaser lang="ko" layout=${layout} headline="난방비 줄이는 법" sponsored></news-teaser>`,
      );
      const mark = part(el, 'sponsored')!;
      expect(mark.querySelector('.visually-hidden')!.textContent, layout).to.equal('광고');
      expect(mark.getBoundingClientRect().width, layout).to.be.greaterThan(0);
    }
  });

  it('prints its author under the excerpt, names joined in its language, in every layout but compact', async () => {
    const cases: [string, string | string[], string][] = [
      ['en-GB', 'Amina Yusuf', 'By Amina Yusuf'],
      [
        'en-GB',
        ['Amina Yusuf', 'Tomás Herrera', 'Joanna Mwangi'],
        'By Amina Yusuf, Tomás Herrera and Joanna Mwangi',
      ],
      ['fr', ['Claire Martin', 'Karim Mansouri'], 'Par Claire Martin et Karim Mansouri'],
      ['ar', ['أميرة حسن', 'يوسف منصور'], 'بقلم أميرة حسن ويوسف منصور'],
      // A language not shipped: English words, joined the English way (marked so below).
      [
        'pl',
        ['Jan Kowalski', 'Anna Nowak', 'Piotr Zieliński'],
        'By Jan Kowalski, Anna Nowak, and Piotr Zieliński',
      ],
    ];
    for (const [locale, author, expected] of cases) {
      for (const layout of ['list', 'grid', 'compact', 'hero']) {
        const el = await fixture<NewsTeaser>(
          html`<news-teaser
            locale=${locale}
            layout=${layout}
            headline="Night buses until 4am"
            excerpt="The council confirmed the timetable."
            datetime="2026-03-12"
            .author=${author}
          ></news-teaser>`,
        );
        const line = part(el, 'author')!;
        if (layout === 'compact') {
          expect(line, 'compact: headline and date').to.equal(null);
          continue;
        }
        expect(line.textContent!.replace(/\s+/g, ' ').trim(), `${locale} ${layout}`).to.equal(expected);
        const marked = line.querySelector('[lang]')?.getAttribute('lang') ?? null;
        expect(marked, 'English words marked on a Polish page').to.equal(locale === 'pl' ? 'en' : null);
        // Between the story's text and its date.
        const date = part(el, 'dateline')!.getBoundingClientRect();
        expect(line.getBoundingClientRect().bottom, layout).to.be.at.most(date.top + 1);
      }
    }
  });

  it('keeps two right-to-left names in order in a left-to-right author line', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        locale="en-GB"
        headline="Night buses until 4am"
        .author=${['אבי כהן', 'דנה לוי', 'Joanna Mwangi']}
      ></news-teaser>`,
    );
    const line = part(el, 'author')!;
    // Not "By דנה לוי ,אבי כהן and …": the comma between them stays between them.
    expect(drawn(line, 'אבי כהן').left, 'the first name is drawn first, on the left').to.be.below(
      drawn(line, 'דנה לוי').left,
    );
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal('By אבי כהן, דנה לוי and Joanna Mwangi');
    await expect(el).to.be.accessible();
  });

  it('breaks a long author line between names, never inside one, at any width', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        locale="en-GB"
        headline="Ferry vote"
        .author=${['Min-ji Park', 'Omar Haddad', 'Soo-ah Lee']}
      ></news-teaser>`,
    );
    const names = [...part(el, 'author')!.querySelectorAll('bdi')];
    expect(names).to.have.length(3);
    for (let rem = 6; rem <= 14; rem += 0.5) {
      el.style.inlineSize = `${rem}rem`;
      for (const name of names)
        expect(name.getClientRects(), `${name.textContent} at ${rem}rem`).to.have.length(1);
    }
  });

  it('counts photos by the plural rules of the language their words are in', async () => {
    // A Croatian page that words "Gallery" but not the count: English words, English rules (21
    // is "one" in Croatian).
    registerTranslations('hr', { mediaGallery: 'Galerija' });
    const el = await fixture<NewsTeaser>(
      html`<news-teaser locale="hr" headline="Luka u zoru" media="gallery" count="21"></news-teaser>`,
    );
    const [, shown, heard] = [...part(el, 'media')!.children].map((child) => child.textContent);
    expect(shown).to.equal('21 photos');
    expect(heard).to.match(/^Galerija.*21 photos$/);
  });

  it('prints no author line without an author, and ignores one that is not a name, with one warning', async () => {
    const plain = await fixture<NewsTeaser>(html`<news-teaser headline="Night buses"></news-teaser>`);
    expect(part(plain, 'author')).to.equal(null);
    warn = sinon.stub(console, 'warn');
    // An empty list is no author, and no mistake either.
    const none = await fixture<NewsTeaser>(
      html`<news-teaser headline="Night buses" .author=${[]}></news-teaser>`,
    );
    expect(part(none, 'author')).to.equal(null);
    expect(warn).not.to.have.been.called;
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Night buses" .author=${{ name: 'Amina Yusuf' }}></news-teaser>`,
    );
    expect(part(el, 'author')).to.equal(null);
    expect(shown(el)).not.to.match(/undefined|object/);
    expect(warn).to.have.been.calledOnce;
    expect(warn.firstCall.args[0]).to.contain('author must be a name or a list of names');
  });

  for (const [level, tag] of [
    [2, 'h2'],
    [4, 'h4'],
    [6, 'h6'],
  ] as const) {
    it(`uses heading-level ${level}`, async () => {
      const el = await fixture<NewsTeaser>(
        html`<news-teaser heading-level=${level} href="/x" headline="Ferry"></news-teaser>`,
      );
      expect(el.shadowRoot!.querySelector(tag)!.textContent!.trim()).to.equal('Ferry');
    });
  }

  for (const [value, tag] of [
    ['1', 'h2'],
    ['9', 'h6'],
    ['three', 'h3'],
  ] as const) {
    it(`clamps heading-level="${value}" to ${tag} with one warning`, async () => {
      warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsTeaser>(
        html`<news-teaser heading-level=${value} headline="Ferry"></news-teaser>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector(tag)).to.exist;
      expect(warn).to.have.been.calledOnce;
      // What the page wrote, not NaN.
      expect(String(warn.firstCall.args[0])).to.contain(`heading-level "${value}" is not 2 to 6`);
    });
  }

  it('warns again of a heading level broken after it was put right', async () => {
    warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser heading-level="9" headline="Ferry"></news-teaser>`,
    );
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    el.setAttribute('heading-level', '0');
    await el.updateComplete;
    expect(
      warn.getCalls().map((call) => String(call.args[0]).match(/heading-level "\d"/)?.[0]),
    ).to.deep.equal(['heading-level "9"', 'heading-level "0"']);
  });

  it('cuts a headline longer than 300 characters after its last whole word, with one warning', async () => {
    warn = sinon.stub(console, 'warn');
    // A body pasted into the title field: a megabyte of it.
    const pasted = 'The harbour authority said on Tuesday that dredging would resume. '.repeat(16_000);
    const el = await fixture<NewsTeaser>(
      html`<news-teaser href="/harbour" .headline=${pasted}></news-teaser>`,
    );
    const link = el.shadowRoot!.querySelector('h3 a')!;
    expect(link.textContent!.trim()).to.equal(
      `${'The harbour authority said on Tuesday that dredging would resume. '.repeat(4)}The harbour authority said on…`,
    );
    expect(link.getAttribute('href')).to.equal('/harbour');
    el.requestUpdate();
    await el.updateComplete;
    expect(warn).to.have.been.calledOnce;
    expect(String(warn.firstCall.args[0])).to.contain('<news-teaser> headline is longer than 300 characters');

    // A headline of 300 characters is a headline: shown whole, no warning.
    el.headline = `${'Ferry '.repeat(49)}fares`.padEnd(300, '!');
    await el.updateComplete;
    expect(link.textContent!.trim()).to.equal(el.headline);
    expect(warn).to.have.been.calledOnce;
  });

  // [headline as the CMS sends it, headline as shown]: a dash never starts a line.
  const dashes: [string, string][] = [
    ['Ferry fares frozen — for now', 'Ferry fares frozen\u00a0— for now'],
    ['Ferry fares frozen – for now', 'Ferry fares frozen\u00a0– for now'],
    ['Talks went on into the night –', 'Talks went on into the night\u00a0–'],
    ['Fares frozen  —  two spaces', 'Fares frozen\u00a0—  two spaces'],
    ['Harbour closed 1990–2000, reopened', 'Harbour closed 1990–2000, reopened'],
    ['Still open—for now', 'Still open—for now'],
  ];
  for (const [headline, expected] of dashes)
    it(`binds a spaced dash to the word before: "${headline}"`, async () => {
      const el = await fixture<NewsTeaser>(html`<news-teaser href="/x" headline=${headline}></news-teaser>`);
      expect(el.shadowRoot!.querySelector('h3 a')!.textContent!.trim()).to.equal(expected);
    });

  it('shows the date as <news-dateline> does, in its own shadow root, with its format, pattern and locale', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Gold"
        datetime="2012-12-14"
        pattern="{weekday} {dayOrdinal} {month}, {year}"
        locale="en-GB"
      ></news-teaser>`,
    );
    await settled(el);
    // One shadow root per teaser: no nested element draws the date.
    expect(el.shadowRoot!.querySelector('news-dateline')).to.equal(null);
    const time = part(el, 'dateline')!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2012-12-14');
    expect(time.textContent).to.equal('Friday 14th December, 2012');
    expect(time.closest('[lang]')!.getAttribute('lang')).to.equal('en-GB');

    const ko = await fixture<NewsTeaser>(
      html`<news-teaser headline="금메달" datetime="2012-12-14" format="full" locale="ko"></news-teaser>`,
    );
    await settled(ko);
    expect(part(ko, 'dateline')!.querySelector('time')!.textContent).to.equal('2012년 12월 14일 금요일');
  });

  it('renders no dateline without datetime', async () => {
    const el = await fixture<NewsTeaser>(html`<news-teaser headline="Undated"></news-teaser>`);
    expect(part(el, 'dateline')).to.equal(null);
    expect(el.shadowRoot!.querySelector('time')).to.equal(null);
  });

  it('takes rich headline, kicker, excerpt and image from slots', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser href="/harbour">
        <span slot="kicker">Harbour</span>
        <span slot="headline">Ferry <em>saved</em> by one vote</span>
        <span slot="excerpt">The council voted <strong>23 to 9</strong>.</span>
        <img slot="image" src="/stories/assets/harbour-800x800.jpg" alt="The ferry at the north pier" />
      </news-teaser>`,
    );
    await settled(el);
    const link = links(el)[0]!;
    const slot = link.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Ferry saved by one vote');
    expect(part(el, 'image-box')!.hidden).to.equal(false);
    expect(part(el, 'kicker')!.hidden).to.equal(false);
    expect(part(el, 'excerpt')!.hidden).to.equal(false);
    expect(shown(el)).to.equal('Harbour Ferry saved by one vote The council voted 23 to 9 .');
    await expect(el).to.be.accessible();
  });

  it('notices slotted content added later', async () => {
    const el = await fixture<NewsTeaser>(html`<news-teaser href="/x"></news-teaser>`);
    expect(links(el)).to.have.length(0);
    const headline = document.createElement('span');
    headline.slot = 'headline';
    headline.textContent = 'Late headline';
    el.append(headline);
    await elementUpdated(el);
    await new Promise((resolve) => el.shadowRoot!.addEventListener('slotchange', resolve, { once: true }));
    await el.updateComplete;
    expect(links(el)).to.have.length(1);
  });

  it('compact layout shows no thumbnail and no excerpt', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        layout="compact"
        href="/x"
        headline="Ferry"
        excerpt="Not shown"
        image-src="/stories/assets/city-800x450.jpg"
      ></news-teaser>`,
    );
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'image-box')!.getBoundingClientRect().height).to.equal(0);
    expect(part(el, 'excerpt')!.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('grid and hero put the thumbnail above the text, list beside it', async () => {
    const above = (layout: string) =>
      fixture<NewsTeaser>(
        html`<news-teaser
          style="inline-size: 400px"
          layout=${layout}
          href="/x"
          headline="Ferry"
          image-src="/stories/assets/city-800x450.jpg"
        ></news-teaser>`,
      ).then(
        (el) =>
          part(el, 'image-box')!.getBoundingClientRect().bottom <=
          part(el, 'headline')!.getBoundingClientRect().top,
      );
    expect(await above('grid')).to.equal(true);
    expect(await above('hero')).to.equal(true);
    expect(await above('list')).to.equal(false);
  });

  it('falls back to list with one warning for an unknown layout', async () => {
    warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser layout="carousel" headline="Ferry"></news-teaser>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(part(el, 'card')!.classList.contains('list')).to.equal(true);
    expect(warn).to.have.been.calledOnce;
  });

  it('draws a skeleton hidden from assistive technology', async () => {
    const el = await fixture<NewsTeaser>(html`<news-teaser skeleton></news-teaser>`);
    const card = part(el, 'card')!;
    expect(card.getAttribute('aria-hidden')).to.equal('true');
    expect(card.getBoundingClientRect().height).to.be.greaterThan(40);
    expect(links(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('never shows "undefined", "null" or "[object Object]" for wrong types', async () => {
    warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(html`<news-teaser></news-teaser>`);
    const wrong = el as unknown as Record<string, unknown>;
    Object.assign(wrong, {
      headline: { text: 'x' },
      href: null,
      excerpt: 42,
      imageSrc: undefined,
      imageAlt: null,
      kicker: ['World'],
      label: {},
      datetime: null,
      excerptWords: 'many',
    });
    await el.updateComplete;
    expect(shown(el)).not.to.match(/undefined|null|NaN|\[object Object\]/);
    expect(links(el)).to.have.length(0);
  });
});
