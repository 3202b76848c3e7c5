/**
 * Every element in every shipped language: what a reader sees and hears is translated (no English
 * left), right-to-left languages are laid out right to left, and each built-in string can be
 * replaced on one element (a slot or an attribute) or on the whole page (registerTranslations).
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/figure/define.js';
import '../src/teaser/define.js';
import '../src/teaser-list/define.js';
import '../src/partner-banner/define.js';
import '../src/dateline/define.js';
import '../src/article-body/define.js';
import '../src/byline/define.js';
import '../src/notice/define.js';
import '../src/article/define.js';
import '../src/share/define.js';
import '../src/toc/define.js';
import '../src/live-blog/define.js';
import '../src/gallery/define.js';
import { loanwords } from './support/loanwords.js';
import { en } from '../src/i18n/en.js';
import {
  loadTranslations,
  registerTranslations,
  shipped,
  substitute,
  translate,
} from '../src/internal/translate.js';
import type { Translation } from '../src/i18n/en.js';

const IMAGE = '/stories/assets/city-800x450.jpg';
const related = [
  { headline: 'One', href: '/one' },
  { headline: 'Two', href: '/two' },
];
// A story 400 days old: its age notice says "more than 1 year" whenever the test runs.
const OLD = new Date(Date.now() - 400 * 864e5).toISOString().slice(0, 10);
const aYear = (lang: string) =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(1);

/** Text as rendered in the composed tree (slots show what is assigned, else their fallback), and every aria-label. */
function heard(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
  if (!(node instanceof Element)) return '';
  const label = node.getAttribute('aria-label') ?? '';
  let children: Node[] = [...(node.shadowRoot ?? node).childNodes];
  if (node instanceof HTMLSlotElement && node.assignedNodes().length)
    children = node.assignedNodes({ flatten: true });
  return `${label} ${children.map(heard).join(' ')}`;
}

// A live blog of 22 posts (the pinned one, a page of 20 and "Older posts"), the last a key event;
// on its second page, "Newer posts".
const livePosts = Array.from({ length: 22 }, (_, i) => ({
  id: String(i + 1),
  datetime: new Date(Date.UTC(2024, 4, 14, 9, i)).toISOString(),
  headline: `Post ${i + 1}`,
  pinned: i === 0,
  keyEvent: i === 21,
}));

// The failing feed's listener is bound by the template, before the list connects: under load its
// 300 ms timeout may pass before the other elements' tables have arrived.
const page = (lang: string, failed: () => void) =>
  html`<div lang=${lang}>
    <news-figure zoomable src=${IMAGE} alt="" width="4" height="3" credit="Agency"></news-figure>
    <news-gallery layout="carousel">
      <news-figure src=${IMAGE} alt="" width="4" height="3"></news-figure>
      <news-figure src=${IMAGE} alt="" width="4" height="3"></news-figure>
    </news-gallery>
    <news-teaser headline="Headline" href="/story" .related=${related}></news-teaser>
    <news-teaser headline="Headline" href="/story" sponsored datetime="2024-05-14"></news-teaser>
    ${['opinion', 'analysis', 'breaking', 'paid'].map(
      (kind) => html`<news-teaser headline="Headline" label-kind=${kind}></news-teaser>`,
    )}
    ${['video', 'audio'].map((media) => html`<news-teaser headline="Headline" media=${media}></news-teaser>`)}
    <news-teaser headline="Headline" media="gallery" count="1"></news-teaser>
    <news-teaser headline="Headline" media="gallery" count="12"></news-teaser>
    <news-partner-banner name="Harbour Bank" about-href="/about"></news-partner-banner>
    <news-partner-banner variant="sponsored" name="Harbour Bank"></news-partner-banner>
    <news-partner-banner variant="paid" name="Harbour Bank"></news-partner-banner>
    <news-dateline datetime="2024-05-14T09:00:00Z" updated="2024-05-15T10:00:00Z"></news-dateline>
    <news-byline .authors=${['Amina Yusuf']} .additionalReporting=${['Joanna Mwangi']}></news-byline>
    <news-dateline datetime="2024-05-14" updated="2024-05-15" correction="#correction"></news-dateline>
    ${['correction', 'clarification', 'update', 'editors-note'].map(
      (type) => html`<news-notice type=${type} datetime="2024-05-15"></news-notice>`,
    )}
    <news-notice type="age" datetime=${OLD}></news-notice>
    <news-article reading-time="3"><h1 slot="headline">Headline</h1></news-article>
    <news-share url="https://news.example.com/story" networks="email x"></news-share>
    <news-toc for="languages-body"></news-toc>
    <news-article-body id="languages-body"
      ><h2>One</h2>
      <h2>Two</h2>
      <h2>Three</h2></news-article-body
    >
    <news-article-body
      allow-embeds="www.youtube.com"
      consent="remember"
      .html=${'<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'}
    ></news-article-body>
    <news-live-blog .items=${livePosts}></news-live-blog>
    <news-live-blog page="2" .items=${livePosts}></news-live-blog>
    <news-live-blog ended .items=${livePosts.slice(0, 1)}></news-live-blog>
    <news-teaser-list></news-teaser-list>
    <news-teaser-list
      more
      more-href="/world/page/2/"
      .items=${[{ headline: 'Headline', href: '/story' }]}
    ></news-teaser-list>
    <news-teaser-list src="/__feeds/hang"></news-teaser-list>
    <news-teaser-list src="/__feeds/hang" timeout="300" @news-teaser-list-error=${failed}></news-teaser-list>
  </div>`;

