import { expect } from '@open-wc/testing';
import { BLOCKS } from '../src/text/html-structure.js';

describe('BLOCKS', () => {
  // [what it is, content, whether the article body renders it as written]
  const table: [string, string, boolean][] = [
    ['plain text with blank lines', 'First paragraph.\n\nSecond.', false],
    ['line breaks made with <br> only', 'First line<br>Second line', false],
    ['list items without their list', '<li>One</li><li>Two</li>', false],
    ['paragraphs', '<p>One.</p><p>Two.</p>', true],
    ['a list', '<ol><li>One</li></ol>', true],
    ['a quote', '<blockquote>We deserve to see inside.</blockquote>', true],
    ['a code sample', '<pre>npm test</pre>', true],
    ['a figure', '<figure><img src="/a.jpg" alt=""></figure>', true],
    ['a section', '<SECTION>Results</SECTION>', true],
    ['a tag that only starts like one', '<picture><preview><sectionx>', false],
  ];
  for (const [what, html, blocks] of table) {
    it(`${what}: ${blocks ? 'rendered as written' : 'converted'}`, () => {
      expect(BLOCKS.test(html)).to.equal(blocks);
    });
  }
});
