/**
 * The translation tables (src/i18n/): every language says only what English says, never an empty
 * string, and keeps the placeholders the code fills in.
 */
import { expect } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import { ar } from '../src/i18n/ar.js';
import { de } from '../src/i18n/de.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { he } from '../src/i18n/he.js';
import { ja } from '../src/i18n/ja.js';
import { ko } from '../src/i18n/ko.js';

const tables: Record<string, Record<string, string>> = { en, ar, de, es, fr, he, ja, ko };

describe('translation tables', () => {
  for (const [language, table] of Object.entries(tables)) {
    it(`${language}: only English's keys, each a non-empty string, placeholders kept`, () => {
      for (const [key, value] of Object.entries(table)) {
        expect(Object.keys(en), `${language}.${key}`).to.include(key);
        expect(value.trim(), `${language}.${key}`).not.to.equal('');
        const placeholders = (text: string) => text.match(/\{\w+\}/g)?.sort() ?? [];
        expect(placeholders(value), `${language}.${key}`).to.deep.equal(
          placeholders(en[key as keyof typeof en]),
        );
      }
    });
  }
});