type Updating = Element & { updateComplete: Promise<boolean> };

/** All the elements of a page like `page(lang, failed)` say, a loading feed's message and a failed one's included. */
async function fullyShown(template: (failed: () => void) => ReturnType<typeof html>) {
  let failed!: () => void;
  const failure = new Promise<void>((resolve) => (failed = resolve));
  const wrapper = await fixture(template(failed));
  const elements = [...wrapper.children] as Updating[];
  await failure;
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements.map(heard).join(' ');
}

// The strings a reader of the page above meets, the byline's with the names it is given.
// Not on a page at rest, so each element's own tests check them: the share button says "Share" or
// "Copy link" as the engine has a share sheet or not, and "Link copied" once used; the contents say
// "Jump to" on a phone's screen only; a live blog counts "N new updates" once updates wait, and a
// refreshing list "N new stories" once a refresh added any. The video and audio credits are left to
// test/figure-media.test.ts (English and Arabic): WebKit's own player controls throw from their
// script when 23 pages of players come and go, which fails the page.
const unseen = [
  'creditVideo',
  'creditAudio',
  'share',
  'copyLink',
  'linkCopied',
  'jumpTo',
  'liveNewUpdate',
  'liveNewUpdates',
  'listNewStory',
  'listNewStories',
  // Beside "More stories" once a next page has failed.
  'moreFailed',
];
const visible = (Object.keys(en) as (keyof Translation)[]).filter((key) => !unseen.includes(key));
const names: Partial<Record<keyof Translation, string>> = {
  byline: 'Amina Yusuf',
  additionalReporting: 'Joanna Mwangi',
};
// The reading time's three minutes, with the short or the long unit (or none, below), as the
// language's table asks.
const minutes = (lang: string, unitDisplay: 'short' | 'long') =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay }).format(3);
const shown = (table: Partial<Translation>, key: keyof Translation, lang = 'en'): string =>
  substitute(table[key]!, {
    names: names[key] ?? '',
    network: 'X',
    // The embed's placeholder above.
    provider: 'YouTube',
    min: minutes(lang, 'short'),
    minutes: minutes(lang, 'long'),
    age: aYear(lang),
    // The reading time's three minutes as a number alone; the gallery teasers above: one picture,
    // and twelve.
    count: (key === 'readingTime' ? 3 : key === 'mediaPhoto' ? 1 : 12).toLocaleString(lang),
    // What the gallery of twelve says to screen readers.
    kind: table.mediaGallery!,
    detail: key === 'mediaSpoken' ? shown(table, 'mediaPhotos', lang) : '',
    // The carousel above, at the first of its two pictures.
    index: (1).toLocaleString(lang),
    total: (2).toLocaleString(lang),
  });
// heard() joins nodes with spaces, which a name in its own link adds to "取材協力：Joanna Mwangi".
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('every element in every language', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  for (const language of ['en', ...Object.keys(shipped)]) {
    it(`${language}: every built-in string in ${language}${language === 'en' ? '' : ', no English left'}`, async () => {
      const table = language === 'en' ? en : (await shipped[language]!()).default;
      const text = (await fullyShown((failed) => page(language, failed))).replace(/\s+/g, ' ');
      for (const key of visible)
        expect(squeeze(text), `${language}: ${key}`).to.contain(squeeze(shown(table, key, language)));
      if (language !== 'en')
        for (const key of visible.filter((key) => !loanwords[language]?.includes(key)))
          expect(text, `${language}: English ${key}`).not.to.contain(shown(en, key));
      // The failed feed's one warning, nothing else.
      expect(warn.args.map(([message]) => String(message).replace(/:.*/s, ''))).to.deep.equal([
        'news-elements',
      ]);
    });
  }
});

