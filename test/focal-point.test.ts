import { expect } from '@open-wc/testing';
import { parseFocalPoint } from '../src/text/focal-point.js';

describe('parseFocalPoint', () => {
  // [written, object-position]
  const points: [string, string][] = [
    ['70% 40%', '70% 40%'],
    ['  70%   40% ', '70% 40%'],
    ['0% 100%', '0% 100%'],
    ['33.333% 12.5%', '33.33% 12.5%'],
    // One value is the horizontal; the vertical stays centred, as CSS reads it.
    ['25%', '25% 50%'],
    ['right top', '100% 0%'],
    ['top right', '100% 0%'],
    ['LEFT', '0% 50%'],
    ['bottom', '50% 100%'],
    ['center', '50% 50%'],
    ['right 30%', '100% 30%'],
    ['30% bottom', '30% 100%'],
    // WordPress: the cover's data-object-position, and its focal point's fractions.
    ['0.7 0.4', '70% 40%'],
    ['0 1', '0% 100%'],
    ['{"x":0.7,"y":0.4}', '70% 40%'],
    ['{"x":"0.25","y":"0.80"}', '25% 80%'],
  ];
  for (const [written, position] of points)
    it(`reads ${JSON.stringify(written)} as ${position}`, () => {
      expect(parseFocalPoint(written)).to.equal(position);
    });

  const notPoints = [
    '',
    '   ',
    '70 40',
    '150% 40%',
    '-10% 40%',
    '70% 40% 10%',
    '70px 40px',
    '0.7 40%',
    'top 30%',
    'left right',
    'top bottom',
    'middle',
    'constructor',
    '.',
    '1.2.3 4',
    'url(x.jpg)',
    '{"x":1.5,"y":0.4}',
    '{"y":0.4,"x":0.7}',
  ];
  for (const written of notPoints)
    it(`finds no focal point in ${JSON.stringify(written)}`, () => {
      expect(parseFocalPoint(written)).to.be.undefined;
    });

  it('finds none in what is not a string (CMS data gone wrong)', () => {
    for (const value of [null, undefined, 70, { x: 0.7, y: 0.4 }])
      expect(parseFocalPoint(value as unknown as string)).to.be.undefined;
  });
});
