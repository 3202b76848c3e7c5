import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { en, type Translation } from '../src/i18n/en.js';
import { counted } from '../src/internal/plural.js';
import {
  loadTranslations,
  registerTranslations,
  substitute,
  translate,
  translationTags,
} from '../src/internal/translate.js';

describe('translate', () => {
  before(() => Promise.all(['ko', 'ja', 'de', 'fr', 'es', 'ar', 'he', 'zh-TW', 'zh'].map(loadTranslations)));

  const cases: [locale: string, key: keyof Translation, expected: string][] = [
    ['en', 'photo', 'Photograph:'],
    ['en-GB', 'loadFailed', 'Couldn’t load these stories.'],
    ['ko', 'enlarge', '크게 보기'],
    // A region, script or extension falls back to the language's table.
    ['ko-KR', 'close', '닫기'],
    ['ko-u-nu-hanidec', 'empty', '표시할 기사가 없습니다.'],
    ['ja-JP', 'loading', '記事を読み込んでいます…'],
    ['de-AT', 'updated', 'Aktualisiert'],
    ['fr-CA', 'about', 'À propos de ce contenu'],
    ['es-419', 'sponsored', 'Patrocinado'],
    ['ar-EG', 'retry', 'إعادة المحاولة'],
    ['he-IL', 'photo', 'צילום:'],
    // Chinese by script: Taiwan and Hong Kong write traditional characters, the rest simplified.
    ['zh-TW', 'close', '關閉'],
    ['zh-HK', 'close', '關閉'],
    ['zh-Hant', 'close', '關閉'],
    ['zh', 'close', '关闭'],
    ['zh-CN', 'close', '关闭'],
    ['zh-SG', 'close', '关闭'],
    ['zh-Hans-HK', 'close', '关闭'],
    // A language not shipped, or not loaded yet, is English.
    ['xx', 'close', 'Close'],
    ['pt-BR', 'sponsoredBy', 'Sponsored by'],
    ['', 'retry', 'Try again'],
    ['de', 'moreStories', 'Weitere Artikel'],
    ['ko', 'byline', '{names} 기자'],
    ['fr', 'noticeCorrection', 'Rectificatif'],
    ['ar', 'noticeAge', 'نُشر هذا المقال قبل أكثر من {age}'],
    ['ja-JP', 'corrected', '訂正'],
    ['ja-JP', 'labelOpinion', 'オピニオン'],
    ['ar-EG', 'mediaVideo', 'فيديو'],
    ['de', 'mediaPhotos', '{count} Fotos'],
    ['ja', 'relatedStories', '関連記事'],
    ['ar', 'galleryPosition', '{index} من {total}'],
    ['de', 'galleryNext', 'Nächstes Bild'],
    ['en', 'creditVideo', 'Video:'],
    ['ar-EG', 'creditAudio', 'صوت:'],
  ];
  for (const [locale, key, expected] of cases) {
    it(`${locale || '(empty)'} ${key} → ${expected}`, () => {
      expect(translate(locale, key)).to.equal(expected);
    });
  }

  it('looks a tag up nearest first: the tag, its region, its script, its language, English', () => {
    expect(translationTags('zh-TW')).to.deep.equal(['zh-TW', 'zh-Hant', 'zh', 'en']);
    // Portuguese has no table of a script of its own: no script is looked up (nor worked out).
    expect(translationTags('pt-BR-u-nu-latn')).to.deep.equal(['pt-BR-u-nu-latn', 'pt-BR', 'pt', 'en']);
    expect(translationTags('not a tag')).to.deep.equal(['en']);
  });

  it("finds a page's table of a script for the regions written in it", () => {
    expect(translate('sr-ME', 'sponsored')).to.equal('Sponsored');
    registerTranslations('sr-Latn', { sponsored: 'Sponzorisano' });
    // Montenegro's Serbian is written in Latin letters; Serbia's in Cyrillic.
    expect(translate('sr-ME', 'sponsored')).to.equal('Sponzorisano');
    expect(translate('sr-RS', 'sponsored')).to.equal('Sponsored');
  });

  it('loads a language once, however often it is asked for', async () => {
    const first = loadTranslations('it');
    expect(loadTranslations('it-CH')).to.equal(first);
    expect(translate('it', 'retry')).to.equal('Try again');
    await first;
    expect(translate('it-CH', 'retry')).to.equal('Riprova');
  });
});

