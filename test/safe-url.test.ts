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
});
