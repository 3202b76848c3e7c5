import { expect } from '@open-wc/testing';
import { text } from '../src/internal/values.js';

describe('text', () => {
  // [property value, its text]: what a feed field or a property set from CMS data reads as.
  const table: [unknown, string][] = [
    ['  Seoul votes  ', 'Seoul votes'],
    ['\n\t', ''],
    ['', ''],
    [undefined, ''],
    [null, ''],
    [42, ''],
    [{ toString: '' }, ''],
    [['a'], ''],
  ];
  for (const [value, result] of table) {
    it(`reads ${JSON.stringify(value)} as ${JSON.stringify(result)}`, () => {
      expect(text(value)).to.equal(result);
    });
  }
});
