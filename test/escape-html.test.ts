import { expect } from '@open-wc/testing';
import { escapeHtml } from '../src/text/escape-html.js';

describe('escapeHtml', () => {
  // [value, as HTML source]
  const table: [unknown, string][] = [
    ['Seoul & Busan', 'Seoul &amp; Busan'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`" onmouseover="x" 'y'`, '&quot; onmouseover=&quot;x&quot; &#39;y&#39;'],
    ['&amp; stays written as it was', '&amp;amp; stays written as it was'],
    ['서울 · بيروت', '서울 · بيروت'],
    ['', ''],
    [undefined, ''],
    [null, ''],
    [42, '42'],
  ];
  for (const [value, html] of table) {
    it(`escapes ${JSON.stringify(value)}`, () => {
      expect(escapeHtml(value)).to.equal(html);
    });
  }

  it('reads back as the same text, between tags and in attributes quoted either way', () => {
    const value = `A "quote", it's <b>5 > 3</b> & more`;
    const html = `<p title="${escapeHtml(value)}" data-x='${escapeHtml(value)}'>${escapeHtml(value)}</p>`;
    const p = new DOMParser().parseFromString(html, 'text/html').querySelector('p')!;
    expect([p.title, p.dataset['x'], p.textContent]).to.deep.equal([value, value, value]);
  });
});
