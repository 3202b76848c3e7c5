import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article/define.js';
import '../src/article-body/define.js';
import { loadTranslations } from '../src/internal/translate.js';
import type { NewsArticle } from '../src/article/article.js';
import { stories } from '../stories/languages.content.js';

// The languages story's body (stories/languages.content.ts), repeated: ten copies of the Korean
// one hold 730 Hangul syllables and 30 numbers, of the Japanese one 840 kana and kanji (ー counts,
// 、。「」 do not) and 30 numbers, of the Chinese one 540 hanzi and 20 numbers.
const repeated = (paragraphs: string[], times: number) =>
  Array.from({ length: times }, () => paragraphs).flat();

/** 500 English words: "The council voted on Thursday." is five. */
const english = Array.from({ length: 100 }, () => 'The council voted on Thursday.');

async function article(
  paragraphs: string[],
  attributes: { lang?: string; [name: string]: string | undefined } = {},
) {
  const { lang = 'en', ...rest } = attributes;
  await loadTranslations(lang);
  const element = await fixture<NewsArticle>(html`
    <div lang=${lang}>
      <news-article reading-time>
        <h1 slot="headline">Night buses</h1>
        <news-article-body>${paragraphs.map((p) => html`<p>${p}</p>`)}</news-article-body>
      </news-article>
    </div>
  `);
  const story = element.querySelector('news-article')!;
  for (const [name, value] of Object.entries(rest)) story.setAttribute(name, value!);
  await story.updateComplete;
  return story;
}

const shown = (story: NewsArticle) =>
  story.shadowRoot!.querySelector('[part="reading-time"]')?.textContent?.trim() ?? null;

describe('<news-article reading-time>', () => {
  it('counts an English story by its words, at 238 a minute, rounded up', async () => {
    // 500 / 238 = 2.1 minutes.
    expect(shown(await article(english))).to.equal('3 min read');
  });

  it('sits in the byline and dateline row, for every reader', async () => {
    const story = await article(english);
    const time = story.shadowRoot!.querySelector('[part="reading-time"]')!;
    expect(time.closest('[part="meta"]')).to.exist;
    await expect(story).to.be.accessible();
  });

  it('counts Korean and Japanese by their characters, at 357 a minute', async () => {
    // 730 / 357 + 30 / 238 = 2.2 minutes; 840 / 357 + 30 / 238 = 2.5.
    expect(shown(await article(repeated(stories.ko!.body, 10), { lang: 'ko' }))).to.equal('읽는 시간 3분');
    expect(shown(await article(repeated(stories.ja!.body, 10), { lang: 'ja' }))).to.equal('3 分で読めます');
  });

  it('counts Chinese at 255 characters a minute', async () => {
    // 540 / 255 + 20 / 238 = 2.2 minutes (at the Japanese rate, 1.6).
    expect(shown(await article(repeated(stories['zh-Hans']!.body, 10), { lang: 'zh-Hans' }))).to.equal(
      '阅读约需3分钟',
    );
  });

  it('prints “min” for every count in British and American English, as papers do', async () => {
    // en-GB's short unit is "mins" from two on: "2 mins read" is no paper's wording.
    for (const lang of ['en-GB', 'en-US', 'en'])
      for (const [minutes, expected] of [
        ['1', '1 min read'],
        ['2', '2 min read'],
        ['12', '12 min read'],
      ])
        expect(shown(await article(['One line.'], { lang, 'reading-time': minutes! })), lang).to.equal(
          expected,
        );
  });

  it('speaks the page language, with its own unit', async () => {
    expect(shown(await article(english, { lang: 'fr' }))).to.equal('3\u00a0min de lecture');
    expect(shown(await article(english, { lang: 'de' }))).to.equal('3 Min. Lesezeit');
    const arabic = await article(english, { lang: 'ar' });
    // Arabic digits or Western ones, as each engine's locale data has them.
    expect(shown(arabic)).to.match(/^مدة القراءة: [3٣] دقائق$/);
    // Intl parts "3" and "Min." with a plain space in German and Arabic: the phrase is kept on one line.
    const time = arabic.shadowRoot!.querySelector('[part="reading-time"]')!;
    expect(getComputedStyle(time).whiteSpace).to.match(/nowrap/);
  });

  it('takes a newsroom’s own reading speeds', async () => {
    expect(shown(await article(english, { 'words-per-minute': '100' }))).to.equal('5 min read');
    const japanese = repeated(stories.ja!.body, 10);
    expect(shown(await article(japanese, { lang: 'ja', 'characters-per-minute': '200' }))).to.equal(
      '5 分で読めます',
    );
  });

  it('prints a count it is given, without counting', async () => {
    expect(shown(await article(['One line.'], { 'reading-time': '12' }))).to.equal('12 min read');
  });

  it('follows the story as it changes, and leaves scripts and styles out', async () => {
    const story = await article(english.slice(0, 40));
    expect(shown(story)).to.equal('1 min read');
    const body = story.querySelector('news-article-body')!;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = english.join(' ');
    const style = document.createElement('style');
    style.textContent = `p::after { content: "${english.join(' ')}"; }`;
    body.append(script, style);
    await new Promise((resolve) => setTimeout(resolve));
    await story.updateComplete;
    expect(shown(story), 'scripts and styles are not read').to.equal('1 min read');
    for (const line of english)
      body.append(Object.assign(document.createElement('p'), { textContent: line }));
    await new Promise((resolve) => setTimeout(resolve));
    await story.updateComplete;
    // 700 words.
    expect(shown(story)).to.equal('3 min read');
  });

  it('shows nothing without the attribute, or without a story', async () => {
    const story = await article(english);
    story.removeAttribute('reading-time');
    await story.updateComplete;
    expect(shown(story)).to.equal(null);
    expect(shown(await article([]))).to.equal(null);
  });

  it('counts instead of a count that is none, and a bad speed is the measured one, each said once', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const story = await article(english, { 'reading-time': 'six', 'words-per-minute': '-5' });
      story.requestUpdate();
      await story.updateComplete;
      expect(shown(story)).to.equal('3 min read');
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([
        'news-elements: <news-article words-per-minute="-5"> is not a positive number; using 238.',
        `news-elements: <news-article reading-time="six"> is not a whole number of minutes; counting the story's words.`,
      ]);
      // What the page wrote, not NaN.
      warn.resetHistory();
      await article(english, { 'words-per-minute': 'fast' });
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([
        'news-elements: <news-article words-per-minute="fast"> is not a positive number; using 238.',
      ]);
    } finally {
      warn.restore();
    }
  });
});