describe('registerTranslations', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  it("a page's wording wins over the shipped table, for its tag and the tags under it", async () => {
    await loadTranslations('pt');
    registerTranslations('pt-PT', { loading: 'A carregar notícias…' });
    expect(translate('pt-PT', 'loading')).to.equal('A carregar notícias…');
    expect(translate('pt-PT', 'retry'), 'the rest from the pt table').to.equal('Tentar novamente');
    expect(translate('pt-BR', 'loading')).to.equal('Carregando notícias…');
    registerTranslations('en', { sponsored: 'Partner content' });
    expect(translate('en-GB', 'sponsored')).to.equal('Partner content');
    expect(translate('xx', 'sponsored'), 'English is every language’s fallback').to.equal('Partner content');
    expect(warn.called).to.equal(false);
  });

  it('takes any language tag, shipped or not', () => {
    registerTranslations('bn', { close: 'বন্ধ করুন' });
    expect(translate('bn-BD', 'close')).to.equal('বন্ধ করুন');
  });

  it("takes both forms of a counted term from the page's table, never one of them from English", () => {
    // Polish is not shipped: the page's one form stands for every count (with one warning), not
    // "5 new updates" after "1 nowa aktualizacja".
    registerTranslations('pl', { liveNewUpdate: '{count} nowa aktualizacja' });
    expect(counted(1, 'pl', 'liveNewUpdate', 'liveNewUpdates')).to.equal('1 nowa aktualizacja');
    expect(counted(5, 'pl-PL', 'liveNewUpdate', 'liveNewUpdates')).to.equal('5 nowa aktualizacja');
    expect(translate('pl', 'liveNewUpdates')).to.equal('{count} nowa aktualizacja');
    // Only the other form, which reads right for every count: chosen by Bengali's plural rules
    // (1 was English's "১ photo", by English's rules, next to the page's "২টি ছবি").
    registerTranslations('bn', { mediaPhotos: '{count}টি ছবি' });
    expect(counted(1, 'bn', 'mediaPhoto', 'mediaPhotos')).to.equal('১টি ছবি');
    expect(counted(2, 'bn', 'mediaPhoto', 'mediaPhotos')).to.equal('২টি ছবি');
    expect(warn.args.map(([message]) => String(message))).to.deep.equal([
      'news-elements: registerTranslations: pl lacks "liveNewUpdates"; "liveNewUpdate" stands for every count.',
      'news-elements: registerTranslations: bn lacks "mediaPhoto"; "mediaPhotos" stands for every count.',
    ]);
  });

  it("takes a form a page's table lacks from the shipped table of the same language, without a warning", async () => {
    await loadTranslations('fr');
    registerTranslations('fr-CA', { listNewStory: '{count} nouvelle nouvelle' });
    expect(counted(1, 'fr-CA', 'listNewStory', 'listNewStories')).to.equal('1 nouvelle nouvelle');
    expect(counted(3, 'fr-CA', 'listNewStory', 'listNewStories')).to.equal('3 nouveaux articles');
    // Swahili's table not here (still loading, or failed): the page's form, not English's "1 new story".
    registerTranslations('sw', { listNewStories: 'Habari mpya: {count}' });
    expect(counted(1, 'sw', 'listNewStory', 'listNewStories')).to.equal('Habari mpya: 1');
    expect(warn.called).to.equal(false);
  });

  it('ignores an unknown key, a value that is no string and a bad tag, each with one warning', () => {
    const strings = { sponsered: 'Gesponsert', retry: 3 } as unknown as Record<string, string>;
    registerTranslations('de', strings);
    registerTranslations('de', strings);
    registerTranslations('en_GB!', { close: 'Shut' });
    registerTranslations('en_GB!', { close: 'Shut' });
    // Every built-in key, in the English table's order (new strings join the list).
    const keys = Object.keys(en).join(', ');
    expect(warn.args.map(([message]) => String(message))).to.deep.equal([
      `news-elements: registerTranslations: "sponsered" is not a built-in string; ignored (the keys: ${keys}).`,
      `news-elements: registerTranslations: "retry" needs a string; ignored (the keys: ${keys}).`,
      'news-elements: registerTranslations: "en_GB!" is not a language tag; ignored.',
    ]);
    expect(translate('en-GB', 'close')).to.equal('Close');
  });
});

describe('substitute', () => {
  it('fills in each placeholder', async () => {
    await loadTranslations('de');
    expect(substitute(translate('de', 'byline'), { names: 'Min-ji Park und Omar Haddad' })).to.equal(
      'Von Min-ji Park und Omar Haddad',
    );
  });

  it('takes values as written, and keeps placeholders it has no value for', () => {
    expect(substitute('By {names} in {place}', { names: "$& $1 $' {place}" })).to.equal(
      "By $& $1 $' {place} in {place}",
    );
    expect(substitute('{constructor}', {})).to.equal('{constructor}');
  });
});