describe('right to left', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  for (const language of ['ar', 'he', 'fa', 'ur', 'ps']) {
    it(`${language}: each element's content runs right to left, by its locale on a left-to-right page`, async () => {
      const wrapper = await fixture(
        html`<div lang="en" dir="ltr">
          <news-figure locale=${language} src=${IMAGE} alt="" caption="Caption" credit="Agency"></news-figure>
          <news-teaser
            locale=${language}
            headline="Headline"
            href="/story"
            datetime="2024-05-14"
          ></news-teaser>
          <news-partner-banner locale=${language} name="Harbour Bank"></news-partner-banner>
          <news-dateline locale=${language} datetime="2024-05-14"></news-dateline>
          <news-teaser-list locale=${language} heading="Headline"></news-teaser-list>
        </div>`,
      );
      const inner: Record<string, string> = {
        'news-teaser-list': '#heading',
        'news-figure': 'figcaption',
        'news-teaser': '[part=headline]',
        'news-partner-banner': '[part=label]',
        'news-dateline': 'time',
      };
      // Chromium has no Pashto dates: the dateline writes the page's language instead, and says so.
      if (language === 'ps' && !Intl.DateTimeFormat.supportedLocalesOf('ps').length)
        delete inner['news-dateline'];
      for (const [tag, selector] of Object.entries(inner)) {
        const el = wrapper.querySelector<Updating>(tag)!;
        await el.updateComplete;
        const part = el.shadowRoot!.querySelector(selector)!;
        expect(getComputedStyle(part).direction, `${language} ${tag}`).to.equal('rtl');
      }
      for (const [message] of warn.args) expect(String(message)).to.contain('is not a supported locale');
    });
  }
});

describe('line breaking in Chinese, Japanese and Korean', () => {
  const excerpt = '政府は新たな住宅政策を発表した。「首都圏の家賃はさらに上がる」と専門家は指摘している。';
  for (const language of ['ja', 'zh-Hant', 'ko']) {
    it(`${language}: the teaser's excerpt and the article body keep punctuation off a line's start`, async () => {
      const wrapper = await fixture(
        html`<div>
          <news-teaser locale=${language} headline="Headline" href="/story" excerpt=${excerpt}></news-teaser>
          <news-article-body lang=${language}><p>${excerpt}</p></news-article-body>
        </div>`,
      );
      const teaser = wrapper.querySelector<Updating>('news-teaser')!;
      await teaser.updateComplete;
      const shown = getComputedStyle(teaser.shadowRoot!.querySelector('.excerpt')!);
      const body = getComputedStyle(wrapper.querySelector('news-article-body p')!);
      expect([shown.lineBreak, body.lineBreak]).to.deep.equal(['strict', 'strict']);
      // Korean is written with spaces between words: lines break there, never inside a word.
      const words = language === 'ko' ? 'keep-all' : 'normal';
      expect([shown.wordBreak, body.wordBreak]).to.deep.equal([words, words]);
    });
  }
});

