import { expect } from '@open-wc/testing';
import type { Translation } from '../src/i18n/en.js';
import { substitute, translate } from '../src/internal/translate.js';

describe('translate', () => {
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
    ['ar', 'paidBy', 'محتوى مدفوع من'],
    ['he', 'updated', 'עודכן'],
    ['he-IL', 'updated', 'עודכן'],
    // Hebrew has only the dateline's word: every other key is English.
    ['he', 'photo', 'Photograph:'],
    ['he-IL', 'partner', 'In partnership with'],
    // A language not shipped is English.
    ['xx', 'close', 'Close'],
    ['pt-BR', 'sponsoredBy', 'Sponsored by'],
    ['', 'retry', 'Try again'],
    ['ko', 'byline', '{names} 기자'],
  ];
  for (const [locale, key, expected] of cases) {
    it(`${locale || '(empty)'} ${key} → ${expected}`, () => {
      expect(translate(locale, key)).to.equal(expected);
    });
  }

  it('gives the same answer when asked again', () => {
    expect(translate('ko-KR', 'close')).to.equal(translate('ko-KR', 'close'));
    expect(translate('ko-KR', 'updated')).to.equal('수정');
  });
});

describe('substitute', () => {
  it('fills in each placeholder', () => {
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
