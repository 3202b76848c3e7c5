import { expect } from '@open-wc/testing';
import { safeUrl } from '../src/internal/safe-url.js';

describe('safeUrl', () => {
  it('keeps http(s), protocol-relative and relative URLs', () => {
    for (const url of [
      'https://example.com/a?b=c#d',
      'http://example.com',
      '//cdn.example.com/x.jpg',
      '/news/2012/12/14/story',
      'story.html',
      '../up',
      '?page=2',
      '#comments',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('refuses script-capable and unknown schemes however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      '\\\\evil.example/share',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('allows raster data: images for images only, never SVG', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(safeUrl(png, 'image')).to.equal(png);
    expect(safeUrl(png, 'link')).to.equal(undefined);
    expect(safeUrl('data:image/svg+xml;base64,PHN2Zz4=', 'image')).to.equal(undefined);
  });

  it('treats non-strings and blanks as no URL', () => {
    for (const value of [undefined, null, 42, {}, '', '   ']) {
      expect(safeUrl(value)).to.equal(undefined);
    }
  });

  // [address, kind, what safeUrl returns]: mailto: and tel: are for links in article text only.
  const writeOrCall: [string, 'link' | 'body-link' | 'image', string | undefined][] = [
    [
      'mailto:newsdesk@example.com?subject=Harbour%20dredging&body=I%20saw',
      'body-link',
      'mailto:newsdesk@example.com?subject=Harbour%20dredging&body=I%20saw',
    ],
    ['MAILTO:tips@example.com', 'body-link', 'MAILTO:tips@example.com'],
    ['tel:+44-1496-960000', 'body-link', 'tel:+44-1496-960000'],
    [' tel:+1 202 555 0100 ', 'body-link', 'tel:+1 202 555 0100'],
    ['javascript:alert(1)', 'body-link', undefined],
    ['java\tscript:alert(1)', 'body-link', undefined],
    ['\u0001JavaScript:alert(1)//mailto:x@example.com', 'body-link', undefined],
    ['data:text/html,<script>alert(1)</script>', 'body-link', undefined],
    ['sms:+441496960000', 'body-link', undefined],
    ['https://example.com/contact', 'body-link', 'https://example.com/contact'],
    ['mailto:newsdesk@example.com', 'link', undefined],
    ['tel:+441496960000', 'link', undefined],
    ['mailto:newsdesk@example.com', 'image', undefined],
    ['tel:+441496960000', 'image', undefined],
  ];
  for (const [url, kind, expected] of writeOrCall) {
    it(`${expected ? 'keeps' : 'refuses'} ${JSON.stringify(url)} as a ${kind}`, () => {
      expect(safeUrl(url, kind)).to.equal(expected);
    });
  }
});
