/**
 * The translation tables (src/i18n/): every shipped language translates every built-in string
 * (no English left), never with an empty string, and keeps the placeholders the code fills in.
 */
import { expect } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import { loanwords } from './support/loanwords.js';
import { shipped } from '../src/internal/translate.js';

// The reading time's count comes with the short unit ({min}, "6 Min."), the long one ({minutes},
// "6 Minuten") or alone ({count} min): one placeholder, the translator's choice.
const placeholders = (text: string) =>
  text
    .replace(/\{(min|count)\}/, '{minutes}')
    .match(/\{\w+\}/g)
    ?.sort() ?? [];

describe('translation tables', () => {
  it('ships the languages the README lists', () => {
    expect(Object.keys(shipped).sort()).to.deep.equal(
      [
        'ar',
        'de',
        'es',
        'fa',
        'fr',
        'he',
        'hi',
        'id',
        'it',
        'ja',
        'ko',
        'nl',
        'ps',
        'pt',
        'ru',
        'sw',
        'tr',
        'uk',
        'ur',
        'zh-Hans',
        'zh-Hant',
      ].sort(),
    );
  });

  for (const language of Object.keys(shipped)) {
    it(`${language}: every built-in string translated, placeholders kept`, async () => {
      const table: Record<string, string> = (await shipped[language]!()).default;
      expect(Object.keys(table).sort(), 'the keys').to.deep.equal(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const value = table[key]!;
        expect(value.trim(), `${language}.${key}`).not.to.equal('');
        if (!loanwords[language]?.includes(key))
          expect(value, `${language}.${key} is English`).not.to.equal(english);
        expect(placeholders(value), `${language}.${key}`).to.deep.equal(placeholders(english));
      }
      // A control's spoken name holds the words it shows, so that a reader who speaks to the
      // computer can say what they see ("Copy link").
      const lower = (text: string) => text.toLocaleLowerCase(language);
      for (const [shown, spoken] of [
        ['copyLink', 'liveCopyLink'],
        ['shareEmail', 'shareByEmail'],
      ])
        expect(lower(table[spoken!]!), `${language}.${spoken} holds ${language}.${shown}`).to.contain(
          lower(table[shown!]!),
        );
    });
  }
});
