import { expect } from '@open-wc/testing';
import { isoDate } from '../src/text/iso-date.js';

describe('isoDate', () => {
  // [value, strictly (as schema.org takes it), as a feed's date]
  const table: [unknown, string | undefined, string | undefined][] = [
    ['2012-12-14', '2012-12-14', '2012-12-14'],
    [' 2012-12-14T09:30:00+09:00 ', '2012-12-14T09:30:00+09:00', '2012-12-14T09:30:00+09:00'],
    ['2012-12-14T09:30:00.250Z', '2012-12-14T09:30:00.250Z', '2012-12-14T09:30:00.250Z'],
    ['2012-12-14T09:30', '2012-12-14T09:30', '2012-12-14T09:30'],
    // A day that does not exist, and a space for the T: written as they came in feeds.
    ['2013-02-29', undefined, '2013-02-29'],
    ['2012-12-14 09:30:00', undefined, '2012-12-14 09:30:00'],
    ['Fri, 14 Dec 2012 09:30:00 +0000', undefined, '2012-12-14T09:30:00.000Z'],
    // Without a zone, a feed's date is the reader's local midnight of that day.
    ['14 December 2012', undefined, new Date(2012, 11, 14).toISOString()],
    ['14 December 2012 09:30 GMT', undefined, '2012-12-14T09:30:00.000Z'],
    // Hour 24 (which Date.parse takes as the next midnight) is no time of day, as the dateline reads it.
    ['2012-12-14T24:00Z', undefined, '2012-12-14T24:00Z'],
    ['2012-12-14T24:00:00+09:00', undefined, '2012-12-14T24:00:00+09:00'],
    ['yesterday', undefined, undefined],
    ['', undefined, undefined],
    [' ', undefined, undefined],
    [20121214, undefined, undefined],
    [null, undefined, undefined],
  ];
  for (const [value, strict, feed] of table) {
    it(`reads ${JSON.stringify(value)}`, () => {
      expect(isoDate(value), 'strict').to.equal(strict);
      expect(isoDate(value, 'strict'), 'strict, named').to.equal(strict);
      expect(isoDate(value, 'feed'), 'feed').to.equal(feed);
    });
  }
});
