import { expect } from '@open-wc/testing';
import { BLOCKS, STRUCTURED } from '../src/text/html-structure.js';

describe('STRUCTURED', () => {
  // [what it is, content, whether it is already laid out as HTML]
  const table: [string, string, boolean][] = [
    ['plain text with blank lines', 'First paragraph.\n\nSecond,\nwith a break.', false],
    ['inline markup only', 'The <em>vote</em> was <a href="/x">31 to 12</a>.', false],
    ['a WordPress figure, which the converter makes', '[caption]<img src="/a.jpg">[/caption]', false],
    ['paragraphs', '<p>One.</p><p>Two.</p>', true],
    ['line breaks made with <br>', 'One line<br>and the next', true],
    ['a heading', '<H2 class="x">Then</H2>', true],
    ['a list', '<ul><li>One</li></ul>', true],
    ['a quote with paragraphs', '<blockquote><p>We deserve to see inside.</p></blockquote>', true],
    ['a quote alone', '<blockquote>We deserve to see inside.</blockquote>', false],
    ['a code sample alone', 'Run:\n<pre>npm test</pre>', false],
    ['a table', '<table><tr><td>31</td></tr></table>', true],
    ['a figure alone', '<figure><img src="/a.jpg" alt=""></figure>', false],
    ['a section alone', '<section>Results</section>', false],
    ['a div', '<div class="wp-block-group">Text</div>', true],
    ['a tag that only starts like one', '<link rel="x"><picture><bdi>x</bdi></picture>', false],
  ];
  for (const [what, html, structured] of table) {
    it(`${what}: ${structured ? 'structured' : 'not structured'}`, () => {
      expect(STRUCTURED.test(html)).to.equal(structured);
    });
  }
});

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
