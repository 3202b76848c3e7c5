// The language <news-article structured-data> gives search engines: `inLanguage`, a BCP 47 tag.
import { expect, fixtureSync, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article/define.js';
import type { NewsArticle } from '../src/article/article.js';

/** The article's JSON-LD, parsed, once it has been written. */
async function jsonLd(article: NewsArticle): Promise<Record<string, unknown>> {
  await article.updateComplete;
  return JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
}

/** An article on a page in `lang`. (A plain wrapper has no updateComplete for `fixture` to await.) */
const story = (lang: string, locale: string) =>
  fixtureSync<HTMLElement>(html`
    <div lang=${lang}>
      <news-article structured-data locale=${locale}>
        <h1 slot="headline">Ferries to run through the night</h1>
      </news-article>
    </div>
  `).querySelector<NewsArticle>('news-article')!;

describe('<news-article structured-data> inLanguage', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  // [page's lang, article's locale, inLanguage, the warning's words ('' for none)]
  const cases: [string, string, string | undefined, string][] = [
    ['en_GB', '', 'en-GB', ''],
    ['EN-gb', '', 'en-GB', ''],
    ['en', 'ko_KR', 'ko-KR', ''],
    ['en-GB', 'de-AT', 'de-AT', ''],
    ['x-klingon', '', undefined, '"x-klingon" is not a BCP 47 language tag; inLanguage is left out'],
    ['fr', 'fr_FR@euro', 'fr', `"fr_FR@euro" is not a BCP 47 language tag; inLanguage is the page's, fr`],
  ];
  for (const [lang, locale, expected, warning] of cases)
    it(`lang=${JSON.stringify(lang)} locale=${JSON.stringify(locale)}: ${expected ?? 'none'}`, async () => {
      const data = await jsonLd(story(lang, locale));
      expect(data['headline']).to.equal('Ferries to run through the night');
      expect(data['inLanguage']).to.equal(expected);
      expect(warn.args.map(([message]) => String(message))).to.deep.equal(
        warning ? [`news-elements: <news-article structured-data> ${warning}.`] : [],
      );
    });

  it('follows a locale set later', async () => {
    const article = story('en', '');
    expect((await jsonLd(article))['inLanguage']).to.equal('en');
    article.locale = 'cy';
    expect((await jsonLd(article))['inLanguage']).to.equal('cy');
    expect(warn).not.called;
  });
});