describe('a page in a language not shipped', () => {
  it('marks the English words of a notice, the sharing, the contents and the reading time as English', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="pl">
        <news-article reading-time="6">
          <h1 slot="headline">Nocne autobusy</h1>
          <news-toc></news-toc>
          <news-article-body>
            <h2>Głosowanie</h2>
            <p>Rada głosowała w czwartek.</p>
            <h2>Trasy</h2>
            <p>Dwanaście tras.</p>
            <h2>Co dalej</h2>
            <p>Od kwietnia.</p>
          </news-article-body>
          <news-notice type="correction" datetime="2026-03-12">Poprawiono liczbę tras.</news-notice>
          <news-share url="https://news.example.com/nocne-autobusy" title="Nocne autobusy"></news-share>
        </news-article>
      </div>`,
    );
    const [article, toc, notice, share] = ['news-article', 'news-toc', 'news-notice', 'news-share'].map(
      (tag) => page.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> },
    );
    await Promise.all([article, toc, notice, share].map((el) => el!.updateComplete));
    const within = (el: HTMLElement | undefined, selector: string) =>
      el!.shadowRoot!.querySelector(selector)!;
    const reading = within(article, '[part=reading-time]');
    expect([reading.textContent!.trim(), reading.getAttribute('lang')]).to.deep.equal(['6 min read', 'en']);
    expect(within(notice, '[part=label]').getAttribute('lang')).to.equal('en');
    expect(within(share, '[role=group]').getAttribute('lang')).to.equal('en');
    expect(within(toc, '#title, #name').getAttribute('lang')).to.equal('en');
  });
});

describe('overrides', () => {
  it('per element: a slot replaces each visible built-in string, an attribute the zoom button’s name', async () => {
    const page = (failed: () => void) =>
      html`<div>
        <news-teaser headline="Headline" href="/story" sponsored>
          <span slot="sponsored-label">Paid post</span>
        </news-teaser>
        <news-partner-banner name="Harbour Bank" about-href="/about">
          <span slot="about-label">How we work with partners</span>
        </news-partner-banner>
        <news-figure zoomable zoom-label="Open the photo full size" src=${IMAGE} alt="" width="4" height="3">
          <span slot="close-label">Back to the story</span>
        </news-figure>
        <news-teaser-list src="/__feeds/hang">
          <span slot="loading-label">Fetching the latest…</span>
        </news-teaser-list>
        <news-teaser-list src="/__feeds/hang" timeout="300" @news-teaser-list-error=${failed}>
          <span slot="retry-label">Reload</span>
        </news-teaser-list>
      </div>`;
    const warn = sinon.stub(console, 'warn');
    try {
      const text = (await fullyShown(page)).replace(/\s+/g, ' ');
      for (const own of [
        'Paid post',
        'How we work with partners',
        'Open the photo full size',
        'Back to the story',
        'Fetching the latest…',
        'Reload',
      ])
        expect(text).to.contain(own);
      for (const key of ['sponsored', 'about', 'enlarge', 'close', 'loading', 'retry'] as const)
        expect(text).not.to.contain(en[key]);
    } finally {
      warn.restore();
    }
  });

  it('per page: the package entry exports registerTranslations and loadTranslations', async () => {
    const entry: Record<string, unknown> = await import('../src/index.js');
    expect([entry.registerTranslations, entry.loadTranslations]).to.deep.equal([
      registerTranslations,
      loadTranslations,
    ]);
  });

  it('per page: registerTranslations re-renders the elements already on the page', async () => {
    const el = await fixture(html`<news-teaser headline="Headline" href="/story" sponsored></news-teaser>`);
    const mark = () => el.shadowRoot!.querySelector('[part=sponsored] .visually-hidden')!.textContent!.trim();
    expect(mark()).to.equal('Sponsored');
    registerTranslations('en', { sponsored: 'Partner content' });
    try {
      await (el as Updating).updateComplete;
      expect(mark()).to.equal('Partner content');
    } finally {
      registerTranslations('en', { sponsored: en.sponsored });
    }
    expect(translate('en', 'sponsored')).to.equal('Sponsored');
  });
});

describe('a page in a language Intl does not know', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  // [lang, the language Intl then writes numbers and units in]: Klingon (a tag no engine has data
  // for: Intl's default), a private-use tag (no language at all: the document's), a POSIX locale
  // as CMSs write it, the undetermined language.
  const cases: [string, string][] = [
    ['tlh', 'en'],
    ['x-klingon', 'en'],
    ['en_GB', 'en-GB'],
    ['und', 'en'],
  ];
  for (const [lang, numbers] of cases) {
    it(`lang=${JSON.stringify(lang)}: every element in English, nothing broken on screen`, async () => {
      const text = (await fullyShown((failed) => page(lang, failed))).replace(/\s+/g, ' ');
      for (const broken of ['undefined', 'Invalid Date', 'NaN', 'null', '[object', '{'])
        expect(text, `${lang}: ${broken}`).not.to.contain(broken);
      for (const key of visible)
        expect(squeeze(text), `${lang}: ${key}`).to.contain(squeeze(shown(en, key, numbers)));
      // The failed feed's one warning, nothing else.
      expect(warn.args.map(([message]) => String(message).replace(/:.*/s, ''))).to.deep.equal([
        'news-elements',
      ]);
    });
  }
});
